using System.Globalization;

namespace FormHub.Exports.Excel;

/// <summary>A1-style cell addresses: column letters (1 → A, 27 → AA) and "B12" ⇄ (column 2, row 12).</summary>
internal static class CellAddress
{
    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Excel's last row.</summary>
    public const int MaxRow = 1_048_576;

    public static string Column(int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }

    /// <summary>The column number of letters such as "AB"; 0 when they are not a column within XFD.</summary>
    public static int ColumnNumber(ReadOnlySpan<char> letters)
    {
        if (letters.Length is 0 or > 3) return 0;
        var n = 0;
        foreach (var ch in letters)
        {
            var up = char.ToUpperInvariant(ch);
            if (up is < 'A' or > 'Z') return 0;
            n = n * 26 + (up - 'A' + 1);
        }
        return n <= MaxColumn ? n : 0;
    }

    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits "B12" (no $ signs) into its column letters and row.</summary>
    public static bool TryParse(string? reference, out string columnLetters, out int row)
    {
        columnLetters = "";
        row = 0;
        if (string.IsNullOrEmpty(reference)) return false;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i])) i++;
        if (i == 0 || i == reference.Length) return false;
        if (!int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) || row < 1) return false;
        columnLetters = reference[..i];
        return ColumnNumber(columnLetters) > 0;
    }

}
