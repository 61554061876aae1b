using FormHub.Exports;

namespace FormHub.Exports.PdfTests;

/// <summary>Report tables for the tests: a county's villages under their townships, with known names and figures.</summary>
internal static class SampleReports
{
    public const string Title = "农村最低生活保障情况月报";
    public const string Village = "东风村";
    public const string County = "永丰县";

    /// <summary>The 低保 report with <paramref name="columns"/> columns (first three grouped under 保障对象) and <paramref name="villages"/> villages in 2 townships.</summary>
    public static ReportTable Dibao(int columns = 4, int villages = 6, IReadOnlyList<string>? failingChecksOfFirstVillage = null)
    {
        var cols = new List<ReportColumn>
        {
            new("hh", "低保户数", "户", 0, "保障对象"),
            new("persons", "低保人数", "人", 0, "保障对象"),
            new("funds", "发放金额", "元", 2, null),
            new("avg", "户均月保障金", "元", 2, null),
        };
        for (var i = cols.Count; i < columns; i++) cols.Add(new($"extra{i}", $"指标{i + 1}", "个", 0, i % 2 == 0 ? "其他指标" : null));
        cols = cols.Take(columns).ToList();

        return new ReportTable
        {
            TemplateId = "mz-dibao-monthly",
            Version = 1,
            Title = Title,
            Department = "民政",
            PeriodKey = "2026-11",
            PeriodDisplay = "2026年11月",
            UnitCode = "361025000000",
            UnitName = County,
            Columns = cols,
            Rows = Rows(cols, villages, failingChecksOfFirstVillage ?? []),
            Narrative = "截至2026年11月30日，永丰县共有农村低保户1,234户2,345人。",
            Signature = new ReportSignature("永丰县民政局", "王建国", "李小梅", new DateOnly(2026, 12, 5)),
            CompletenessLine = "应报 6 个村，已报 6 个，已审核 5 个，逾期 1 个",
        };
    }

    private static IEnumerable<ReportTableRow> Rows(List<ReportColumn> columns, int villages, IReadOnlyList<string> failing)
    {
        var townships = new[] { ("361025100000", "城关镇"), ("361025101000", "沙溪镇") };
        var perTownship = (villages + townships.Length - 1) / townships.Length;
        var total = new decimal[columns.Count];
        var v = 0;
        foreach (var (code, name) in townships)
        {
            var subtotal = new decimal[columns.Count];
            for (var i = 0; i < perTownship && v < villages; i++, v++)
            {
                var values = new object?[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    // The first village carries the figure the tests look for: 1,234,567.50 yuan.
                    var value = (v, columns[c].Id) switch
                    {
                        (0, "funds") => 1234567.5m,
                        (_, "hh") => 10 + v,
                        (_, "persons") => 20 + v,
                        (_, "funds") => 1000m + v * 10.25m,
                        (_, "avg") => 650.5m,
                        _ => v * 3 + c,
                    };
                    values[c] = value;
                    subtotal[c] += value;
                }
                var villageName = v == 0 ? Village : $"第{v + 1}村";
                yield return new ReportTableRow(ReportRowKind.Unit, $"{code[..9]}{200 + v:000}", villageName, values, v == 0 ? failing : []);
            }
            for (var c = 0; c < columns.Count; c++) total[c] += subtotal[c];
            yield return new ReportTableRow(ReportRowKind.Subtotal, code, name, subtotal.Cast<object?>().ToArray(), []);
        }
        yield return new ReportTableRow(ReportRowKind.Total, "361025000000", County, total.Cast<object?>().ToArray(), []);
    }
}
