namespace FormHub.Exports.Tests;

/// <summary>Report tables built in memory, shaped as the server's ReportTableBuilder builds them (villages, 小计, 合计).</summary>
internal static class SampleTables
{
    public static readonly ReportSignature Signature = new("某县民政局", "王局长", "李填表", new DateOnly(2026, 12, 5));

    /// <summary>Six columns, two of them under the group 其中; digits unset (户, 人), 2 (元) and 1 (%).</summary>
    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("hh", "低保户数", "户", null, null),
        new("persons", "低保人数", "人", null, null),
        new("central", "集中供养", "人", null, "其中"),
        new("dispersed", "分散供养", "人", null, "其中"),
        new("funds", "本月发放低保金", "元", 2, null),
        new("pct", "集中供养占比", "%", 1, null),
    ];

    /// <summary>
    /// 城关镇 (东门村, 西门村) and 河口乡 (河口村): five rows after the header plus the total. 河口村 fails its check and
    /// its 集中供养占比 could not be derived.
    /// </summary>
    public static ReportTable ThreeVillagesTwoTownships(IEnumerable<ReportTableRow>? rows = null) => new()
    {
        TemplateId = "mz-dibao-monthly",
        Version = 1,
        Title = "农村最低生活保障情况月报",
        Department = "民政",
        PeriodKey = "2026-11",
        PeriodDisplay = "2026年11月",
        UnitCode = "360835000000",
        UnitName = "某县",
        Columns = Columns,
        Rows = rows ?? ThreeVillageRows(),
        Narrative = "截至2026年11月30日，某县共有农村低保户23户41人。",
        CompletenessLine = "应报 3 个村，已报 3 个，已审核 3 个，逾期 0 个",
        Signature = Signature,
    };

    public static List<ReportTableRow> ThreeVillageRows() =>
    [
        Row(ReportRowKind.Unit, "360835100200", "东门村", 10m, 25m, 3m, 7m, 12345.5m, 30.0m),
        Row(ReportRowKind.Unit, "360835100201", "西门村", 5m, 9m, 1m, 4m, 6000m, 11.1m),
        Row(ReportRowKind.Subtotal, "360835100000", "城关镇", 15m, 34m, 4m, 11m, 18345.5m, 11.8m),
        Row(ReportRowKind.Unit, "360835101200", "河口村", 8m, 7m, 2m, 5m, 4000.25m, null) with { FailingChecks = ["低保人数不能少于低保户数"] },
        Row(ReportRowKind.Subtotal, "360835101000", "河口乡", 8m, 7m, 2m, 5m, 4000.25m, null),
        Row(ReportRowKind.Total, "360835000000", "某县", 23m, 41m, 6m, 16m, 22345.75m, 14.6m),
    ];

    public static ReportTableRow Row(ReportRowKind kind, string code, string name, params object?[] values) =>
        new(kind, code, name, values, []);

    /// <summary>A table over any columns: <paramref name="villages"/> villages in townships of three, 小计 each, 合计 last.</summary>
    public static ReportTable ForColumns(string title, IReadOnlyList<ReportColumn> columns, int villages)
    {
        var rows = new List<ReportTableRow>();
        var total = new decimal[columns.Count];
        for (var t = 0; t * 3 < villages; t++)
        {
            var sub = new decimal[columns.Count];
            for (var v = t * 3; v < Math.Min(villages, t * 3 + 3); v++)
            {
                var values = columns.Select((c, i) => (object?)Value(v, i)).ToArray();
                for (var i = 0; i < columns.Count; i++) sub[i] += Value(v, i);
                rows.Add(new ReportTableRow(ReportRowKind.Unit, $"3608351{t:D2}2{v:D2}", $"第{v + 1}村", values, []));
            }
            for (var i = 0; i < columns.Count; i++) total[i] += sub[i];
            rows.Add(new ReportTableRow(ReportRowKind.Subtotal, $"3608351{t:D2}000", $"第{t + 1}镇", sub.Cast<object?>().ToArray(), []));
        }
        rows.Add(new ReportTableRow(ReportRowKind.Total, "360835000000", "某县", total.Cast<object?>().ToArray(), []));
        return new ReportTable
        {
            TemplateId = "t", Version = 1, Title = title, Department = "民政", PeriodKey = "2026-11", PeriodDisplay = "2026年11月",
            UnitCode = "360835000000", UnitName = "某县", Columns = columns, Rows = rows, Signature = Signature,
        };
    }

    /// <summary>Village v's value in column i: distinct per cell, with cents in odd columns.</summary>
    public static decimal Value(int village, int column) => (village + 1) * 10 + column + (column % 2 == 1 ? 0.25m : 0m);
}
