namespace FormHub.Distribution;

/// <summary>
/// 报送情况 of one report for an area: how many villages filed the month it falls due with, how many were approved, how
/// many filed by the due date, which are late. <c>Revised</c> counts villages that reopened an approved month,
/// <c>Revisions</c> the corrections themselves (a village corrected twice counts twice). Rates are percentages with one decimal.
/// </summary>
public sealed record Completeness(
    string TemplateId,
    string Title,
    string ReportPeriod,
    string FilingMonth,
    DateOnly DueDate,
    int Villages,
    int Submitted,
    int Approved,
    int OnTime,
    int Revised,
    int Revisions,
    IReadOnlyList<LateVillage> Late)
{
    /// <summary>The report's English title (the template's <c>title_en</c>), for pages in English.</summary>
    public string? TitleEn { get; init; }

    /// <summary>报送率: villages submitted or approved, of all.</summary>
    public decimal ReportingRate => Rate(Submitted + Approved);

    /// <summary>
    /// 及时率: villages that submitted by the due date, of those whose timeliness is decided — filed, or still open after
    /// the due date. A village still within its time is not counted against the rate; with none decided it is 100.
    /// </summary>
    public decimal OnTimeRate
    {
        get
        {
            var decided = Submitted + Approved + Late.Count;
            return Villages == 0 ? 0 : decided == 0 ? 100m : Math.Round(100m * OnTime / decided, 1, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>The report's state for subscribers: ready when every village is approved or the due date has passed; revised after a correction.</summary>
    public string State(DateOnly today) =>
        Revised > 0 ? "revised" : Approved == Villages || today > DueDate ? "ready" : "collecting";

    /// <summary>Villages whose month is not approved yet: their figures may still change.</summary>
    public int NotApproved => Villages - Approved;

    /// <summary>未审核村 N 个，数据仅供参考 while some village is not approved (null once all are): shown with every table and download.</summary>
    public string? DraftNoteZh => NotApproved > 0 ? $"未审核村 {NotApproved} 个，数据仅供参考" : null;

    public string? DraftNoteEn => NotApproved > 0 ? $"{NotApproved} village(s) not yet approved: figures for reference only" : null;

    /// <summary>The note of a table limited to approved villages: how many it holds and how many are left out.</summary>
    public string ApprovedOnlyNoteZh => $"仅含已审核通过的村 {Approved} 个" + (NotApproved > 0 ? $"，未审核村 {NotApproved} 个未计入" : "");

    public string ApprovedOnlyNoteEn => $"Approved villages only ({Approved})" + (NotApproved > 0 ? $"; {NotApproved} village(s) not yet approved are left out" : "");

    public string LineZh =>
        $"应报 {Villages} 个村，已报 {Submitted + Approved} 个（已审核 {Approved} 个），逾期 {Late.Count} 个；报送率 {ReportingRate:0.0}%，及时率 {OnTimeRate:0.0}%";

    public string LineEn =>
        $"{Villages} villages due, {Submitted + Approved} filed ({Approved} approved), {Late.Count} late; reporting rate {ReportingRate:0.0}%, on time {OnTimeRate:0.0}%";

    private decimal Rate(int n) => Villages == 0 ? 0 : Math.Round(100m * n / Villages, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A village that has not filed by the due date.</summary>
public sealed record LateVillage(string Code, string Name, string? Township, string Status);
