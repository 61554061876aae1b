using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FormHub.Core.Templates;
using FormHub.Exports.Excel;

namespace FormHub.Exports.Tests;

/// <summary>Uploaded layouts (issue 6, "Bad input"): every problem reported, in Chinese and English, nothing accepted that the filler cannot fill.</summary>
public class LayoutInspectorTests
{
    private static readonly string[] Columns = ["hh", "persons", "funds", "avg"];

    /// <summary>A layout with nothing wrong: the base the bad cases change one thing in.</summary>
    private static TestLayout Good() => new TestLayout()
        .Text("A1", "农村最低生活保障情况月报").Text("A2", "填报单位：{{unit.name}}").Text("C2", "{{period.display}}")
        .Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").Text("C5", "{{row.persons}}").Text("D5", "{{row.funds}}").Text("E5", "{{row.avg}}")
        .Text("A6", "合计").Text("B6", "{{total.hh}}").Text("A7", "报出日期：{{report.date}}")
        .RepeatRow(5).TotalRow(6);

    private static LayoutInspection Inspect(byte[] bytes) => LayoutInspector.Inspect(bytes, Columns);

    private static LayoutProblem Single(LayoutInspection inspection, string code)
    {
        Assert.False(inspection.IsAcceptable);
        var problem = Assert.Single(inspection.Problems, p => p.Code == code);
        Assert.Contains(problem.Zh, inspection.MessageZh);
        Assert.Contains(problem.En, inspection.MessageEn);
        return problem;
    }

    [Fact]
    public void AGoodLayoutIsAcceptedAndTheSameLayoutForOtherColumnsIsNot()
    {
        var inspection = Inspect(Good().Bytes());
        Assert.True(inspection.IsAcceptable, inspection.MessageZh);
        Assert.Empty(inspection.Problems);

        var other = LayoutInspector.Inspect(Good().Bytes(), ["households", "persons"]);
        Assert.Equal(4, other.Problems.Count(p => p.Code == LayoutProblem.UnknownColumn)); // hh twice, funds, avg
    }

