// Writes the official-style Excel layouts (form-templates/layouts/<template-id>.xlsx) that the shipped templates
// name in their `excel:` key, from each template's columns as TemplateLoader reads them.
//
//   dotnet run --project tools/FormHub.LayoutMaker [-- [--root DIR] [template-id ...]]
//
// Without ids, every template in form-templates/templates/ with an `excel:` key gets its layout (re)written.
// The layout follows the placeholder convention in docs/templates.md (§3.1, `excel`):
//   row 1  title (merged, bold 16pt, centred)
//   row 2  填报单位：{{unit.name}} (left)  ·  {{period.display}} (right)
//   rows 3–4  two-row header: 单位名称, then columns grouped by `group:` (ungrouped columns span both rows)
//   row 5  the repeat row (defined name FormHub.RepeatRow): {{unit.name}}, {{row.<id>}} …
//   row 6  the total row  (defined name FormHub.TotalRow):  合计, {{total.<id>}} …
//   row 7  单位负责人 / 填表人 / 联系电话 / 报出日期：{{report.date}}
//   row 8  {{report.note}}: 未审核村 N 个，数据仅供参考 while villages are not approved, else blank
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Core.Templates;

var root = FindRoot(Directory.GetCurrentDirectory());
var ids = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--root" && i + 1 < args.Length) root = Path.GetFullPath(args[++i]);
    else ids.Add(args[i]);
}

var formTemplates = Path.Combine(root, "form-templates");
var templates = TemplateLoader.LoadDirectory(Path.Combine(formTemplates, "templates"))
    .GroupBy(t => t.Id).Select(g => g.OrderByDescending(t => t.Version).First())
    .Where(t => ids.Count == 0 ? t.Excel is not null : ids.Contains(t.Id))
    .ToList();
foreach (var missing in ids.Except(templates.Select(t => t.Id)))
{
    Console.Error.WriteLine($"没有报表模板“{missing}” / no template '{missing}'");
    return 1;
}

foreach (var template in templates)
{
    var relative = template.Excel ?? $"layouts/{template.Id}.xlsx";
    var path = Path.Combine(formTemplates, relative);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    LayoutWriter.Write(template, path);
    Console.WriteLine($"{template.Id}: {Path.GetRelativePath(root, path)}");
}
return 0;

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "FormHub.sln"))) return dir.FullName;
    throw new InvalidOperationException("FormHub.sln not found above the current directory; pass --root");
}

/// <summary>Builds one layout workbook for a template.</summary>
internal static class LayoutWriter
{
    public const string RepeatRowName = "FormHub.RepeatRow";
    public const string TotalRowName = "FormHub.TotalRow";

    // Cell format indexes in the stylesheet built by Styles().
    private const uint STitle = 1, SLeft = 2, SRight = 3, SHeader = 4, SBodyText = 5, SBodyValue = 6, STotalLabel = 7, SFooter = 8;

    private const int FirstHeaderRow = 3, SecondHeaderRow = 4, RepeatRow = 5, TotalRow = 6, FooterRow = 7, NoteRow = 8;

