namespace FormHub.Exports.Excel;

/// <summary>
/// One thing wrong with an uploaded layout, in Chinese for the admin and in English, with a stable
/// <see cref="Code"/> (one of the constants below) for the server and tests.
/// </summary>
public sealed record LayoutProblem(string Code, string Zh, string En)
{
    /// <summary>Empty, not a zip package, or a zip that is damaged.</summary>
    public const string NotXlsx = "not-xlsx";
    /// <summary>An Excel 97–2003 .xls (OLE compound file without encryption).</summary>
    public const string LegacyXls = "legacy-xls";
    /// <summary>An encrypted workbook (opening it needs a password): an OLE compound file holding EncryptionInfo.</summary>
    public const string Encrypted = "encrypted";
    /// <summary>A zip, but not a spreadsheet package (a Word document, any other zip).</summary>
    public const string NotWorkbook = "not-workbook";
    /// <summary>A macro-enabled workbook or a template (.xlsm, .xltx, .xltm): only plain .xlsx is filled.</summary>
    public const string NotPlainWorkbook = "not-plain-workbook";
    /// <summary>More uncompressed content than a layout needs (a zip bomb or a data dump).</summary>
    public const string TooLarge = "too-large";
    /// <summary>Workbook structure, sheet or modify protection with a password.</summary>
    public const string PasswordProtected = "password-protected";
    /// <summary>No {{…}} placeholder anywhere.</summary>
    public const string NoPlaceholders = "no-placeholders";
    /// <summary>No defined name FormHub.RepeatRow.</summary>
    public const string NoRepeatRow = "no-repeat-row";
    /// <summary>FormHub.RepeatRow is not one whole row of an existing sheet.</summary>
    public const string BadRepeatRow = "bad-repeat-row";
    /// <summary>FormHub.TotalRow is not one whole row below the repeat row on the same sheet.</summary>
    public const string BadTotalRow = "bad-total-row";
    /// <summary>The repeat row has no {{row.列id}}: the filled table would hold no figures.</summary>
    public const string NoRowPlaceholders = "no-row-placeholders";
    /// <summary>A merged range joins the repeat row to another row, so the row cannot be repeated.</summary>
    public const string MergeAcrossRepeatRow = "merge-across-repeat-row";
    /// <summary>{{row.列id}} outside the repeat row.</summary>
    public const string RowPlaceholderOutsideRepeatRow = "row-outside-repeat-row";
    /// <summary>{{row.x}} or {{total.x}} where x is not a column of the template.</summary>
    public const string UnknownColumn = "unknown-column";
    /// <summary>A {{…}} that is none of the placeholders (a typo such as {{unit.nmae}}).</summary>
    public const string UnknownPlaceholder = "unknown-placeholder";
}
