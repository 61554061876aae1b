namespace FormHub.Bench.Shared;

/// <summary>What a row of a benchmark report is: a village, a township's 小计 or the county's 合计.</summary>
internal enum BenchRowKind { Unit, Subtotal, Total }

/// <summary>One row of a benchmark report table, in plain types so the ClosedXML comparison (its own process) builds the same rows.</summary>
internal sealed record BenchRow(BenchRowKind Kind, string Code, string Name, object?[] Values, string[] FailingChecks);

/// <summary>One column of a benchmark report table.</summary>
internal sealed record BenchColumn(string Id, string Title, string? Unit, int? Digits, string? Group);

/// <summary>The Excel suite's synthetic county: the same rows for the Open XML SDK writers and for ClosedXML.</summary>
internal static class BenchRows
{
    /// <summary>The large table's 30 columns: people and money (every third, two digits), six under a 其中 group.</summary>
    public static IReadOnlyList<BenchColumn> WideColumns() => Enumerable.Range(1, 30)
        .Select(i => new BenchColumn($"c{i}", $"指标{i}", i % 3 == 0 ? "元" : "人", i % 3 == 0 ? 2 : null, i is >= 4 and <= 9 ? "其中" : null)).ToList();

    /// <summary>Villages under townships of <paramref name="perTownship"/>, each township's 小计 after them, 合计 last; lazily.</summary>
    public static IEnumerable<BenchRow> Rows(int columns, int villages, int perTownship)
    {
        var total = new decimal[columns];
        var township = new decimal[columns];
        for (var v = 0; v < villages; v++)
        {
            var values = new object?[columns];
            for (var c = 0; c < columns; c++)
            {
                var value = c % 3 == 2 ? (v % 997) * 12.5m + c : v % 211 + c;
                values[c] = value;
                township[c] += value;
            }
            // One village in fifty fails a check, as a county report usually has a few.
            yield return new BenchRow(BenchRowKind.Unit, $"361025{v / perTownship + 100:D3}{v % perTownship + 200:D3}", $"第{v + 1}村民委员会",
                values, v % 50 == 7 ? ["享受津贴人数不能多于80周岁及以上人数"] : []);
            if ((v + 1) % perTownship == 0 || v == villages - 1)
            {
                var t = v / perTownship;
                yield return new BenchRow(BenchRowKind.Subtotal, $"361025{t + 100:D3}000", $"第{t + 1}镇", township.Cast<object?>().ToArray(), []);
                for (var c = 0; c < columns; c++) total[c] += township[c];
                township = new decimal[columns];
            }
        }
        yield return new BenchRow(BenchRowKind.Total, "361025000000", "某某县", total.Cast<object?>().ToArray(), []);
    }
}
