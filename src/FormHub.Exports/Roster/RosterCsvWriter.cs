using FormHub.Exports.Csv;

namespace FormHub.Exports.Roster;

/// <summary>A roster as CSV: UTF-8 with a BOM (so Excel opens the Chinese text), the headings, one line per record.</summary>
public static class RosterCsvWriter
{
    public static async Task WriteAsync(RosterTable table, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = new StreamWriter(output, CsvLine.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(CsvLine.Of(table.Headers));
        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(CsvLine.Of(row.Select(FormulaSafe)));
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>
    /// A typed or imported text that Excel would run as a formula (=, +, @, a tab, or - not starting a number) gets a
    /// leading apostrophe: reviewers open this file in Excel (CSV injection). Numbers, negative ones included, stay numbers.
    /// </summary>
    internal static string? FormulaSafe(string? cell) =>
        cell is { Length: > 0 } text && (text[0] is '=' or '+' or '@' or '\t' or '\r'
            || (text[0] == '-' && !(text.Length > 1 && (char.IsAsciiDigit(text[1]) || text[1] == '.'))))
            ? "'" + text
            : cell;
}
