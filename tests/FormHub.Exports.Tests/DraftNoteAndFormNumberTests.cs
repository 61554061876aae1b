using FormHub.Core.Templates;
using FormHub.Exports.Excel;
using FormHub.Exports.Html;

namespace FormHub.Exports.Tests;

/// <summary>
/// Issue 14: a table including villages not yet approved says so in every rendering (未审核村 N 个，数据仅供参考), the
/// official layout where it has a {{report.note}} cell; the header prints the department's 表号; the two workbooks and
/// the PDF of one report have file names that tell them apart.
/// </summary>
public class DraftNoteAndFormNumberTests
{
    private const string Note = "未审核村 2 个，数据仅供参考";
    private static readonly string LayoutsDir = RepositoryRoot.Combine("form-templates", "layouts");

    private static ReportTable Draft() => SampleTables.ThreeVillagesTwoTownships() with { DraftNote = Note, FormNumber = "民统1表" };

    [Fact]
    public void TheGeneratedWorkbookCarriesTheDraftNote()
    {
        using var book = ReadBack.Of(s => GeneratedWorkbookWriter.Write(Draft(), s));
        Assert.Contains(book.Cells().Values, c => c.Text is { } t && t.Contains(Note));
        using var final = ReadBack.Of(s => GeneratedWorkbookWriter.Write(SampleTables.ThreeVillagesTwoTownships(), s));
        Assert.DoesNotContain(final.Cells().Values, c => c.Text is { } t && t.Contains("仅供参考"));
    }

    [Fact]
    public void TheOfficialLayoutFillsItsNotePlaceholderAndLeavesItBlankWhenAllAreApproved()
    {
        var template = TemplateLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "templates")).Single(t => t.Id == "mz-dibao-monthly");
        var layout = File.ReadAllBytes(Path.Combine(LayoutsDir, "mz-dibao-monthly.xlsx"));
        var columns = template.Columns.Select(c => new ReportColumn(c.Id, c.Title, c.Unit, c.Digits, c.Group)).ToList();
        var table = SampleTables.ForColumns(template.Title, columns, 3);
        using (var draft = ReadBack.Of(s => LayoutWorkbookFiller.Fill(layout, table with { DraftNote = Note }, s)))
        {
            Assert.Contains(draft.Cells().Values, c => c.Text == Note);
            Assert.DoesNotContain(draft.Cells().Values, c => c.Text is { } t && t.Contains("{{"));
        }
        using var final = ReadBack.Of(s => LayoutWorkbookFiller.Fill(layout, table, s));
        Assert.DoesNotContain(final.Cells().Values, c => c.Text is { } t && (t.Contains("仅供参考") || t.Contains("{{")));
    }

    [Fact]
    public void ThePrintedPageShowsTheDraftNoteAndTheFormNumberInsteadOfTheTemplateId()
    {
        var html = ReportHtmlWriter.Write(Draft());
        Assert.Contains(Note, html);
        Assert.Contains("表号：民统1表", html);
        Assert.DoesNotContain("（第1版）", html);
        var withoutNumber = ReportHtmlWriter.Write(SampleTables.ThreeVillagesTwoTownships());
        Assert.Contains($"表号：{SampleTables.ThreeVillagesTwoTownships().TemplateId}（第", withoutNumber);
        Assert.DoesNotContain("仅供参考", withoutNumber);
    }

    [Fact]
    public void TheTwoWorkbooksAndThePdfOfOneReportHaveDistinctMeaningfulFileNames()
    {
        var table = SampleTables.ThreeVillagesTwoTownships();
        string[] names =
        [
            ExportFile.FileName(table, "xlsx", ExportFile.OfficialLayoutVariant),
            ExportFile.FileName(table, "xlsx", ExportFile.GeneratedVariant),
            ExportFile.FileName(table, "pdf"),
        ];
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.StartsWith($"{table.Title}_{table.UnitName}_{table.PeriodDisplay}", n));
        Assert.EndsWith("_官方版式.xlsx", names[0]);
        Assert.EndsWith("_生成表格.xlsx", names[1]);
    }
}
