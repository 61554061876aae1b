namespace FormHub.Import;

/// <summary>The kinds of file an import reads.</summary>
public enum SheetFormat
{
    Xlsx,
    /// <summary>Legacy Excel 97–2003 (BIFF8), still what many county systems export.</summary>
    Xls,
    Csv,
}
