using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Scripting.Compilation;
using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// The filing month (填报期) a village submits, the reports due in it and its due date. A village submits one form per
/// month; the quarter's and the year's reports fall due with the month that ends them. Only months that apply are filed:
/// from the county's reporting start (<see cref="ReportingStarts"/>) and the first period any template is in force for.
/// </summary>
public sealed class FilingCalendar
{
    private readonly TemplateLibrary library;
    private readonly TimeProvider clock;
    // Read on every question: an admin may move a county's start while the server runs (ReportingStartSettings).
    private readonly Func<ReportingStarts> _starts;

    // The first filing month any template applies to, with the library version it was computed for: a publish or stop
    // (this server's or another's) replaces the library's contents, so it is recomputed when the version moves.
    private sealed record TemplatesStartFor(string Version, Period? First);

    private volatile TemplatesStartFor? _templatesStartFor;

    public FilingCalendar(TemplateLibrary library, TimeProvider clock, ReportingStarts? starts = null)
        : this(library, clock, () => starts ?? ReportingStarts.None)
    {
    }

    /// <summary>A calendar whose reporting starts are read from <paramref name="starts"/> each time (the admin's settings).</summary>
    public FilingCalendar(TemplateLibrary library, TimeProvider clock, Func<ReportingStarts> starts)
    {
        this.library = library;
        this.clock = clock;
        _starts = starts;
    }

    private Period? TemplatesStart
    {
        get
        {
            var version = library.Version;
            if (_templatesStartFor is { } cached && cached.Version == version) return cached.First;
            var first = FirstTemplateMonth(library);
            _templatesStartFor = new TemplatesStartFor(version, first);
            return first;
        }
    }

    // Null while some template has no effective_from (it always applies).
    private static Period? FirstTemplateMonth(TemplateLibrary library) =>
        library.Ids.Any(id => library.Versions(id)[0].Template.EffectiveFrom is null) ? null
            : library.Ids.Select(id => library.Versions(id)[0].Template)
                .Select(t => Period.Containing(Period.Parse(t.EffectiveFrom!).End, PeriodType.Monthly))
                .OrderBy(p => p.Start).Cast<Period?>().FirstOrDefault();

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

    /// <summary>
    /// The first month the village (or any unit of its county) files: the later of the county's reporting start and the
    /// templates' first period; null when neither limits it.
    /// </summary>
    public Period? FirstMonth(string unit)
    {
        var county = _starts().For(unit);
        var templatesStart = TemplatesStart;
        if (county is null) return templatesStart;
        if (templatesStart is null) return county;
        return county.Value.Start >= templatesStart.Value.Start ? county : templatesStart;
    }

    /// <summary>Whether <paramref name="month"/> is one the unit's villages file at all (not before <see cref="FirstMonth"/>).</summary>
    public bool Applies(string unit, Period month) => FirstMonth(unit) is not { } first || month.Start >= first.Start;

    /// <summary>The refusal for a month before the unit's first, naming that first month; null when the month applies.</summary>
    public LocalizedText? NotApplicable(string unit, Period month)
    {
        if (FirstMonth(unit) is not { } first || month.Start >= first.Start) return null;
        return new LocalizedText(
            $"{month.DisplayZh}不需要填报：本县从{first.DisplayZh}起通过 FormHub 报送，更早的月份不列出、不能提交，也不计逾期。",
            $"{month.Key} is not filed: this county reports through FormHub from {first.Key}; earlier months are not listed, cannot be submitted and are never late.");
    }

    /// <summary>The reports due with a filing month, each with its own period (the month, or the quarter/year it ends).</summary>
    public IReadOnlyList<(CompiledTemplate Template, Period Period)> DueReports(Period month) => library.FiledIn(month).ToList();

    /// <summary>The earliest due date of the month's reports (the month's end plus 10 days when none is due).</summary>
    public DateOnly DueDate(Period month)
    {
        var due = DueReports(month);
        return due.Count == 0 ? month.End.AddDays(10) : due.Min(d => d.Template.Template.DueDate(d.Period));
    }

    /// <summary>逾期: not yet with the reviewer (or approved) after the due date, in a month the village files at all.</summary>
    public bool IsLate(Submission submission, Period month) =>
        submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned && Today > DueDate(month) && Applies(submission.VillageCode, month);
}
