using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Import;

/// <summary>
/// The file handed back after a dry run: the original rows as they were, plus a 问题 column saying what is wrong with each
/// row, so whoever keeps the spreadsheet can fix it in place and import it again.
/// </summary>
/// <remarks>
/// Rows are written straight to an <see cref="OpenXmlWriter"/> (no cell objects kept), with inline strings (no shared-string
/// table), so a 50,000-row file costs the memory of its problems' text, not of a document tree of every cell.
/// </remarks>
public static class ProblemWorkbook
{
    private static readonly OpenXmlAttribute[] NoAttributes = [];
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    /// <summary>Writes an .xlsx of <paramref name="file"/>'s rows with the problems of <paramref name="result"/> in an added last column to <paramref name="output"/> (seekable).</summary>
    public static void Write(SheetFile file, ImportResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var byRow = result.Problems.GroupBy(p => p.Row).ToDictionary(g => g.Key, g => string.Join("；", g.Select(p => p.ToString())));
        var width = file.Rows.Count == 0 ? 0 : file.Rows.Max(r => r.Length);
        var letters = Enumerable.Range(1, width + 1).Select(c => new ImportProblem(1, c, null, "").ColumnLetter).ToArray();
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            for (var r = 0; r < file.Rows.Count; r++)
            {
                var number = (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number)]);
                var cells = file.Rows[r];
                for (var c = 0; c < cells.Length; c++)
                    if (cells[c] is { Length: > 0 } text) TextCell(writer, letters[c] + number, text);
                var note = r + 1 == result.HeaderRow ? "问题" : byRow.GetValueOrDefault(r + 1);
                if (note is not null) TextCell(writer, letters[width] + number, note);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "导入问题" }));
        workbook.Workbook.Save();
    }

    private static void TextCell(OpenXmlWriter writer, string reference, string text)
    {
        writer.WriteStartElement(new Cell(), [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("t", "", "inlineStr")]);
        writer.WriteStartElement(new InlineString(), NoAttributes);
        writer.WriteStartElement(new Text(), text.Trim().Length != text.Length ? PreserveSpace : NoAttributes);
        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
