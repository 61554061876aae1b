using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Import;

/// <summary>
/// The file handed back after a dry run: the original rows as they were, plus a 问题 column saying what is wrong with each
/// row, so whoever keeps the spreadsheet can fix it in place and import it again.
/// </summary>
public static class ProblemWorkbook
{
    /// <summary>An .xlsx of <paramref name="file"/>'s rows with the problems of <paramref name="result"/> in an added last column.</summary>
    public static byte[] Write(SheetFile file, ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(result);
        var byRow = result.Problems.GroupBy(p => p.Row).ToDictionary(g => g.Key, g => string.Join("；", g.Select(p => p.ToString())));
        var width = file.Rows.Count == 0 ? 0 : file.Rows.Max(r => r.Length);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < file.Rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < file.Rows[r].Length; c++)
                    if (file.Rows[r][c] is { Length: > 0 } text) row.Append(TextCell(c, r, text));
                var note = r + 1 == result.HeaderRow ? "问题" : byRow.GetValueOrDefault(r + 1);
                if (note is not null) row.Append(TextCell(width, r, note));
                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "导入问题" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell TextCell(int column, int row, string text) => new()
    {
        CellReference = new ImportProblem(row + 1, column + 1, null, "").ColumnLetter + (row + 1),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };
}
