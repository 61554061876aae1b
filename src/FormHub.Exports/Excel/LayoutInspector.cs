using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Core.Text;

namespace FormHub.Exports.Excel;

/// <summary>
/// Checks an uploaded official layout against a template's columns before the server stores it, and reports every
/// problem at once, in Chinese and English (issue 6, "Bad input"). It stores nothing and changes nothing.
/// <para>Refused: files that are not xlsx (empty, not a zip, a damaged zip, a zip that is not a spreadsheet, an old
/// .xls, a macro-enabled workbook or a template); <b>encrypted</b> workbooks (a password to open: Excel saves them as
/// an OLE compound file, D0 CF 11 E0, holding EncryptionInfo), which cannot be read at all; workbook, sheet or
/// modify protection <b>with a password</b>, since the filled copy would stay locked to the department. Protection
/// without a password is accepted (Excel lifts it with one click). Then the placeholders: none at all, no
/// <see cref="LayoutNames.RepeatRow"/> (or not one whole row), a <see cref="LayoutNames.TotalRow"/> that is not a row
/// below it, a repeat row without <c>{{row.列id}}</c> or merged with another row, <c>{{row.列id}}</c> off the repeat
/// row, column ids the template does not have and placeholders that do not exist (with "did you mean").</para>
/// </summary>
public static class LayoutInspector
{
    /// <summary>Uncompressed size above which a layout is refused unread (a layout is a one-page form, well under 1 MB).</summary>
    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Inspects <paramref name="layout"/> for a template with the columns <paramref name="columnIds"/>.</summary>
    public static LayoutInspection Inspect(byte[] layout, IReadOnlyCollection<string> columnIds)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(columnIds);
        var problems = new List<LayoutProblem>();
        if (CheckPackage(layout, problems))
        {
            try
            {
                using var document = SpreadsheetDocument.Open(new MemoryStream(layout, writable: false), false);
                CheckWorkbook(document, layout, columnIds, problems);
            }
            catch (System.Xml.XmlException)
            {
                problems.Add(new(LayoutProblem.NotWorkbook, "文件已损坏：工作簿里的内容无法解析（XML 错误），请在 Excel 中打开后重新另存为 .xlsx",
                    "the file is damaged: the workbook's XML cannot be parsed; open it in Excel and save it as .xlsx again"));
            }
            catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
            {
                problems.Add(NotWorkbook(layout));
            }
        }
        return new LayoutInspection(problems);
    }

    /// <summary>The checks on the bytes and the zip; false when there is no workbook to look into.</summary>
    private static bool CheckPackage(byte[] layout, List<LayoutProblem> problems)
    {
        if (layout.Length == 0)
        {
            problems.Add(new(LayoutProblem.NotXlsx, "文件是空的，请上传 .xlsx 格式的 Excel 版式", "the file is empty; upload an .xlsx Excel layout"));
            return false;
        }
        if (layout.AsSpan().StartsWith(OleSignature))
        {
            problems.Add(Contains(layout, Encoding.Unicode.GetBytes("EncryptionInfo"))
                ? new(LayoutProblem.Encrypted, "文件设置了打开密码（已加密），无法读取：请在 Excel 中取消密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码）后另存为 .xlsx 再上传",
                    "the workbook is encrypted with a password and cannot be read: remove the password in Excel and save it as .xlsx")
                : new(LayoutProblem.LegacyXls, "文件是旧版 Excel 97-2003（.xls）格式：请在 Excel 中另存为“Excel 工作簿（*.xlsx）”再上传",
                    "the file is an Excel 97-2003 .xls workbook: save it as .xlsx and upload that"));
            return false;
        }
        if (layout.Length < 4 || layout[0] != (byte)'P' || layout[1] != (byte)'K')
        {
            problems.Add(new(LayoutProblem.NotXlsx, "文件不是 xlsx 格式的 Excel 工作簿（xlsx 是 zip 压缩包，这个文件不是）",
                "the file is not an xlsx workbook (an xlsx is a zip package; this file is not one)"));
            return false;
        }
        try
        {
            using var zip = new ZipArchive(new MemoryStream(layout, writable: false), ZipArchiveMode.Read);
            var size = zip.Entries.Sum(e => e.Length);
            if (size > MaxUncompressedBytes)
            {
                problems.Add(new(LayoutProblem.TooLarge, $"文件解压后有 {size / 1048576:N0} MB，超过版式的上限 {MaxUncompressedBytes / 1048576} MB：版式只需要表头和一行占位符",
                    $"the file unpacks to {size / 1048576:N0} MB, over the {MaxUncompressedBytes / 1048576} MB limit for a layout"));
                return false;
            }
        }
        catch (InvalidDataException)
        {
            problems.Add(new(LayoutProblem.NotXlsx, "文件已损坏，无法作为 xlsx 打开（zip 压缩包不完整）", "the file is damaged: its zip package cannot be read"));
            return false;
        }
        return true;
    }

    private static void CheckWorkbook(SpreadsheetDocument document, byte[] layout, IReadOnlyCollection<string> columnIds, List<LayoutProblem> problems)
    {
        if (document.DocumentType != SpreadsheetDocumentType.Workbook)
            problems.Add(new(LayoutProblem.NotPlainWorkbook, "文件是启用宏的工作簿或 Excel 模板（.xlsm/.xltx/.xltm）：请另存为“Excel 工作簿（*.xlsx）”再上传",
                "the file is a macro-enabled workbook or a template (.xlsm/.xltx/.xltm): save it as a plain .xlsx"));
        var workbookPart = document.WorkbookPart;
        if (workbookPart?.Workbook is null)
        {
            problems.Add(NotWorkbook(layout));
            return;
        }
        var workbook = workbookPart.Workbook;
        var sheets = (workbook.Sheets?.Elements<Sheet>() ?? [])
            .Select(s => (Name: s.Name?.Value ?? "", Part: s.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var p) ? p as WorksheetPart : null))
            .Where(s => s.Part is not null).Select(s => (s.Name, Part: s.Part!)).ToList();

        CheckProtection(workbook, sheets, problems);

        var shared = SharedStringTexts.Read(workbookPart);
        var found = new List<(string Sheet, string Cell, int Row, LayoutPlaceholder Placeholder)>();
        foreach (var (name, part) in sheets)
        {
            var rowIndex = 0;
            foreach (var row in part.Worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            {
                rowIndex = row.RowIndex?.Value is uint r ? (int)r : rowIndex + 1;
                foreach (var cell in row.Elements<Cell>())
                    foreach (var placeholder in LayoutPlaceholder.In(SharedStringTexts.CellText(cell, shared)))
                        found.Add((name, cell.CellReference?.Value ?? $"第{rowIndex}行", rowIndex, placeholder));
            }
        }
        if (found.Count == 0)
            problems.Add(new(LayoutProblem.NoPlaceholders,
                "版式里没有任何 {{…}} 占位符：请在单元格里写 {{unit.name}}、{{period.display}}、{{report.date}}，在重复行写 {{row.列id}}，在合计行写 {{total.列id}}",
                "the layout has no {{…}} placeholder: write {{unit.name}}, {{period.display}}, {{report.date}}, {{row.<column id>}} on the repeat row and {{total.<column id>}} on the total row"));

        var names = workbook.DefinedNames?.Elements<DefinedName>().Where(n => n.Name?.Value is not null)
            .GroupBy(n => n.Name!.Value!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.OrdinalIgnoreCase) ?? [];
        var repeat = CheckRepeatRow(names, sheets, problems);
        CheckTotalRow(names, repeat, problems);

        var ids = columnIds.ToHashSet(StringComparer.Ordinal);
        var allNames = LayoutPlaceholder.Fixed.Concat(columnIds.Select(id => "row." + id)).Concat(columnIds.Select(id => "total." + id)).ToList();
        foreach (var (sheet, cell, row, placeholder) in found)
        {
            var where = $"工作表“{sheet}”单元格 {cell}";
            var whereEn = $"sheet '{sheet}' cell {cell}";
            if (placeholder.IsRow || placeholder.IsTotal)
            {
                if (!ids.Contains(placeholder.Name))
                {
                    var (zh, en) = DidYouMean.Suffix(placeholder.Name, columnIds);
                    var list = string.Join(", ", columnIds);
                    problems.Add(new(LayoutProblem.UnknownColumn,
                        $"{where}：{placeholder.Text} 里的列 id“{placeholder.Name}”不是本模板的列{zh}，可用的列：{list}",
                        $"{whereEn}: '{placeholder.Name}' in {placeholder.Text} is not a column of this template{en}; columns: {list}"));
                }
                if (placeholder.IsRow && repeat is not null && !(RowInsertion.SameSheet(sheet, repeat.Sheet) && row == repeat.FirstRow))
                    problems.Add(new(LayoutProblem.RowPlaceholderOutsideRepeatRow,
                        $"{where}：{placeholder.Text} 只能写在重复行（{LayoutNames.RepeatRow}：工作表“{repeat.Sheet}”第 {repeat.FirstRow} 行）",
                        $"{whereEn}: {placeholder.Text} may only stand on the repeat row ({LayoutNames.RepeatRow}: sheet '{repeat.Sheet}' row {repeat.FirstRow})"));
            }
            else if (!placeholder.IsFixed)
            {
                var written = placeholder.Scope.Length == 0 ? placeholder.Text.Trim('{', '}', ' ') : placeholder.FullName;
                var (zh, en) = DidYouMean.Suffix(written, allNames);
                problems.Add(new(LayoutProblem.UnknownPlaceholder,
                    $"{where}：无法识别的占位符 {placeholder.Text}{zh}，可用的有 {{{{unit.name}}}}、{{{{period.display}}}}、{{{{report.date}}}}、{{{{row.列id}}}}、{{{{total.列id}}}}",
                    $"{whereEn}: unknown placeholder {placeholder.Text}{en}; use {{{{unit.name}}}}, {{{{period.display}}}}, {{{{report.date}}}}, {{{{row.<column id>}}}}, {{{{total.<column id>}}}}"));
            }
        }

        if (repeat is not null)
        {
            if (found.Count > 0 && !found.Any(f => f.Placeholder.IsRow && f.Row == repeat.FirstRow && RowInsertion.SameSheet(f.Sheet, repeat.Sheet)))
                problems.Add(new(LayoutProblem.NoRowPlaceholders,
                    $"重复行（工作表“{repeat.Sheet}”第 {repeat.FirstRow} 行）没有 {{{{row.列id}}}} 占位符，填出的表里不会有数字",
                    $"the repeat row (sheet '{repeat.Sheet}' row {repeat.FirstRow}) has no {{{{row.<column id>}}}} placeholder, so the filled table would hold no figures"));
            var repeatPart = sheets.First(s => RowInsertion.SameSheet(s.Name, repeat.Sheet)).Part;
            foreach (var merge in repeatPart.Worksheet.Descendants<MergeCell>())
                if (merge.Reference?.Value is { } area && RowInsertion.Rows(area) is var (top, bottom) && top <= repeat.FirstRow && bottom >= repeat.FirstRow && top != bottom)
                    problems.Add(new(LayoutProblem.MergeAcrossRepeatRow,
                        $"重复行（第 {repeat.FirstRow} 行）与其他行合并了单元格 {area}，无法逐村重复：请取消这个合并",
                        $"merged range {area} joins the repeat row (row {repeat.FirstRow}) to other rows, so it cannot be repeated per village: unmerge it"));
        }
    }

    private static void CheckProtection(Workbook workbook, List<(string Name, WorksheetPart Part)> sheets, List<LayoutProblem> problems)
    {
        if (workbook.WorkbookProtection is { } wp && (wp.WorkbookPassword is not null || wp.WorkbookHashValue is not null || wp.RevisionsPassword is not null || wp.RevisionsHashValue is not null))
            problems.Add(new(LayoutProblem.PasswordProtected, "工作簿结构设置了保护密码：请在 Excel 中撤销工作簿保护（审阅 › 保护工作簿）后再上传",
                "the workbook structure is protected with a password: unprotect the workbook in Excel first"));
        if (workbook.FileSharing is { } fs && (fs.ReservationPassword is not null || fs.HashValue is not null))
            problems.Add(new(LayoutProblem.PasswordProtected, "文件设置了修改权限密码：请在 Excel 另存为时的“常规选项”里清空修改权限密码后再上传",
                "the workbook has a password to modify: clear it in Excel's save options first"));
        foreach (var (name, part) in sheets)
            if (part.Worksheet.GetFirstChild<SheetProtection>() is { } sp && (sp.Password is not null || sp.HashValue is not null))
                problems.Add(new(LayoutProblem.PasswordProtected, $"工作表“{name}”设置了保护密码：请在 Excel 中撤销工作表保护（审阅 › 撤销工作表保护）后再上传",
                    $"sheet '{name}' is protected with a password: unprotect the sheet in Excel first"));
    }

    private static WholeRowReference? CheckRepeatRow(Dictionary<string, string> names, List<(string Name, WorksheetPart Part)> sheets, List<LayoutProblem> problems)
    {
        if (!names.TryGetValue(LayoutNames.RepeatRow, out var text))
        {
            problems.Add(new(LayoutProblem.NoRepeatRow,
                $"版式没有定义名称 {LayoutNames.RepeatRow}：请在 Excel 的“公式 › 名称管理器”中新建名称 {LayoutNames.RepeatRow}，引用位置为按村重复的那一整行，如 ='Sheet1'!$5:$5",
                $"the layout has no defined name {LayoutNames.RepeatRow}: in Excel's Name Manager, define it as the whole row to repeat per village, e.g. ='Sheet1'!$5:$5"));
            return null;
        }
        var repeat = WholeRowReference.TryParse(text);
        if (repeat is not { IsSingleRow: true })
        {
            problems.Add(new(LayoutProblem.BadRepeatRow,
                $"定义名称 {LayoutNames.RepeatRow} 应引用一整行，如 ='Sheet1'!$5:$5，现在是 {text}",
                $"{LayoutNames.RepeatRow} must refer to one whole row, such as ='Sheet1'!$5:$5, not {text}"));
            return null;
        }
        if (!sheets.Any(s => RowInsertion.SameSheet(s.Name, repeat.Sheet)))
        {
            problems.Add(new(LayoutProblem.BadRepeatRow,
                $"定义名称 {LayoutNames.RepeatRow} 引用的工作表“{repeat.Sheet}”不存在",
                $"{LayoutNames.RepeatRow} refers to sheet '{repeat.Sheet}', which does not exist"));
            return null;
        }
        return repeat;
    }

    private static void CheckTotalRow(Dictionary<string, string> names, WholeRowReference? repeat, List<LayoutProblem> problems)
    {
        if (!names.TryGetValue(LayoutNames.TotalRow, out var text)) return; // optional
        var total = WholeRowReference.TryParse(text);
        if (total is not { IsSingleRow: true })
            problems.Add(new(LayoutProblem.BadTotalRow,
                $"定义名称 {LayoutNames.TotalRow} 应引用一整行，如 ='Sheet1'!$6:$6，现在是 {text}",
                $"{LayoutNames.TotalRow} must refer to one whole row, such as ='Sheet1'!$6:$6, not {text}"));
        else if (repeat is not null && (!RowInsertion.SameSheet(total.Sheet, repeat.Sheet) || total.FirstRow <= repeat.FirstRow))
            problems.Add(new(LayoutProblem.BadTotalRow,
                $"合计行（{LayoutNames.TotalRow}：{text}）必须与重复行在同一工作表，并在重复行（第 {repeat.FirstRow} 行）下方",
                $"the total row ({LayoutNames.TotalRow}: {text}) must be on the repeat row's sheet, below row {repeat.FirstRow}"));
    }

    private static LayoutProblem NotWorkbook(byte[] layout)
    {
        string? kind = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(layout, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) kind = "Word 文档";
            else if (zip.GetEntry("ppt/presentation.xml") is not null) kind = "PowerPoint 演示文稿";
        }
        catch (InvalidDataException)
        {
        }
        return new LayoutProblem(LayoutProblem.NotWorkbook,
            kind is null ? "文件是 zip 压缩包，但不是 Excel 工作簿（xlsx）" : $"文件是{kind}，不是 Excel 工作簿（xlsx）",
            kind is null ? "the file is a zip package but not an Excel workbook" : "the file is an Office document but not an Excel workbook");
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
