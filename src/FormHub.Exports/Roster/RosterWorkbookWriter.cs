using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Exports.Excel;

namespace FormHub.Exports.Roster;

/// <summary>
/// A roster as an .xlsx: one sheet, the headings frozen on row 1, every cell text (an ID number or 户号 must never become
/// a number Excel rounds), rows streamed through <see cref="SheetRowWriter"/>.
/// </summary>
public static class RosterWorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(RosterTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteElement(new SheetView(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 });
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            var rows = new SheetRowWriter(writer, table.Headers.Count);
            WriteRow(rows, 1, table.Headers);
            for (var r = 0; r < table.Rows.Count; r++) WriteRow(rows, r + 2, table.Rows[r]);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = WorksheetName.From(table.SheetName) }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(SheetRowWriter rows, int index, IReadOnlyList<string?> cells)
    {
        rows.StartRow(index);
        for (var c = 0; c < cells.Count; c++)
            if (cells[c] is { Length: > 0 } text) rows.Text(c + 1, text, 0);
        rows.EndRow();
    }
}
