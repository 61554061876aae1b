using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ExcelDataReader;

namespace FormHub.Import;

/// <summary>Reads the first sheet of an .xlsx or .xls (ExcelDataReader) or a CSV into a <see cref="SheetFile"/>.</summary>
public static class SheetFileReader
{
    /// <summary>Reads <paramref name="bytes"/>; the format comes from the content (ZIP → xlsx, OLE2 → xls), else CSV.</summary>
    public static SheetFile Read(byte[] bytes, string fileName, CsvEncoding encoding = CsvEncoding.Auto)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) throw new ImportFileException($"文件“{fileName}”是空的");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // The content decides, not the extension: a county's ".xls" is often really an .xlsx or even a CSV.
        if (bytes is [0x50, 0x4B, ..]) return ReadWorkbook(bytes, fileName, sha, SheetFormat.Xlsx);
        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..]) return ReadWorkbook(bytes, fileName, sha, SheetFormat.Xls);
        var (text, name) = CsvText.Decode(bytes, encoding);
        return new SheetFile(fileName, sha, SheetFormat.Csv, CsvText.Split(text), name);
    }

    private static SheetFile ReadWorkbook(byte[] bytes, string fileName, string sha, SheetFormat format)
    {
        // Legacy .xls files name their code page (936 for GBK); ExcelDataReader needs the provider to decode it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rows = new List<string?[]>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = format == SheetFormat.Xlsx ? ExcelReaderFactory.CreateOpenXmlReader(stream) : ExcelReaderFactory.CreateBinaryReader(stream);
            while (reader.Read())
            {
                var cells = new string?[reader.FieldCount];
                for (var c = 0; c < cells.Length; c++) cells[c] = CellText(reader.GetValue(c));
                rows.Add(cells);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new ImportFileException($"文件“{fileName}”不是可读取的 {(format == SheetFormat.Xlsx ? ".xlsx" : ".xls")} 工作簿：{e.Message}");
        }

        return new SheetFile(fileName, sha, format, rows, null);
    }

    /// <summary>
    /// A cell as the text a person sees: whole numbers without ".0" or an exponent (an ID number stored as a number keeps
    /// its digits as far as Excel kept them), dates as yyyy-MM-dd.
    /// </summary>
    private static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e17 => ((decimal)d).ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
