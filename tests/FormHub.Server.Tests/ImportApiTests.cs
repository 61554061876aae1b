using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FormHub.Cli;
using FormHub.Cli.Tests;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;

namespace FormHub.Server.Tests;

/// <summary>
/// 名册导入 in the browser's API: a cadre uploads their village's roster, sees each problem at its row and column, downloads
/// the problem workbook, imports the valid rows in the background, and nothing crosses the village's boundary.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class ImportApiTests(SqliteServer server)
{
    private const string Village = DemoCounty.Xikeng;
    private static readonly string Cadre = Accounts.CadreOf(Village);

    /// <summary>A title line, then the header on row 2; row 4's ID number has a wrong check digit.</summary>
    private static byte[] RosterCsv(string household, int first) => Encoding.UTF8.GetBytes(string.Join("\r\n",
        "西坑村人口名册（导入测试）,,,",
        "户号,姓名,公民身份号码,与户主关系",
        $"{household},导入户主{first},{IdNumbers.Valid(new DateOnly(1931, 3, 3), first)},户主",
        $"{household},导入配偶{first},{IdNumbers.WrongCheckDigit(new DateOnly(1932, 4, 4), first)},配偶",
        $"{household},导入子女{first},{IdNumbers.Valid(new DateOnly(1960, 5, 5), first)},子女") + "\r\n");

    private static async Task<JsonElement> UploadAsync(HttpClient client, string unit, byte[] file, string fileName = "西坑名册.csv")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.PostAsync($"/api/units/{unit}/imports?fileName={Uri.EscapeDataString(fileName)}&entityType=person", content);
        return await response.OkJsonAsync();
    }

    private static object Run(JsonElement upload, string mode, string? village = null, string? saveAs = null, Dictionary<string, string?>? columns = null) => new
    {
        mode,
        saveProfile = saveAs is not null,
        mapping = new
        {
            name = saveAs ?? "西坑名册",
            entityType = "person",
            columns = columns ?? upload.GetProperty("columns").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()),
            village,
        },
    };

    /// <summary>Starts a run and polls its status until it is no longer running.</summary>
    private static async Task<JsonElement> RunToEndAsync(HttpClient client, JsonElement upload, string mode, object? run = null)
    {
        var id = upload.GetProperty("id").GetGuid();
        using (var started = await client.PostJsonAsync($"/api/imports/{id}/runs", run ?? Run(upload, mode)))
            Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        for (var i = 0; i < 600; i++)
        {
            var status = await (await client.GetAsync($"/api/imports/{id}")).OkJsonAsync();
            if (status.GetProperty("state").GetString() != "running") return status;
            await Task.Delay(100);
        }

        throw new TimeoutException("the import did not finish in a minute");
    }

    [Fact]
    public async Task ACadreSeesTheBadRowAtItsRowAndColumnThenImportsTheValidRowsOnce()
    {
        var cadre = await server.SignedInAsync(Cadre);
        var upload = await UploadAsync(cadre, Village, RosterCsv("XK01", 901));
        Assert.Equal(2, upload.GetProperty("headerRow").GetInt32());
        Assert.Equal("id_number", upload.GetProperty("columns").GetProperty("公民身份号码").GetString());
        Assert.Equal("@household_number", upload.GetProperty("columns").GetProperty("户号").GetString());
        var before = await server.SnapshotAsync(Village);
        async Task<int> ImportLinesAsync() => (await server.Store.ListAuditAsync(Village, take: 1000)).Count(a => a.Action == "import");
        var linesBefore = await ImportLinesAsync();

        // The dry run lists the problem where Excel shows it, and writes nothing.
        var dry = await RunToEndAsync(cadre, upload, "dryRun");
        Assert.Equal("done", dry.GetProperty("state").GetString());
        var problems = dry.GetProperty("result").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToList();
        var problem = Assert.Single(problems);
        Assert.StartsWith("行 4，列 C（公民身份号码）：", problem);
        Assert.False(dry.GetProperty("result").GetProperty("written").GetBoolean());
        Assert.Equal(before, await server.SnapshotAsync(Village));

        // The problem workbook: the original rows, the problem in a column added after the last.
        using var workbook = await cadre.GetAsync($"/api/imports/{upload.GetProperty("id").GetGuid()}/problems");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        var cells = WorkbookCells.Read(await workbook.Content.ReadAsByteArrayAsync());
        Assert.Equal("问题", cells["E2"]);
        Assert.Equal(problem, cells["E4"]);
        Assert.Equal("导入配偶901", cells["B4"]);
        Assert.False(cells.ContainsKey("E3"));

        // All or nothing refuses the file; valid rows only writes rows 3 and 5.
        var refused = await RunToEndAsync(cadre, upload, "allOrNothing");
        Assert.False(refused.GetProperty("result").GetProperty("written").GetBoolean());
        Assert.Equal(before, await server.SnapshotAsync(Village));
        Assert.Equal(linesBefore, await ImportLinesAsync());
        var written = await RunToEndAsync(cadre, upload, "validRowsOnly");
        Assert.True(written.GetProperty("result").GetProperty("written").GetBoolean(), written.GetRawText());
        var persons = (await server.Store.ListAsync(new EntityQuery(Village, "person") { Search = "导入", Take = 10 })).Items;
        Assert.Equal(["导入子女901", "导入户主901"], persons.Select(p => (string)p["name"]!).Order(StringComparer.Ordinal));
        var audit = await server.Store.ListAuditAsync(Village);
        Assert.Contains(audit, a => a.Action == "import" && a.User == Cadre && a.Detail!.Contains("西坑名册.csv", StringComparison.Ordinal));
        Assert.Equal(linesBefore + 1, await ImportLinesAsync());

        // The same file again changes nothing.
        var afterImport = await server.SnapshotAsync(Village);
        var again = await RunToEndAsync(cadre, await UploadAsync(cadre, Village, RosterCsv("XK01", 901)), "validRowsOnly");
        Assert.Equal(0, again.GetProperty("result").GetProperty("created").GetInt32());
        Assert.Equal(afterImport, await server.SnapshotAsync(Village));
        Assert.Equal(linesBefore + 1, await ImportLinesAsync());
    }

    [Fact]
    public async Task AProfileSavedInTheBrowserIsTheOneTheCommandLineUsesAndTheOtherWayRound()
    {
        // “身份标识” is no label or alias: only the saved profile maps it to the ID number.
        var bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(RosterCsv("XK05", 905)).Replace("公民身份号码", "身份标识", StringComparison.Ordinal));
        var cadre = await server.SignedInAsync(Cadre);
        var upload = await UploadAsync(cadre, Village, bytes);
        Assert.Equal("", upload.GetProperty("columns").GetProperty("身份标识").GetString());
        var columns = upload.GetProperty("columns").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        columns["身份标识"] = "id_number";
        var dry = await RunToEndAsync(cadre, upload, "dryRun", Run(upload, "dryRun", saveAs: "西坑浏览器方案", columns: columns));
        Assert.StartsWith("行 4，列 C（身份标识）：", dry.GetProperty("result").GetProperty("problems")[0].GetProperty("text").GetString());
        // Saving the profile is an audit line of its own, filed under the cadre's village, with the whole mapping.
        var profileLine = Assert.Single(await server.Store.ListAuditAsync(Village, take: 1000), a => a.Action == "import-profile" && a.Detail!.Contains("西坑浏览器方案"));
        Assert.Equal(Cadre, profileLine.User);
        Assert.StartsWith("新建导入方案“西坑浏览器方案”（人员）", profileLine.Detail);
        Assert.Contains("\"身份标识\":\"id_number\"", profileLine.Detail);

        var file = Path.Combine(Path.GetTempPath(), $"formhub-import-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var (code, output) = await CliAsync("import", file, "--profile", "西坑浏览器方案", "--village", Village, "--dry-run");
            Assert.Equal(ExitCodes.InputError, code);
            Assert.Contains("行 4，列 C（身份标识）：", output);

            // A profile the command line proposed and saved is offered in the browser.
            await CliAsync("import", file, "--profile", "西坑命令行方案", "--village", Village, "--dry-run");
            var profiles = await (await cadre.GetAsync("/api/imports/profiles")).OkJsonAsync();
            var names = profiles.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Contains("西坑浏览器方案", names);
            Assert.Contains("西坑命令行方案", names);
            var saved = profiles.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "西坑浏览器方案");
            Assert.Equal("id_number", saved.GetProperty("columns").GetProperty("身份标识").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ACadreCannotReplaceAProfileSomeoneElseSavedAndNothingIsImported()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var adminUpload = await UploadAsync(admin, Village, RosterCsv("XK07", 907));
        await RunToEndAsync(admin, adminUpload, "dryRun", Run(adminUpload, "dryRun", Village, saveAs: "县级名册方案"));

        var cadre = await server.SignedInAsync(Cadre);
        var upload = await UploadAsync(cadre, Village, RosterCsv("XK08", 908));
        var columns = upload.GetProperty("columns").EnumerateObject().ToDictionary(p => p.Name, p => (string?)"");
        using var refused = await cadre.PostJsonAsync($"/api/imports/{upload.GetProperty("id").GetGuid()}/runs",
            Run(upload, "allOrNothing", saveAs: "县级名册方案", columns: columns));
        var problem = await refused.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("只有本人或管理员可以修改", problem.Detail());

        var saved = (await (await admin.GetAsync("/api/imports/profiles")).OkJsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "县级名册方案");
        Assert.Equal("id_number", saved.GetProperty("columns").GetProperty("公民身份号码").GetString());
    }

    private async Task<(int Code, string Output)> CliAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await FormHub.Cli.FormHubCli.RunAsync([.. args, "--data", server.Settings.DataDirectory, "--templates", RepositoryRoot.Templates], stdout, stderr, _ => null);
        return (code, stdout.ToString() + stderr);
    }

    [Fact]
    public async Task ACadreCannotImportRowsIntoAnotherVillage()
    {
        var cadre = await server.SignedInAsync(Cadre);
        var before = await server.SnapshotAsync(DemoCounty.Shimen);

        // Uploading for another village is refused outright …
        using (var content = new ByteArrayContent(RosterCsv("XK02", 902)))
        using (var response = await cadre.PostAsync($"/api/units/{DemoCounty.Shimen}/imports?entityType=person", content))
            await response.ProblemAsync(HttpStatusCode.Forbidden);

        // … so is pointing the own upload's rows at another village …
        var upload = await UploadAsync(cadre, Village, RosterCsv("XK02", 902));
        using (var response = await cadre.PostJsonAsync($"/api/imports/{upload.GetProperty("id").GetGuid()}/runs", Run(upload, "validRowsOnly", DemoCounty.Shimen)))
            await response.ProblemAsync(HttpStatusCode.Forbidden);

        // … and a village column naming another village makes each such row a problem, written nowhere.
        var file = Encoding.UTF8.GetBytes($"所属村,户号,姓名,公民身份号码,与户主关系\r\n石门村委会,XK03,越界户主,{IdNumbers.Valid(new DateOnly(1933, 6, 6), 903)},户主\r\n");
        var withVillage = await UploadAsync(cadre, Village, file);
        var result = await RunToEndAsync(cadre, withVillage, "validRowsOnly");
        Assert.Contains("行 2，列 A（所属村）", result.GetProperty("result").GetProperty("problems")[0].GetProperty("text").GetString());
        Assert.False(result.GetProperty("result").GetProperty("written").GetBoolean());
        Assert.Equal(before, await server.SnapshotAsync(DemoCounty.Shimen));
    }

    [Fact]
    public async Task SomeoneElsesUploadIsAsGoodAsMissing()
    {
        var upload = await UploadAsync(await server.SignedInAsync(Cadre), Village, RosterCsv("XK04", 904));
        var id = upload.GetProperty("id").GetGuid();
        var admin = await server.SignedInAsync(Accounts.Admin);
        await (await admin.GetAsync($"/api/imports/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/imports/{id}/problems")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostJsonAsync($"/api/imports/{id}/runs", Run(upload, "validRowsOnly"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AFileLargerThanTheGeneralRequestLimitIsAccepted()
    {
        // 1 MiB is every other request's limit; a county's roster is larger.
        var rows = new StringBuilder("户号,姓名,公民身份号码,与户主关系,备注\r\n");
        var padding = new string('备', 200);
        for (var i = 0; rows.Length < 1_200_000; i++) rows.Append($"P{i},填充{i},,户主,{padding}\r\n");
        var upload = await UploadAsync(await server.SignedInAsync(Cadre), Village, Encoding.UTF8.GetBytes(rows.ToString()));
        Assert.Equal(1, upload.GetProperty("headerRow").GetInt32());
    }

    [Fact]
    public async Task AnUnreadableFileIsABadRequestInChinese()
    {
        var cadre = await server.SignedInAsync(Cadre);
        using var content = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]);
        using var response = await cadre.PostAsync($"/api/units/{Village}/imports?fileName=a.xlsx", content);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("a.xlsx", problem.Detail());
    }
}
