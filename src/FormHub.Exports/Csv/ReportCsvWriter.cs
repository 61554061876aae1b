using System.Globalization;
using FormHub.Exports.Html;

namespace FormHub.Exports.Csv;

/// <summary>
/// A report table as CSV (RFC 4180) for other systems and spreadsheets: UTF-8 with a byte-order mark (so Excel opens the
/// Chinese text correctly), a header row (单位代码, 单位名称, the columns with their units), one line per row in reading
/// order (villages, 小计, 合计). Numbers are written plain, without thousands separators, to the column's digits; a cell
/// that could not be derived is empty.
/// </summary>
public static class ReportCsvWriter
{
    public const string ContentType = "text/csv";

    public static async Task WriteAsync(ReportTable table, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = new StreamWriter(output, CsvLine.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(Line(["单位代码", "单位名称", .. table.Columns.Select(ReportCellText.Header)]));
        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var cells = new List<string> { row.UnitCode, ReportCellText.RowLabel(row) };
            for (var i = 0; i < table.Columns.Count; i++) cells.Add(Value(i < row.Values.Count ? row.Values[i] : null, table.Columns[i].Digits));
            await writer.WriteLineAsync(Line(cells));
        }
        await writer.FlushAsync(ct);
    }

    private static string Value(object? value, int? digits) => value switch
    {
        null => "",
        decimal d when digits is >= 0 and var n => d.ToString("F" + Math.Min(n, 10), CultureInfo.InvariantCulture),
        decimal d when d == decimal.Truncate(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        decimal d => d.ToString("F2", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Line(IEnumerable<string> cells) => CsvLine.Of(cells);
}