    /// <summary>Zip entry times are pinned so rewriting an unchanged layout gives the same bytes.</summary>
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(ReportTemplate template, string path)
    {
        var columns = template.Columns;
        var lastCol = columns.Count + 1; // column A holds the unit name
        var sheetName = SheetName(template.Title);
        var strings = new SharedStrings();
        var merges = new List<string>();
        var rows = new SortedDictionary<int, SortedDictionary<int, Cell>>();

        void Put(int row, int col, string? text, uint style)
        {
            if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = new SortedDictionary<int, Cell>();
            var cell = new Cell { CellReference = Ref(col, row), StyleIndex = style };
            if (text is not null)
            {
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(strings.Index(text).ToString());
            }
            cells[col] = cell;
        }
        void Merge(int row1, int col1, int row2, int col2, uint style)
        {
            if (row1 == row2 && col1 == col2) return;
            // Every cell of a merged range carries the style, so borders are drawn round the whole range.
            for (var r = row1; r <= row2; r++)
                for (var c = col1; c <= col2; c++)
                    if (!(rows.TryGetValue(r, out var cells) && cells.ContainsKey(c))) Put(r, c, null, style);
            merges.Add($"{Ref(col1, row1)}:{Ref(col2, row2)}");
        }

        // Row 1: title.
        Put(1, 1, template.Title, STitle);
        Merge(1, 1, 1, lastCol, STitle);

        // Row 2: reporting unit left, period right.
        var split = Math.Max(1, (lastCol + 1) / 2);
        Put(2, 1, "填报单位：{{unit.name}}", SLeft);
        Merge(2, 1, 2, split, SLeft);
        if (split < lastCol)
        {
            Put(2, split + 1, "{{period.display}}", SRight);
            Merge(2, split + 1, 2, lastCol, SRight);
        }

        // Rows 3–4: header.
        Put(FirstHeaderRow, 1, "单位名称", SHeader);
        Merge(FirstHeaderRow, 1, SecondHeaderRow, 1, SHeader);
        for (var i = 0; i < columns.Count;)
        {
            var col = i + 2;
            var group = columns[i].Group;
            if (string.IsNullOrWhiteSpace(group))
            {
                Put(FirstHeaderRow, col, HeaderText(columns[i]), SHeader);
                Merge(FirstHeaderRow, col, SecondHeaderRow, col, SHeader);
                i++;
                continue;
            }
            // A run of adjacent columns in the same group shares one group cell.
            var end = i;
            while (end + 1 < columns.Count && columns[end + 1].Group == group) end++;
            Put(FirstHeaderRow, col, group, SHeader);
            for (var j = i; j <= end; j++) Put(SecondHeaderRow, j + 2, HeaderText(columns[j]), SHeader);
            Merge(FirstHeaderRow, col, FirstHeaderRow, end + 2, SHeader);
            i = end + 1;
        }

        // Row 5: repeat row; row 6: total row.
        Put(RepeatRow, 1, "{{unit.name}}", SBodyText);
        Put(TotalRow, 1, "合计", STotalLabel);
        for (var i = 0; i < columns.Count; i++)
        {
            Put(RepeatRow, i + 2, $"{{{{row.{columns[i].Id}}}}}", SBodyValue);
            Put(TotalRow, i + 2, $"{{{{total.{columns[i].Id}}}}}", SBodyValue);
        }

        // Row 7: footer.
        Put(FooterRow, 1, "单位负责人：　　　填表人：　　　联系电话：　　　报出日期：{{report.date}}", SFooter);
        Merge(FooterRow, 1, FooterRow, lastCol, SFooter);

        // Row 8: the note FormHub fills while villages are not yet approved (未审核村 N 个，数据仅供参考), else blank.
        Put(NoteRow, 1, "{{report.note}}", SFooter);
        Merge(NoteRow, 1, NoteRow, lastCol, SFooter);

        if (File.Exists(path)) File.Delete(path);
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids (instead of random ones) keep the bytes stable from run to run.
            var workbookPart = doc.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rId2");
            stylesPart.Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rId1");

            var sheetData = new SheetData();
            foreach (var (r, cells) in rows)
            {
                var row = new Row { RowIndex = (uint)r };
                switch (r)
                {
                    case 1: row.Height = 30; row.CustomHeight = true; break;
                    case 2: row.Height = 20; row.CustomHeight = true; break;
                    case FirstHeaderRow: row.Height = 24; row.CustomHeight = true; break;
                    case SecondHeaderRow: row.Height = 36; row.CustomHeight = true; break;
                    case FooterRow: row.Height = 24; row.CustomHeight = true; break;
                }
                foreach (var cell in cells.Values) row.Append(cell);
                sheetData.Append(row);
            }

            var cols = new Columns(new Column { Min = 1, Max = 1, Width = 18, CustomWidth = true });
            for (var i = 0; i < columns.Count; i++)
                cols.Append(new Column { Min = (uint)(i + 2), Max = (uint)(i + 2), Width = ColumnWidth(HeaderText(columns[i])), CustomWidth = true });

            var mergeCells = new MergeCells();
            foreach (var m in merges) mergeCells.Append(new MergeCell { Reference = m });
            mergeCells.Count = (uint)merges.Count;

            // Element order follows CT_Worksheet: sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
            // mergeCells, printOptions, pageMargins, pageSetup.
            sheetPart.Worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new SheetDimension { Reference = $"A1:{Ref(lastCol, NoteRow)}" },
                new SheetViews(new SheetView(
                    new Pane
                    {
                        VerticalSplit = SecondHeaderRow, TopLeftCell = $"A{RepeatRow}",
                        ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                    },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"B{RepeatRow}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"B{RepeatRow}" } })
                { TabSelected = true, WorkbookViewId = 0 }),
                new SheetFormatProperties { DefaultRowHeight = 18, CustomHeight = true },
                cols,
                sheetData,
                mergeCells,
                new PrintOptions { HorizontalCentered = true },
                new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });

