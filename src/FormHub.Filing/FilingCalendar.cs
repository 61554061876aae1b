using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Scripting.Compilation;
using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// The filing month (填报期) a village submits, the reports due in it and its due date. A village submits one form per
/// month; the quarter's and the year's reports fall due with the month that ends them.
/// </summary>
public sealed class FilingCalendar(TemplateLibrary library, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    /// <summary>The month containing today: what a cadre's form opens on.</summary>
    public Period CurrentMonth => Period.Containing(Today, PeriodType.Monthly);

    /// <summary>
    /// Parses the <c>period</c> query value (default: the current month). Only months up to the current one can be filed.
    /// </summary>
    public bool TryResolve(string? text, out Period period, out LocalizedText? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) { period = CurrentMonth; return true; }
        if (!Period.TryParse(text.Trim(), out period, out var why)) { error = FilingMessages.BadPeriod(text, why); return false; }
        if (period.Type != PeriodType.Monthly)
        {
            error = FilingMessages.BadPeriod(text, new LocalizedText("村级填报按月进行，请写成 2026-11 这样的月份", "villages file monthly; write a month such as 2026-11"));
            return false;
        }
        if (period.Start > Today)
        {
            error = FilingMessages.BadPeriod(text, new LocalizedText("还没到这个月份，不能提前填报", "that month has not begun yet"));
            return false;
        }
        return true;
    }

    /// <summary>The reports due with a filing month, each with its own period (the month, or the quarter/year it ends).</summary>
    public IReadOnlyList<(CompiledTemplate Template, Period Period)> DueReports(Period month) => library.FiledIn(month).ToList();

    /// <summary>The earliest due date of the month's reports (the month's end plus 10 days when none is due).</summary>
    public DateOnly DueDate(Period month)
    {
        var due = DueReports(month);
        return due.Count == 0 ? month.End.AddDays(10) : due.Min(d => d.Template.Template.DueDate(d.Period));
    }

    /// <summary>逾期: not yet with the reviewer (or approved) after the due date.</summary>
    public bool IsLate(Submission submission, Period month) =>
        submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned && Today > DueDate(month);
}
