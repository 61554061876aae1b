using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.E2E.Tests;

/// <summary>
/// 名册导出 in the browser (issue 16 §3): the township reviewer exports the township's persons as CSV and its households
/// as .xlsx from the review board; the files hold every record of the township, with ID and phone numbers masked as the
/// reviewer's rights require.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed partial class RosterExportPageTests(LiveServer server)
{
    private const string Township = "360835100000"; // 清溪镇, the demo reviewer's view scope

    private async Task<int> CountInTownshipAsync(string entityType)
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var villages = new RegionTree(await store.GetRegionsAsync()).Descendants(RegionCode.Parse(Township), OrgLevel.Village);
        var total = 0;
        foreach (var village in villages) total += (await store.ListAsync(new EntityQuery(village.Code.Value, entityType) { Take = 1 })).Total;
        return total;
    }

    [Fact]
    public async Task TheTownshipReviewerExportsThePersonsAsCsvAndTheHouseholdsAsXlsxFromTheBoardMasked()
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(1280, 900, errors);
        await page.SignInAsync("reviewer");
        await page.GotoAsync("/#/review");
        await page.WaitForSelectorAsync("[data-testid=roster-export]");
        Assert.Contains("清溪镇", await page.TextAsync("[data-testid=roster-export] .hint"));

        await page.SelectOptionAsync("[data-testid=roster-export-type]", "person");
        await page.SelectOptionAsync("[data-testid=roster-export-format]", "csv");
        var (csvName, csv) = await page.DownloadAsync("[data-testid=roster-export-download]");

        Assert.EndsWith(".csv", csvName);
        Assert.Contains("清溪镇", csvName);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("公民身份号码", lines[0]);
        Assert.DoesNotContain("出生日期", lines[0]);
        Assert.Equal(await CountInTownshipAsync("person") + 1, lines.Length);
        var body = string.Join("\n", lines.Skip(1));
        Assert.DoesNotMatch(FullIdNumber(), body);
        Assert.Matches(MaskedIdNumber(), body);

        await page.SelectOptionAsync("[data-testid=roster-export-type]", "household");
        await page.SelectOptionAsync("[data-testid=roster-export-format]", "xlsx");
        var (xlsxName, xlsx) = await page.DownloadAsync("[data-testid=roster-export-download]");

        Assert.EndsWith(".xlsx", xlsxName);
        var rows = SheetRows(xlsx);
        Assert.Equal("所属村代码", rows[0][0]);
        Assert.Equal(await CountInTownshipAsync("household") + 1, rows.Count);
        Assert.Empty(errors);
    }

    /// <summary>The first sheet's rows as text (inline or shared strings, numbers as written).</summary>
    private static List<List<string>> SheetRows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = document.WorkbookPart.WorksheetParts.First().Worksheet;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)] : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
    }

    [GeneratedRegex(@"(?<![0-9*])[1-9][0-9]{16}[0-9X](?![0-9])")]
    private static partial Regex FullIdNumber();

    [GeneratedRegex(@"[0-9]{4}\*{10}[0-9]{3}[0-9X]")]
    private static partial Regex MaskedIdNumber();
}