            var quoted = "'" + sheetName.Replace("'", "''") + "'";
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView()),
                new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
                new DefinedNames(
                    new DefinedName { Name = RepeatRowName, Text = $"{quoted}!${RepeatRow}:${RepeatRow}" },
                    new DefinedName { Name = TotalRowName, Text = $"{quoted}!${TotalRow}:${TotalRow}" },
                    new DefinedName { Name = "_xlnm.Print_Titles", LocalSheetId = 0, Text = $"{quoted}!${FirstHeaderRow}:${SecondHeaderRow}" }));

            var sstPart = workbookPart.AddNewPart<SharedStringTablePart>("rId3");
            sstPart.SharedStringTable = strings.Table();
        }
        PinZipTimes(path);
    }

    /// <summary>"标题（单位）" when the column has a unit.</summary>
    public static string HeaderText(TemplateColumn c) =>
        string.IsNullOrWhiteSpace(c.Unit) ? c.Title : $"{c.Title}（{c.Unit}）";

    /// <summary>A sheet name Excel accepts: no []:*?/\, at most 31 characters.</summary>
    private static string SheetName(string title)
    {
        var clean = new string(title.Select(ch => "[]:*?/\\".Contains(ch) ? '_' : ch).ToArray()).Trim('\'');
        return clean.Length <= 31 ? clean : clean[..31];
    }

    /// <summary>Roughly half the header's display width (CJK counts double), since headers wrap onto two lines.</summary>
    private static double ColumnWidth(string header)
    {
        var width = header.Sum(ch => ch > 0x2E80 ? 2 : 1);
        return Math.Clamp(Math.Ceiling(width / 2.0) + 4, 12, 20);
    }

    private static string Ref(int col, int row)
    {
        var letters = "";
        for (var c = col; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row;
    }

    private static Stylesheet Styles()
    {
        const string font = "宋体";
        Font F(double size, bool bold)
        {
            var f = new Font();
            if (bold) f.Append(new Bold());
            f.Append(new FontSize { Val = size }, new FontName { Val = font }, new FontCharSet { Val = 134 });
            return f;
        }
        var fonts = new Fonts(F(11, false), F(16, true), F(11, true)) { Count = 3 }; // 0 normal, 1 title, 2 header

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 };

        BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() =>
            new T { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };

        CellFormat Fmt(uint fontId, uint borderId, HorizontalAlignmentValues h, bool wrap) => new(
            new Alignment { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
        {
            NumberFormatId = 0, FontId = fontId, FillId = 0, BorderId = borderId, FormatId = 0,
            ApplyFont = fontId != 0 ? true : null, ApplyBorder = borderId != 0 ? true : null, ApplyAlignment = true,
        };
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }, // 0 default
            Fmt(1, 0, HorizontalAlignmentValues.Center, false),      // 1 title
            Fmt(0, 0, HorizontalAlignmentValues.Left, false),        // 2 row 2 left
            Fmt(0, 0, HorizontalAlignmentValues.Right, false),       // 3 row 2 right
            Fmt(2, 1, HorizontalAlignmentValues.Center, true),       // 4 header
            Fmt(0, 1, HorizontalAlignmentValues.Left, true),         // 5 unit name
            Fmt(0, 1, HorizontalAlignmentValues.Right, true),        // 6 values
            Fmt(2, 1, HorizontalAlignmentValues.Center, true),       // 7 合计
            Fmt(0, 0, HorizontalAlignmentValues.Left, false))        // 8 footer
        { Count = 9 };

        return new Stylesheet(
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "常规", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static void PinZipTimes(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries) entry.LastWriteTime = FixedTime;
    }

    private sealed class SharedStrings
    {
        private readonly List<string> _items = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private int _uses;

        public int Index(string text)
        {
            _uses++;
            if (_index.TryGetValue(text, out var i)) return i;
            _index[text] = _items.Count;
            _items.Add(text);
            return _items.Count - 1;
        }

        public SharedStringTable Table() =>
            new(_items.Select(s => new SharedStringItem(new Text(s) { Space = s != s.Trim() ? SpaceProcessingModeValues.Preserve : null })))
            { Count = (uint)_uses, UniqueCount = (uint)_items.Count };
    }
}
