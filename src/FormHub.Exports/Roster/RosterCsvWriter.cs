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
            await writer.WriteLineAsync(CsvLine.Of(row));
        }

        await writer.FlushAsync(ct);
    }
}
