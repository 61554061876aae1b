namespace FormHub.Import;

/// <summary>
/// A spreadsheet or CSV file as read: every row of its first sheet as text cells (null for an empty cell), row 1 first,
/// with the file's name and SHA-256 so an import can say exactly which file a value came from.
/// </summary>
/// <param name="FileName">The name the file was uploaded or given with.</param>
/// <param name="Sha256">SHA-256 of the bytes (hex).</param>
/// <param name="Format">xlsx, xls or CSV.</param>
/// <param name="Rows">Every row of the first sheet.</param>
/// <param name="Encoding">The text encoding a CSV was read with ("UTF-8", "GB18030"); null for workbooks.</param>
public sealed record SheetFile(string FileName, string Sha256, SheetFormat Format, IReadOnlyList<string?[]> Rows, string? Encoding)
{
    /// <summary>The cell at a 0-based row and column, null when empty or beyond the row.</summary>
    public string? Cell(int row, int column) =>
        row < Rows.Count && column < Rows[row].Length && !string.IsNullOrWhiteSpace(Rows[row][column]) ? Rows[row][column]!.Trim() : null;
}
