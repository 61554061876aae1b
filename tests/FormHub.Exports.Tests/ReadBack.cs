using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace FormHub.Exports.Tests;

/// <summary>A written workbook opened again with the Open XML SDK: validation errors, cell values, merges, names, styles.</summary>
internal sealed class ReadBack : IDisposable
{
    private readonly MemoryStream _stream;

    public ReadBack(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Document = SpreadsheetDocument.Open(_stream, false);
    }

    public byte[] Bytes { get; }
    public SpreadsheetDocument Document { get; }
    public WorkbookPart WorkbookPart => Document.WorkbookPart!;

    public static ReadBack Of(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return new ReadBack(output.ToArray());
    }

    /// <summary>Every OpenXmlValidator error, one per line (empty when the package is valid).</summary>
    public string ValidationErrors() => string.Join("\n",
        new OpenXmlValidator().Validate(Document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));

    public IReadOnlyList<string> SheetNames => WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string? name = null)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => name is null || s.Name == name);
        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public Dictionary<string, CellRead> Cells(string? sheet = null)
    {
        var shared = WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var cells = new Dictionary<string, CellRead>();
        foreach (var cell in Sheet(sheet).Descendants<Cell>())
        {
            var type = cell.DataType?.Value;
            string? text = type == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                : type == CellValues.InlineString ? cell.InlineString?.InnerText
                : type is null || type == CellValues.Number ? null
                : cell.CellValue?.Text;
            decimal? number = (type is null || type == CellValues.Number) && cell.CellValue is { } v
                ? decimal.Parse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
            cells[cell.CellReference!.Value!] = new CellRead(text, number, cell.StyleIndex?.Value ?? 0, cell.CellFormula?.Text);
        }
        return cells;
    }

    public List<string> Merges(string? sheet = null) =>
        Sheet(sheet).Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    public Dictionary<string, string> DefinedNames() =>
        WorkbookPart.Workbook.DefinedNames?.Elements<DefinedName>().ToDictionary(n => n.Name!.Value! + (n.LocalSheetId is null ? "" : "@" + n.LocalSheetId.Value), n => n.Text) ?? [];

    public CellFormat Format(uint styleIndex) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)styleIndex);

    public bool IsBold(uint styleIndex)
    {
        var font = WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)(Format(styleIndex).FontId?.Value ?? 0));
        return font.Bold is not null;
    }

    /// <summary>The number format code of a style: built-in 3 and 4 spelled out, custom ones from numFmts.</summary>
    public string NumberFormat(uint styleIndex)
    {
        var id = Format(styleIndex).NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            3 => "#,##0",
            4 => "#,##0.00",
            _ => WorkbookPart.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
                .Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
        };
    }

    public string? FillRgb(uint styleIndex)
    {
        var fill = WorkbookPart.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)(Format(styleIndex).FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    public static int RowOf(string reference) => int.Parse(Regex.Match(reference, @"\d+$").Value, CultureInfo.InvariantCulture);

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}

/// <summary>A cell read back: its text (shared or inline string), or its number, its style index and formula.</summary>
internal sealed record CellRead(string? Text, decimal? Number, uint Style, string? Formula);