    [Theory]
    [MemberData(nameof(LayoutWorkbookFillerTests.ShippedLayouts), MemberType = typeof(LayoutWorkbookFillerTests))]
    public void TheShippedLayoutsAreAcceptedForTheirOwnTemplatesOnly(string templateId)
    {
        var templates = TemplateLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "templates"));
        var template = templates.First(t => t.Id == templateId);
        var bytes = File.ReadAllBytes(RepositoryRoot.Combine("form-templates", template.Excel!));
        var inspection = LayoutInspector.Inspect(bytes, template.Columns.Select(c => c.Id).ToList());
        Assert.True(inspection.IsAcceptable, inspection.MessageZh);

        // The same file offered for a template with other columns names each column it does not have.
        var other = templates.First(t => t.Excel is not null && t.Id != templateId);
        var otherIds = other.Columns.Select(c => c.Id).ToList();
        var missing = template.Columns.Select(c => c.Id).Except(otherIds).ToList();
        var problems = LayoutInspector.Inspect(bytes, otherIds).Problems;
        Assert.NotEmpty(missing);
        Assert.All(missing, id => Assert.Contains(problems, p => p.Code == LayoutProblem.UnknownColumn && p.Zh.Contains($"{{{{row.{id}}}}}")));
    }

    [Fact]
    public void AnEmptyFileIsNotAnXlsx() =>
        Assert.Contains("文件是空的", Single(Inspect([]), LayoutProblem.NotXlsx).Zh);

    [Fact]
    public void ATextFileIsNotAnXlsx()
    {
        var problem = Single(Inspect(Encoding.UTF8.GetBytes("单位,户数\n东门村,10\n")), LayoutProblem.NotXlsx);
        Assert.Contains("不是 xlsx", problem.Zh);
        Assert.Contains("not an xlsx", problem.En);
    }

    [Fact]
    public void ADamagedZipIsNotAnXlsx()
    {
        var bytes = Good().Bytes();
        Assert.Contains("已损坏", Single(Inspect(bytes[..(bytes.Length / 2)]), LayoutProblem.NotXlsx).Zh);
    }

    [Fact]
    public void AZipThatIsNotASpreadsheetIsRefused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open())) writer.Write("not a workbook");
        Assert.Contains("不是 Excel 工作簿", Single(Inspect(stream.ToArray()), LayoutProblem.NotWorkbook).Zh);
    }

    [Fact]
    public void AWorkbookWithABrokenSheetIsRefusedAndTheFillerSaysSo()
    {
        using var stream = new MemoryStream();
        stream.Write(Good().Bytes());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row");
        }
        var bytes = stream.ToArray();
        Assert.Contains("已损坏", Single(Inspect(bytes), LayoutProblem.NotWorkbook).Zh);
        var e = Assert.Throws<InvalidDataException>(() => LayoutWorkbookFiller.Fill(bytes, SampleTables.ThreeVillagesTwoTownships(), new MemoryStream()));
        Assert.Contains("XML", e.Message);
    }

    [Fact]
    public void AWordDocumentIsRefusedAsOne()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("{{unit.name}}")))));
        Assert.Contains("Word 文档", Single(Inspect(stream.ToArray()), LayoutProblem.NotWorkbook).Zh);
    }

    [Fact]
    public void AnOldXlsIsRefusedWithHowToSaveAsXlsx()
    {
        var problem = Single(Inspect(OleFile("Workbook")), LayoutProblem.LegacyXls);
        Assert.Contains(".xls", problem.Zh);
        Assert.Contains("另存为", problem.Zh);
    }

    [Fact]
    public void AnEncryptedWorkbookIsRefusedAsPasswordProtected()
    {
        var problem = Single(Inspect(OleFile("EncryptionInfo")), LayoutProblem.Encrypted);
        Assert.Contains("密码", problem.Zh);
        Assert.Contains("password", problem.En);
    }

    [Fact]
    public void SheetProtectionWithAPasswordIsRefused() =>
        Assert.Contains("工作表“报表”设置了保护密码", Single(Inspect(new TestLayout { PasswordOnSheet = true }.Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").RepeatRow(5).Bytes()), LayoutProblem.PasswordProtected).Zh);

    [Fact]
    public void WorkbookProtectionWithAPasswordIsRefused() =>
        Assert.Contains("工作簿结构设置了保护密码", Single(Inspect(new TestLayout { PasswordOnWorkbook = true }.Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").RepeatRow(5).Bytes()), LayoutProblem.PasswordProtected).Zh);

    [Fact]
    public void SheetProtectionWithoutAPasswordIsAcceptedWithOneItIsNot()
    {
        var open = Inspect(new TestLayout { ProtectSheetWithoutPassword = true }.Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").RepeatRow(5).Bytes());
        Assert.True(open.IsAcceptable, open.MessageZh);
        var locked = Inspect(new TestLayout { PasswordOnSheet = true }.Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").RepeatRow(5).Bytes());
        Assert.Equal(LayoutProblem.PasswordProtected, Assert.Single(locked.Problems).Code);
    }

    [Fact]
    public void AMacroEnabledWorkbookIsRefused()
    {
        var layout = new TestLayout { Type = SpreadsheetDocumentType.MacroEnabledWorkbook }.Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").RepeatRow(5).Bytes();
        Assert.Contains(".xlsm", Single(Inspect(layout), LayoutProblem.NotPlainWorkbook).Zh);
    }

    [Fact]
    public void ALayoutWithoutPlaceholdersIsRefused()
    {
        var inspection = Inspect(new TestLayout().Text("A1", "农村低保月报").Text("A5", "东门村").Bytes());
        Assert.Contains("没有任何 {{…}} 占位符", Single(inspection, LayoutProblem.NoPlaceholders).Zh);
        Single(inspection, LayoutProblem.NoRepeatRow); // both are listed, not just the first
    }

    [Fact]
    public void ALayoutWithoutTheRepeatRowNameIsRefusedWithHowToDefineIt()
    {
        var layout = new TestLayout().Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").Bytes();
        var problem = Single(Inspect(layout), LayoutProblem.NoRepeatRow);
        Assert.Contains("FormHub.RepeatRow", problem.Zh);
        Assert.Contains("名称管理器", problem.Zh);
    }

    [Fact]
    public void ARepeatRowNameThatIsNotOneWholeRowIsRefused()
    {
        var layout = new TestLayout().Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").Name("FormHub.RepeatRow", "'报表'!$A$5:$E$6").Bytes();
        Assert.Contains("一整行", Single(Inspect(layout), LayoutProblem.BadRepeatRow).Zh);
    }

    [Fact]
    public void ATotalRowAboveTheRepeatRowIsRefused()
    {
        var layout = new TestLayout().Text("A5", "{{unit.name}}").Text("B5", "{{row.hh}}").Text("B4", "{{total.hh}}").RepeatRow(5).TotalRow(4).Bytes();
        Assert.Contains("下方", Single(Inspect(layout), LayoutProblem.BadTotalRow).Zh);
    }

    [Fact]
    public void ARowPlaceholderOutsideTheRepeatRowIsNamedByCell()
    {
        var layout = Good().Text("C6", "{{row.persons}}").Bytes();
        var problem = Single(Inspect(layout), LayoutProblem.RowPlaceholderOutsideRepeatRow);
        Assert.Contains("工作表“报表”单元格 C6", problem.Zh);
        Assert.Contains("第 5 行", problem.Zh);
        Assert.Contains("cell C6", problem.En);
    }

    [Fact]
    public void AnUnknownColumnIsNamedWithASuggestion()
    {
        var layout = Good().Text("C5", "{{row.persns}}").Text("C6", "{{total.hhh}}").Bytes();
        var inspection = Inspect(layout);
        var problems = inspection.Problems.Where(p => p.Code == LayoutProblem.UnknownColumn).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Zh.Contains("“persns”不是本模板的列（是否应为“persons”？）") && p.En.Contains("did you mean 'persons'"));
        Assert.Contains(problems, p => p.Zh.Contains("“hhh”") && p.Zh.Contains("是否应为“hh”"));
        Assert.All(problems, p => Assert.Contains("可用的列：hh, persons, funds, avg", p.Zh));
    }

    [Fact]
    public void AnUnknownPlaceholderIsNamedWithASuggestion()
    {
        var problem = Single(Inspect(Good().Text("A2", "填报单位：{{unit.nmae}}").Bytes()), LayoutProblem.UnknownPlaceholder);
        Assert.Contains("{{unit.nmae}}", problem.Zh);
        Assert.Contains("是否应为“unit.name”", problem.Zh);
    }

    [Fact]
    public void ARepeatRowWithoutFiguresIsRefused()
    {
        var layout = new TestLayout().Text("A5", "{{unit.name}}").Text("A7", "{{report.date}}").RepeatRow(5).Bytes();
        Assert.Contains("没有 {{row.列id}} 占位符", Single(Inspect(layout), LayoutProblem.NoRowPlaceholders).Zh);
    }

    [Fact]
    public void AMergeJoiningTheRepeatRowToAnotherRowIsRefused()
    {
        var layout = Good().Merge("A4:A5").Bytes();
        Assert.Contains("A4:A5", Single(Inspect(layout), LayoutProblem.MergeAcrossRepeatRow).Zh);
    }

    [Fact]
    public void EveryProblemIsListedInOneMessage()
    {
        var layout = new TestLayout { PasswordOnSheet = true }
            .Text("A2", "{{unit.nmae}}").Text("B3", "{{row.hh}}").Text("B5", "{{row.persns}}").RepeatRow(5).Bytes();
        var inspection = Inspect(layout);
        Assert.Equal(
            new[] { LayoutProblem.PasswordProtected, LayoutProblem.UnknownPlaceholder, LayoutProblem.RowPlaceholderOutsideRepeatRow, LayoutProblem.UnknownColumn },
            inspection.Problems.Select(p => p.Code));
        Assert.StartsWith("版式有 4 处问题，未保存：\n1. ", inspection.MessageZh);
        Assert.StartsWith("the layout has 4 problem(s)", inspection.MessageEn);
    }

    /// <summary>An OLE compound file header followed by a directory entry name (UTF-16), as .xls and encrypted xlsx files hold.</summary>
    private static byte[] OleFile(string streamName)
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes(streamName).CopyTo(bytes, 1024);
        return bytes;
    }
}
