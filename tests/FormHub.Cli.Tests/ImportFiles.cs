using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Core.Validation;

namespace FormHub.Cli.Tests;

/// <summary>Files shaped as counties keep them, made by the tests: GBK CSV with a title row, .xlsx with a merged title.</summary>
public static class ImportFiles
{
    /// <summary>A valid 公民身份号码 born 1980-01-01 in 清溪县, numbered <paramref name="sequence"/> (1–999).</summary>
    public static string IdNumber(int sequence, int year = 1980)
    {
        var first17 = $"360835{year:0000}0101{sequence:000}";
        return first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithBadCheckDigit(string id) => id[..17] + (id[17] == '1' ? '2' : '1');

    /// <summary>GB18030 (GBK's superset), from the code-pages provider.</summary>
    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>CSV bytes in GBK (GB18030), as Excel on a Chinese Windows saves "CSV".</summary>
    public static byte[] GbkCsv(IEnumerable<string[]> rows)
    {
        var text = string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(c => c.Contains(',') ? "\"" + c + "\"" : c)))) + "\r\n";
        return Gbk.GetBytes(text);
    }

    /// <summary>An .xlsx whose first row is a title merged across the header's width, then the header, then the data.</summary>
    public static byte[] XlsxWithMergedTitle(string title, IReadOnlyList<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var width = rows.Max(r => r.Length);
            data.Append(new Row(Cell("A1", title)) { RowIndex = 1 });
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 2) };
                for (var c = 0; c < rows[r].Length; c++)
                    if (rows[r][c].Length > 0) row.Append(Cell(Letter(c) + (r + 2), rows[r][c]));
                data.Append(row);
            }

            var merge = new MergeCells(new MergeCell { Reference = $"A1:{Letter(width - 1)}1" });
            sheetPart.Worksheet = new Worksheet(data, merge);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "名册" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static string Letter(int column) => ((char)('A' + column)).ToString();

    private static Cell Cell(string reference, string text) => decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _) && text.Length < 10
        ? new Cell { CellReference = reference, CellValue = new CellValue(text), DataType = CellValues.Number }
        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
