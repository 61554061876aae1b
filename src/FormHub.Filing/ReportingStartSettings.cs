using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// 启用月份 as an admin sets it in the browser (no command sets it yet; the CLI reads it): per county, over the configured
/// starts (<see cref="ReportingStarts"/>). Each setting is an audit line (action <see cref="Action"/>, the county as unit,
/// the month as period, empty to go back to the configured one), and a county's newest line (highest seq) is its setting: the history of
/// who set which month when is the audit trail itself, so the setting needs no table of its own.
/// </summary>
public sealed class ReportingStartSettings(IFormHubStore store, ReportingStarts configured, TimeProvider clock)
{
    public const string Action = "settings.reporting-start";

    // How many months before a new start are searched for filed months (a start moved later must not hide a filing).
    private const int MonthsSearched = 36;

    private volatile ReportingStarts? _current;
    private IReadOnlyList<AuditEntry> _lines = [];

    // Each county's newest setting line known (highest seq): from the capped list, and from GuardForAsync's targeted reads
    // for counties whose newest line the list misses. Replaced whole under the lock, read without it.
    private IReadOnlyDictionary<string, AuditEntry> _newest = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
    private readonly Lock _applying = new();

    /// <summary>The configured starts with the admins' settings over them, as last read.</summary>
    public ReportingStarts Current => _current ?? configured;

    /// <summary>The configured starts (from <c>FormHub:ReportingStarts</c> or the demo's first month).</summary>
    public ReportingStarts Configured => configured;

    /// <summary>Every setting made, newest first.</summary>
    public IReadOnlyList<AuditEntry> History => _lines;

    /// <summary>
    /// The county's setting as stored now, as a guard for a write that rests on it (a submission judged against the start
    /// in force): the store refuses the write if a newer setting line has been appended since. Read per county from the
    /// store (the highest seq of its lines, what the store compares against), not from <see cref="History"/>: that list is
    /// capped and, sharded, merged by clock, so a county's newest line may be missing from it or not first. The start in
    /// force (<see cref="Current"/>) is brought to that line first, so the write is judged under the setting it guards.
    /// </summary>
    public async Task<AuditGuard> GuardForAsync(string countyCode, CancellationToken ct = default)
    {
        var newest = await store.NewestSettingLineAsync(Action, countyCode, ct);
        // Known already (the usual case: a submission under an unchanged setting): nothing to rebuild.
        if (newest is not null && !(_newest.TryGetValue(countyCode, out var known) && known.Seq >= newest.Seq)) Apply([newest]);
        return new AuditGuard(Action, countyCode, newest?.Seq ?? 0);
    }

    /// <summary>Reads the settings from the store (on start, after a change, and every so often for changes made by other servers).</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        var lines = await store.ListAuditByActionAsync([Action], actor: null, subject: null, take: 1000, ct);
        _lines = lines;
        Apply(lines);
    }

    /// <summary>Puts each county's line over the one known when its seq is higher (the order of the lines does not matter).</summary>
    private void Apply(IReadOnlyList<AuditEntry> lines)
    {
        lock (_applying)
        {
            var newest = new Dictionary<string, AuditEntry>(_newest, StringComparer.Ordinal);
            foreach (var line in lines.Where(l => l.UnitCode is not null))
                if (!newest.TryGetValue(line.UnitCode!, out var known) || known.Seq < line.Seq) newest[line.UnitCode!] = line;
            var set = new Dictionary<string, Period>(StringComparer.Ordinal);
            foreach (var (county, line) in newest)
                if (line.Period is { Length: > 0 } month && Period.TryParse(month, out var period, out _)) set[county] = period;
            _newest = newest;
            _current = configured.Overlaid(set);
        }
    }

    /// <summary>
    /// Sets the first month <paramref name="county"/> reports through FormHub, or with null goes back to the configured one.
    /// Refused (Invalid) when it is not a county, the month is after the current one, or a village of the county has
    /// already submitted a month the new start would leave out.
    /// </summary>
    public async Task<WorkflowRefusal?> SetAsync(OrgUnit county, Period? month, Actor actor, CancellationToken ct = default)
    {
        if (county.Code.Level != OrgLevel.County)
            return Refuse($"“{county.Name}”不是县级单位：启用月份按县设置。", $"{county.Name} is not a county: the reporting start is set per county.");
        var today = clock.Today();
        var current = Period.Containing(today, PeriodType.Monthly);
        if (month is { } m)
        {
            if (m.Type != PeriodType.Monthly) return Refuse("启用月份应是一个月份，如 2026-10。", "The reporting start must be a month, e.g. 2026-10.");
            if (m.Start > current.Start)
                return Refuse($"启用月份不能晚于本月（{current.DisplayZh}）：否则本月不能填报。",
                    $"The reporting start cannot be after this month ({current.Key}): this month could not be filed.");
        }
        // Months the new start leaves out, back to three years: none may hold a filing. The store checks them and appends
        // the setting in one step, so a village submitting one of them meanwhile is either seen here or waits for the
        // setting (and is then refused by the calendar), never filed unseen before a start that hides it.
        var leftOut = new List<string>();
        if ((month ?? configured.For(county.Code.Value)) is { } start)
        {
            var probe = start.Previous;
            for (var i = 0; i < MonthsSearched; i++, probe = probe.Previous) leftOut.Add(probe.Key);
        }
        var detail = month is { } set
            ? $"{county.Name}：自{set.DisplayZh}起通过 FormHub 报送"
            : $"{county.Name}：恢复为配置的启用月份（{configured.For(county.Code.Value)?.DisplayZh ?? "未设置"}）";
        var line = new AuditEntry(0, clock.GetUtcNow(), actor.UserName, Action, county.Code.Value, month?.Key ?? "", actor.Recorded(detail));
        var filed = await store.AppendAuditUnlessFiledAsync(line, leftOut, ct);
        if (filed.Count > 0)
        {
            var newest = Period.Parse(filed[0].Period);
            var villages = filed.Count(s => s.Period == filed[0].Period);
            return Refuse($"{newest.DisplayZh}已有 {villages} 个村提交或审核过，启用月份不能晚于该月；请设为{newest.DisplayZh}或更早。",
                $"{villages} village(s) already filed {newest.Key}; the start cannot be later than that month. Set {newest.Key} or earlier.");
        }
        await RefreshAsync(ct);
        return null;
    }

    private static WorkflowRefusal Refuse(string zh, string en) => new(new LocalizedText(zh, en), RefusalKind.Invalid);
}
