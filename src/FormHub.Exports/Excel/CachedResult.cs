using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>
/// The result Excel or WPS stored with a formula when the layout was saved (<c>&lt;v&gt;</c>, 0 for an empty layout's
/// 合计). After filling it is wrong, and readers that trust it instead of recalculating (LibreOffice by default,
/// previewers, importers) would show 0. Without it every reader has to calculate; Excel also recalculates on load
/// (<c>fullCalcOnLoad</c>).
/// </summary>
internal static class CachedResult
{
    /// <summary>Removes a formula cell's cached result and its type; true when there was one.</summary>
    public static bool Drop(Cell cell)
    {
        if (cell.CellFormula is null || (cell.CellValue is null && cell.DataType is null)) return false;
        cell.CellValue = null;
        cell.DataType = null; // t="str"/"b"/"e" described the cached result only
        return true;
    }
}
