using FormHub.Core.Text;
using FormHub.Storage.Model;

namespace FormHub.Filing.Rosters;

/// <summary>
/// 在册 / 已注销 (and why): <c>status=current</c> (the default), <c>all</c>, <c>retired</c>, or a retirement reason
/// (<c>death</c>, <c>movedOut</c>, <c>dissolved</c>, <c>duplicate</c>, <c>other</c>).
/// </summary>
public sealed record RecordStatusCriterion(bool? Retired, RetirementReason? Reason)
    : RosterCriterion("status", Reason is { } r ? char.ToLowerInvariant(r.ToString()[0]) + r.ToString()[1..] : Retired switch { true => "retired", false => "current", null => "all" })
{
    public static RecordStatusCriterion Current { get; } = new(false, null);

    /// <summary>Whether retired records must be read at all.</summary>
    public bool ReadsRetired => Retired != false;

    public override bool Matches(RosterRecord record) => Retired switch
    {
        false => record.Document.Retirement is null,
        true => record.Document.Retirement is { } r && (Reason is null || r.Reason == Reason),
        null => true,
    };

    public override LocalizedText Describe() => (Retired, Reason) switch
    {
        (false, _) => new("在册", "current"),
        (null, _) => new("全部（含已注销）", "all, retired included"),
        (true, null) => new("已注销", "retired"),
        (true, { } reason) => new($"已注销（{ReasonText(reason).Zh}）", $"retired ({ReasonText(reason).En})"),
    };

    private static LocalizedText ReasonText(RetirementReason reason) => reason switch
    {
        RetirementReason.Death => new("死亡", "death"),
        RetirementReason.MovedOut => new("迁出", "moved out"),
        RetirementReason.Dissolved => new("销户", "dissolved"),
        RetirementReason.Duplicate => new("重复录入", "duplicate"),
        _ => new("其他", "other"),
    };

    public static RecordStatusCriterion? Parse(string value) => value switch
    {
        "current" => Current,
        "all" => new(null, null),
        "retired" => new(true, null),
        _ => Enum.TryParse<RetirementReason>(value, ignoreCase: true, out var reason) && Enum.IsDefined(reason) && !value.Any(char.IsDigit)
            ? new(true, reason) : null,
    };
}
