using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FormHub.Cli.Tests;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;

namespace FormHub.Server.Tests;

/// <summary>名册导出: the area's current roster as xlsx or CSV, masked for the viewer as the roster page masks it, audited.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed partial class RosterExportTests(SqliteServer server)
{
    private async Task<int> PersonsInAsync(params string[] villages)
    {
        var total = 0;
        foreach (var village in villages) total += (await server.Store.ListAsync(new EntityQuery(village, "person") { Take = 1 })).Total;
        return total;
    }

    [Fact]
    public async Task AReviewerExportsTheTownshipsPersonsWithIdAndPhoneNumbersMaskedAndTheExportIsAudited()
    {
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        using var response = await reviewer.GetAsync($"/api/units/{DemoCounty.Qingxi}/roster/person?period={server.CurrentPeriod}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var cells = WorkbookCells.Read(await response.Content.ReadAsByteArrayAsync());

        var headers = cells.Where(c => Regex.IsMatch(c.Key, "^[A-Z]+1$")).Select(c => c.Value).ToList();
        Assert.Contains("公民身份号码", headers);
        Assert.Contains("性别", headers);
        Assert.DoesNotContain("出生日期", headers);
        var rows = cells.Keys.Select(k => int.Parse(Regex.Match(k, "[0-9]+$").Value)).Max() - 1;
        var villages = new[] { DemoCounty.Chengguan, DemoCounty.Shimen, DemoCounty.Shangtang, DemoCounty.Guihua, DemoCounty.Xiafang, DemoCounty.Hetang };
        Assert.Equal(await PersonsInAsync(villages), rows);
        var text = string.Join("\n", cells.Values);
        Assert.False(FullIdNumber().IsMatch(text), "an unmasked ID number in the reviewer's export");
        Assert.False(FullPhone().IsMatch(text), "an unmasked phone number in the reviewer's export");
        Assert.Matches(MaskedIdNumber(), text);

        var audit = await server.Store.ListAuditAsync(DemoCounty.Qingxi);
        Assert.Contains(audit, a => a.Action == "export-roster" && a.User == Accounts.Reviewer && a.Detail!.Contains("已遮蔽", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheVillagesCadreGetsTheOwnRosterInFullAsCsvWithABom()
    {
        var cadre = await server.SignedInAsync(Accounts.Cadre);
        using var response = await cadre.GetAsync($"/api/units/{DemoCounty.Shimen}/roster/person?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("所属村代码,所属村,", lines[0]);
        Assert.Contains("出生日期", lines[0]);
        Assert.Equal(await PersonsInAsync(DemoCounty.Shimen) + 1, lines.Length);
        Assert.Matches(FullIdNumber(), lines[1]);
    }

    [Fact]
    public async Task AnAdminsCountyExportIsMaskedAndAnUnknownFormatIsRefused()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var csv = await admin.GetAsync($"/api/units/{DemoCounty.County}/roster/household?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.False(FullIdNumber().IsMatch(text));
        Assert.False(FullPhone().IsMatch(text));
        await (await admin.GetAsync($"/api/units/{DemoCounty.County}/roster/household?format=pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync($"/api/units/{DemoCounty.County}/roster/parcel")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [GeneratedRegex(@"(?<![0-9*])[0-9]{17}[0-9Xx](?![0-9])")]
    private static partial Regex FullIdNumber();

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex FullPhone();

    [GeneratedRegex(@"[0-9]{4}\*{10}[0-9X]{4}")]
    private static partial Regex MaskedIdNumber();
}
