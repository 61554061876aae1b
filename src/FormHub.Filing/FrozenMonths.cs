using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// Approved means frozen: a submitted or approved month's reports say what was submitted, whatever path a write takes.
/// A fact dated in a month (its valid-from or retirement date) holds from that month on, so it changes the reports of
/// that month and of every later one: it is refused when any of them is submitted or approved, even when the batch
/// itself is saved under a later open month. A correction goes through 申请更正 (a revision), which reopens the month.
/// </summary>
public static class FrozenMonths
{
    /// <summary>The refusal for a write that would change <paramref name="closed"/>'s reports: the month, its state and the way forward.</summary>
    public static LocalizedText Refusal(Submission closed, DateOnly date, (string Zh, string En) what)
    {
        var month = Period.Parse(closed.Period);
        var dated = $"{what.Zh} {date:yyyy-MM-dd}";
        return closed.IsApproved
            ? new LocalizedText(
                $"{dated}会改变已审核通过的{month.DisplayZh}报表，该月数据已冻结；如需更正，请先对{month.DisplayZh}“申请更正”，或把日期改到之后未提交的月份。本次保存未生效。",
                $"The {what.En} {date:yyyy-MM-dd} would change the reports of {month.Key}, which is approved and frozen; ask for a revision (申请更正) of {month.Key} first, or date it in a later open month. Nothing was saved.")
            : new LocalizedText(
                $"{dated}会改变已提交待审核的{month.DisplayZh}报表；请联系审核员退回{month.DisplayZh}后再改，或把日期改到之后未提交的月份。本次保存未生效。",
                $"The {what.En} {date:yyyy-MM-dd} would change the reports of {month.Key}, which is submitted and waiting for review; ask the reviewer to return it first, or date it in a later open month. Nothing was saved.");
    }

    /// <summary>生效日期 (valid-from date), as named in refusals.</summary>
    public static readonly (string Zh, string En) ValidFrom = ("生效日期", "valid-from date");

    /// <summary>注销日期 (retirement date), as named in refusals.</summary>
    public static readonly (string Zh, string En) RetiredOn = ("注销日期", "retirement date");
}
