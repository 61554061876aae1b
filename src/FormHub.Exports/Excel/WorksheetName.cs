namespace FormHub.Exports.Excel;

/// <summary>Turns a report title into a worksheet name Excel accepts.</summary>
public static class WorksheetName
{
    /// <summary>Excel's limit on a sheet name's length.</summary>
    public const int MaxLength = 31;

    /// <summary>
    /// The title without the characters Excel forbids in sheet names ([ ] : * ? / \), without leading or trailing
    /// apostrophes, cut to 31 characters (never inside a surrogate pair); 报表 when nothing is left.
    /// </summary>
    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var clean = new string(title.Where(ch => "[]:*?/\\".IndexOf(ch) < 0 && !char.IsControl(ch)).ToArray()).Trim().Trim('\'').Trim();
        if (clean.Length > MaxLength) clean = clean[..(char.IsHighSurrogate(clean[MaxLength - 1]) ? MaxLength - 1 : MaxLength)].TrimEnd('\'');
        return clean.Length == 0 ? "报表" : clean;
    }

    /// <summary>The name as a formula writes it: '农村低保月报'.</summary>
    internal static string Quoted(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";
}
