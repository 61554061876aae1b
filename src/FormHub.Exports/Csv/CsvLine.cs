using System.Text;

namespace FormHub.Exports.Csv;

/// <summary>One RFC 4180 line: cells joined by commas, a cell holding a comma, quote or line break quoted.</summary>
public static class CsvLine
{
    /// <summary>UTF-8 with a byte-order mark: Excel opens Chinese text in a CSV correctly only with it.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static string Of(IEnumerable<string?> cells) => string.Join(',', cells.Select(c => Quote(c ?? "")));

    public static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
