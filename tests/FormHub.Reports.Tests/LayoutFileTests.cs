using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FormHub.Core.Templates;

namespace FormHub.Reports.Tests;

/// <summary>
/// The official-style Excel layouts shipped in form-templates/layouts/ (written by tools/FormHub.LayoutMaker):
/// every layout a shipped template names exists, is valid OOXML, marks its repeat and total rows with the defined
/// names the export fills, has merged title and header cells, and holds a {{row.id}} placeholder for exactly the
/// columns of its template (docs/templates.md §3.1, `excel`).
/// </summary>
public class LayoutFileTests
{
    private static readonly string FormTemplatesDir = Path.Combine(RepositoryRoot.Path, "form-templates");

    private static readonly Regex Placeholder = new(@"\{\{\s*([a-z]+)\.([A-Za-z0-9_]+)\s*\}\}", RegexOptions.CultureInvariant);

    private static IReadOnlyList<ReportTemplate> TemplatesWithLayouts() =>
        TemplateLoader.LoadDirectory(Path.Combine(FormTemplatesDir, "templates")).Where(t => t.Excel is not null).ToList();

    public static TheoryData<string> LayoutTemplateIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in TemplatesWithLayouts().Select(t => t.Id).Distinct()) data.Add(id);
        return data;
    }

    [Fact]
    public void AtLeastThreeShippedTemplatesComeWithAnOfficialLayout()
    {
        Assert.True(TemplatesWithLayouts().Select(t => t.Id).Distinct().Count() >= 3);
    }

    [Theory]
    [MemberData(nameof(LayoutTemplateIds))]
    public void TheLayoutExistsIsValidAndMatchesItsTemplate(string templateId)
    {
        foreach (var template in TemplatesWithLayouts().Where(t => t.Id == templateId))
        {
            var path = Path.Combine(FormTemplatesDir, template.Excel!);
            Assert.True(File.Exists(path), $"{template.Id} names layout {template.Excel}, which does not exist");

            using var doc = SpreadsheetDocument.Open(path, false);

            var errors = new OpenXmlValidator().Validate(doc).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));

            var workbookPart = doc.WorkbookPart!;
            var names = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>()
                .ToDictionary(n => n.Name!.Value!, n => n.Text) ?? [];
            var repeat = Assert.Contains("FormHub.RepeatRow", (IDictionary<string, string>)names);
            var total = Assert.Contains("FormHub.TotalRow", (IDictionary<string, string>)names);
            var (repeatSheet, repeatRow) = WholeRow(repeat);
            var (totalSheet, totalRow) = WholeRow(total);

            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == repeatSheet);
            Assert.Equal(repeatSheet, totalSheet);
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            var cells = CellTexts(workbookPart, worksheet);

            // Title merged across the table in row 1, a two-row header (row 3 over row 4) merged where grouped.
            var merges = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
            var lastCol = ColumnName(template.Columns.Count + 1);
            Assert.Contains($"A1:{lastCol}1", merges);
            Assert.Equal(template.Title, cells.GetValueOrDefault("A1"));
            Assert.Contains("A3:A4", merges);
            foreach (var group in template.Columns.Where(c => c.Group is not null).Select(c => c.Group!).Distinct())
                Assert.Contains(cells, kv => kv.Value == group && Regex.IsMatch(kv.Key, "^[A-Z]+3$")
                    && merges.Any(m => m.StartsWith(kv.Key + ":", StringComparison.Ordinal) && m.EndsWith("3", StringComparison.Ordinal)));
            Assert.Equal(template.Columns.Count(c => c.Group is null) + 1, merges.Count(m => Regex.IsMatch(m, "^[A-Z]+3:[A-Z]+4$")));

            // The repeat and total rows sit below the header, the total after the repeat row.
            Assert.True(repeatRow > 4 && totalRow > repeatRow, $"repeat row {repeatRow}, total row {totalRow}");

            // Placeholders: {{row.id}} in the repeat row and {{total.id}} in the total row for every column, and no
            // placeholder anywhere naming a column the template does not have.
            var columnIds = template.Columns.Select(c => c.Id).ToHashSet();
            var rowIds = PlaceholderIds(cells, "row", repeatRow);
            var totalIds = PlaceholderIds(cells, "total", totalRow);
            Assert.Equal(columnIds.Order(), rowIds.Order());
            Assert.Equal(columnIds.Order(), totalIds.Order());
            foreach (var (reference, text) in cells)
                foreach (Match m in Placeholder.Matches(text))
                {
                    var (scope, name) = (m.Groups[1].Value, m.Groups[2].Value);
                    if (scope is "row" or "total")
                        Assert.True(columnIds.Contains(name), $"{template.Excel} {reference}: {m.Value} names no column of {template.Id}");
                    else
                        Assert.Contains($"{scope}.{name}", new[] { "unit.name", "period.display", "report.date", "report.note", "report.form_number" });
                }
            Assert.Contains(cells, kv => kv.Value.Contains("{{unit.name}}") && RowOf(kv.Key) == repeatRow);
            Assert.Contains(cells, kv => kv.Value.Contains("{{period.display}}"));
            Assert.Contains(cells, kv => kv.Value.Contains("报出日期") && kv.Value.Contains("{{report.date}}"));
            // Where the draft note goes (未审核村 N 个，数据仅供参考), below the signature line.
            Assert.Contains(cells, kv => kv.Value.Contains("{{report.note}}") && RowOf(kv.Key) > totalRow);
        }
    }

    /// <summary>"'Sheet'!$5:$5" → (Sheet, 5).</summary>
    private static (string Sheet, int Row) WholeRow(string reference)
    {
        var m = Regex.Match(reference, @"^(?:'((?:[^']|'')+)'|([^!']+))!\$(\d+):\$(\d+)$");
        Assert.True(m.Success, $"'{reference}' is not a whole-row reference");
        Assert.Equal(m.Groups[3].Value, m.Groups[4].Value);
        var sheet = m.Groups[1].Success ? m.Groups[1].Value.Replace("''", "'") : m.Groups[2].Value;
        return (sheet, int.Parse(m.Groups[3].Value));
    }

    private static Dictionary<string, string> CellTexts(WorkbookPart workbookPart, Worksheet worksheet)
    {
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var texts = new Dictionary<string, string>();
        foreach (var cell in worksheet.Descendants<Cell>())
        {
            string? text = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text)]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText
                : cell.CellValue?.Text;
            if (text is not null) texts[cell.CellReference!.Value!] = text;
        }
        return texts;
    }

    private static List<string> PlaceholderIds(Dictionary<string, string> cells, string scope, int row) =>
        cells.Where(kv => RowOf(kv.Key) == row)
            .SelectMany(kv => Placeholder.Matches(kv.Value))
            .Where(m => m.Groups[1].Value == scope)
            .Select(m => m.Groups[2].Value)
            .ToList();

    private static int RowOf(string reference) => int.Parse(Regex.Match(reference, @"\d+$").Value);

    private static string ColumnName(int col)
    {
        var letters = "";
        for (var c = col; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }
}
