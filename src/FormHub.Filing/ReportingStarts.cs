using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;

namespace FormHub.Filing;

/// <summary>
/// The first month each county reports through FormHub (启用月份). Months before it are not listed, cannot be filed and
/// are never 逾期: nobody was asked to file them here. Configured per county (server: <c>FormHub:ReportingStarts:{county}</c>,
/// both front ends: <c>FORMHUB_REPORTING_STARTS=360835000000=2026-10,…</c>); a county without one starts whenever its
/// templates do.
/// </summary>
public sealed class ReportingStarts
{
    public static ReportingStarts None { get; } = new(new Dictionary<string, Period>(), null);

    private readonly IReadOnlyDictionary<string, Period> _byCounty;

    private ReportingStarts(IReadOnlyDictionary<string, Period> byCounty, Period? otherwise)
    {
        _byCounty = byCounty;
        Otherwise = otherwise;
    }

    /// <summary>County code → first month.</summary>
    public IReadOnlyDictionary<string, Period> ByCounty => _byCounty;

    /// <summary>The first month of counties not listed (the demo county's first seeded month), or null.</summary>
    public Period? Otherwise { get; }

    /// <summary>These starts, with <paramref name="month"/> for every county not listed.</summary>
    public ReportingStarts WithDefault(Period month) => new(_byCounty, month);

    /// <summary>These starts with <paramref name="set"/> (county → month, as an admin set them) taking precedence.</summary>
    public ReportingStarts Overlaid(IReadOnlyDictionary<string, Period> set) =>
        set.Count == 0 ? this : new(_byCounty.Concat(set).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal), Otherwise);

    /// <summary>The first month of the county <paramref name="unit"/> lies in, or null when it has none.</summary>
    public Period? For(string unit) =>
        RegionCode.TryParse(unit, out var code, out _) && code.Level >= OrgLevel.County
            ? (_byCounty.TryGetValue(code.CountyCode, out var start) ? start : Otherwise) : null;

    /// <summary>Reads county → month pairs; a malformed county code or month is an error naming it.</summary>
    public static (ReportingStarts? Starts, IReadOnlyList<LocalizedText> Errors) Parse(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var errors = new List<LocalizedText>();
        var map = new Dictionary<string, Period>(StringComparer.Ordinal);
        foreach (var (county, month) in pairs)
        {
            if (!RegionCode.TryParse(county.Trim(), out var code, out _) || code.Level != OrgLevel.County)
            {
                errors.Add(new($"启用月份：“{county}”不是县级区划代码（12 位，如 360835000000）。", $"Reporting start: '{county}' is not a county code (12 digits, e.g. 360835000000)."));
                continue;
            }
            if (!Period.TryParse(month.Trim(), out var period, out _) || period.Type != PeriodType.Monthly)
            {
                errors.Add(new($"启用月份：{county} 的“{month}”不是月份（应写作 2026-10）。", $"Reporting start: '{month}' of {county} is not a month (write 2026-10)."));
                continue;
            }
            map[code.Value] = period;
        }
        return errors.Count > 0 ? (null, errors) : (new ReportingStarts(map, null), []);
    }

    /// <summary>The <c>FORMHUB_REPORTING_STARTS</c> form: <c>county=month</c> pairs separated by commas or semicolons.</summary>
    public static (ReportingStarts? Starts, IReadOnlyList<LocalizedText> Errors) ParseList(string? text) =>
        Parse((text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2) is [var county, var month] ? new KeyValuePair<string, string>(county, month) : new(pair, "")));
}
