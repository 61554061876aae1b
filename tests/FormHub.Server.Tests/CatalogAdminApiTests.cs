using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormHub.Core.Catalog;
using FormHub.Reports;
using FormHub.Reports.CatalogChanges;
using FormHub.Server.Hosting;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>A server of its own: these tests change its catalog.</summary>
public sealed class CatalogAdminServer : ServerFixture;

/// <summary>
/// 数据目录管理 over HTTP (issue 15, §2): the admin reads the catalog with the reports reading each field, adds and changes
/// fields as new versions with who and when, and a change that would break a report or stored values is refused with
/// the list of what it breaks — nothing saved. (Other roles' 403s: AuthorizationMatrixTests.OnlyAnAdminReachesAccountManagement.)
/// </summary>
public sealed class CatalogAdminApiTests(CatalogAdminServer server) : IClassFixture<CatalogAdminServer>
{
    private async Task<JsonElement> CatalogAsync() => await (await (await server.SignedInAsync(Accounts.Admin)).GetAsync("/api/admin/catalog")).OkJsonAsync();

    private static JsonObject FieldOf(JsonElement catalog, string key) =>
        JsonNode.Parse(catalog.GetProperty("fields").EnumerateArray()
            .Single(f => $"{f.GetProperty("field").GetProperty("entityType").GetString()}.{f.GetProperty("field").GetProperty("name").GetString()}" == key)
            .GetProperty("field").GetRawText())!.AsObject();

    private async Task<HttpResponseMessage> ChangeAsync(JsonObject field, long version)
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        return await admin.PutJsonAsync($"/api/admin/catalog/fields/{field["entityType"]}/{field["name"]}", new { version, field });
    }

    private static JsonObject NewField(string name) => new()
    {
        ["entityType"] = "person", ["name"] = name, ["type"] = "enum", ["labelZh"] = "兴趣特长", ["labelEn"] = "Hobby",
        ["ownerDepartment"] = "文旅", ["sensitivity"] = "internal", ["kind"] = "attribute", ["options"] = new JsonArray("书法", "象棋"),
    };

    [Fact]
    public async Task AnAdminSeesEveryFieldWithItsPropertiesAndTheReportsThatReadIt()
    {
        var catalog = await CatalogAsync();
        Assert.True(catalog.GetProperty("version").GetInt64() >= 1);
        Assert.Equal(["household", "person", "village"], catalog.GetProperty("entityTypes").EnumerateArray().Select(t => t.GetProperty("key").GetString()).Order());
        var dibao = catalog.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetProperty("name").GetString() == "dibao_status");
        Assert.Equal("民政", dibao.GetProperty("field").GetProperty("ownerDepartment").GetString());
        Assert.Contains(dibao.GetProperty("readBy").EnumerateArray(), r => r.GetProperty("title").GetString() == "农村最低生活保障情况月报");
        var amount = FieldOf(catalog, "household.dibao_amount");
        Assert.Equal("periodic", (string?)amount["kind"]);
        Assert.Equal(100000m, (decimal)amount["validation"]!["max"]!);
    }

    [Fact]
    public async Task AnAddedFieldIsInTheCadresCatalogAtOnceAndInTheHistoryWithWhoAndWhen()
    {
        var version = (await CatalogAsync()).GetProperty("version").GetInt64();
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var added = await admin.PostJsonAsync("/api/admin/catalog/fields", new { version, field = NewField("hobby_added") });
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        Assert.Equal(version + 1, (await added.JsonAsync()).GetProperty("version").GetInt64());

        var cadre = await server.SignedInAsync(Accounts.Cadre);
        var cadreCatalog = await (await cadre.GetAsync("/api/catalog")).OkJsonAsync();
        var field = cadreCatalog.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "person.hobby_added");
        Assert.Equal("兴趣特长", field.GetProperty("labelZh").GetString());

        var history = await (await admin.GetAsync("/api/admin/catalog/history")).OkJsonAsync();
        var line = history.EnumerateArray().First();
        Assert.Equal((version + 1, "admin"), (line.GetProperty("version").GetInt64(), line.GetProperty("changedBy").GetString()));
        Assert.Contains("新增字段 person.hobby_added「兴趣特长」", line.GetProperty("summary").GetString());
        Assert.Equal("formhub", history.EnumerateArray().Last().GetProperty("changedBy").GetString());

        // A cadre can store a value of the new field in the same minute; the record dialog shows it.
        var person = await server.SomePersonOfAsync(DemoCounty.Shimen);
        var doc = await server.Store.GetAsync(person);
        using var saved = await cadre.PostJsonAsync($"/api/villages/{DemoCounty.Shimen}/changes", new
        {
            period = server.CurrentPeriod,
            operations = new[] { new { op = "change", id = person, version = doc!.Version, fields = new Dictionary<string, object> { ["hobby_added"] = "书法" } } },
        });
        await saved.OkJsonAsync();
        Assert.Equal("书法", (await server.Store.GetAsync(person))!["hobby_added"]);
    }

    [Fact]
    public async Task RemovingAFieldReportsReadIsRefusedNamingTheReportsAndTheStoredValues()
    {
        var version = (await CatalogAsync()).GetProperty("version").GetInt64();
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var response = await admin.DeleteAsync($"/api/admin/catalog/fields/household/dibao_status?version={version}");
        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        var breaks = problem.GetProperty("breaks").EnumerateArray().ToList();
        Assert.Contains(breaks, b => b.GetProperty("templateId").GetString() == "mz-dibao-monthly"
                                     && b.GetProperty("message").GetString()!.Contains("报表「农村最低生活保障情况月报」"));
        Assert.Contains(breaks, b => b.GetProperty("valueCount").GetInt64() > 0 && b.GetProperty("message").GetString()!.Contains("个值"));
        Assert.Contains("未保存", problem.Detail());
        Assert.Equal(version, (await CatalogAsync()).GetProperty("version").GetInt64());
        Assert.NotNull(server.Store.Catalog.FindField("household.dibao_status"));
    }

    [Fact]
    public async Task ATypeChangeOrNarrowerValidationThatStoredValuesFailIsRefusedWithTheirCount()
    {
        var catalog = await CatalogAsync();
        var version = catalog.GetProperty("version").GetInt64();
        var stored = await server.Store.CountStoredValuesAsync("household", "dibao_persons");
        var held = stored.Where(v => v.Json != "null").ToList();
        Assert.NotEmpty(held);

        var asDate = FieldOf(catalog, "household.dibao_persons");
        asDate["type"] = "date";
        asDate.Remove("unit");
        asDate["validation"] = new JsonObject { ["required"] = false };
        var typeProblem = await (await ChangeAsync(asDate, version)).ProblemAsync(HttpStatusCode.Conflict);
        var typeBreaks = typeProblem.GetProperty("breaks").EnumerateArray().ToList();
        // The current values, and the history's (as-of reads of earlier days return those as the new type too).
        Assert.Equal(2, typeBreaks.Count);
        Assert.Contains("历史记录", typeBreaks[1].GetProperty("message").GetString());
        var typeBreak = typeBreaks[0];
        Assert.Equal(held.Sum(v => v.Count), typeBreak.GetProperty("valueCount").GetInt64());
        Assert.Contains($"已存的 {held.Sum(v => v.Count)} 个值不符合", typeBreak.GetProperty("message").GetString());

        var narrower = FieldOf(catalog, "household.dibao_persons");
        var largest = held.Max(v => decimal.Parse(v.Json, System.Globalization.CultureInfo.InvariantCulture));
        narrower["validation"]!["max"] = largest - 1;
        var narrowProblem = await (await ChangeAsync(narrower, version)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("不能大于", narrowProblem.GetProperty("breaks")[0].GetProperty("message").GetString());

        var fewerOptions = FieldOf(catalog, "household.dibao_status");
        fewerOptions["options"] = new JsonArray("停保", "未纳入");
        var optionProblem = await (await ChangeAsync(fewerOptions, version)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("“在保”", optionProblem.GetProperty("breaks")[0].GetProperty("message").GetString());

        Assert.Equal(version, (await CatalogAsync()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task MakingAFieldSensitiveThatARulesMessageShowsIsRefusedNamingTheRule()
    {
        var catalog = await CatalogAsync();
        var version = catalog.GetProperty("version").GetInt64();
        var name = FieldOf(catalog, "person.name");
        name["sensitivity"] = "sensitive";

        var problem = await (await ChangeAsync(name, version)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(problem.GetProperty("breaks").EnumerateArray(), b => b.GetProperty("message").GetString()!.Contains("rs-child-worker"));
        Assert.Equal(version, (await CatalogAsync()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task AChangeThatBreaksNothingIsSavedAndTheHistorySaysWhatChanged()
    {
        var catalog = await CatalogAsync();
        var version = catalog.GetProperty("version").GetInt64();
        var field = FieldOf(catalog, "household.dibao_persons");
        var wider = (decimal)field["validation"]!["max"]! + 10;
        field["validation"]!["max"] = wider;
        field["labelEn"] = "Persons covered (dibao)";
        using var response = await ChangeAsync(field, version);
        Assert.Equal(version + 1, (await response.OkJsonAsync()).GetProperty("version").GetInt64());

        Assert.Equal(wider, server.Store.Catalog.FindField("household.dibao_persons")!.Validation.Max);
        var line = (await (await (await server.SignedInAsync(Accounts.Admin)).GetAsync("/api/admin/catalog/history")).OkJsonAsync())[0];
        Assert.Contains("修改字段 household.dibao_persons", line.GetProperty("summary").GetString());
        Assert.Contains("英文名称", line.GetProperty("summary").GetString());
        Assert.Contains("校验", line.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task AFieldNoReportReadsAndNoRecordHoldsCanBeRemovedAgain()
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        var version = (await CatalogAsync()).GetProperty("version").GetInt64();
        using (var added = await admin.PostJsonAsync("/api/admin/catalog/fields", new { version, field = NewField("hobby_mistake") }))
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        using var removed = await admin.DeleteAsync($"/api/admin/catalog/fields/person/hobby_mistake?version={version + 1}");
        Assert.Contains("删除字段 person.hobby_mistake「兴趣特长」", (await removed.OkJsonAsync()).GetProperty("summary").GetString());
        Assert.Null(server.Store.Catalog.FindField("person.hobby_mistake"));
        using var again = await admin.DeleteAsync($"/api/admin/catalog/fields/person/hobby_mistake?version={version + 2}");
        await again.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AStaleVersionIsAConflictAndABadDefinitionA400NamingTheProperty()
    {
        var version = (await CatalogAsync()).GetProperty("version").GetInt64();
        var admin = await server.SignedInAsync(Accounts.Admin);
        using (var stale = await admin.PostJsonAsync("/api/admin/catalog/fields", new { version = version - 1, field = NewField("hobby_stale") }))
            Assert.Contains("已被他人修改", (await stale.ProblemAsync(HttpStatusCode.Conflict)).Detail());

        var noOptions = NewField("hobby_bad");
        noOptions["options"] = new JsonArray();
        noOptions["unit"] = "元";
        using (var bad = await admin.PostJsonAsync("/api/admin/catalog/fields", new { version, field = noOptions }))
        {
            var errors = (await bad.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.Contains("可选值", errors.GetProperty("field.options")[0].GetString());
            Assert.Contains("单位", errors.GetProperty("field.unit")[0].GetString());
        }
        var wrongType = NewField("hobby_type");
        wrongType["type"] = "colour";
        using (var bad = await admin.PostJsonAsync("/api/admin/catalog/fields", new { version, field = wrongType }))
            Assert.Contains("type", (await bad.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        Assert.Equal(version, (await CatalogAsync()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task AVersionSavedByAnotherProcessOnTheSameDatabaseIsServedWithinSecondsWithoutARestart()
    {
        // Another server of the deployment (or the command line): its own store object on the same database.
        await using var other = await FormHubStoreFactory.OpenAsync(new StorageOptions { DataDirectory = server.Settings.DataDirectory },
            CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog")));
        var editor = new CatalogEditor(other, TimeProvider.System);
        var field = CatalogJson.ReadField(JsonSerializer.SerializeToElement(NewField("hobby_elsewhere")));
        await editor.ApplyAsync("admin-2", CatalogEdit.Add(field), other.CatalogVersion, server.Factory.Services.GetRequiredService<TemplateLibrary>(), default);

        // The server compares its catalog with the store's at most every CatalogFreshness.MaxAge (2 s).
        var cadre = await server.SignedInAsync(Accounts.Cadre);
        var deadline = DateTime.UtcNow + CatalogFreshness.MaxAge * 5;
        bool served;
        do
        {
            var catalog = await (await cadre.GetAsync("/api/catalog")).OkJsonAsync();
            served = catalog.GetProperty("fields").EnumerateArray().Any(f => f.GetProperty("key").GetString() == "person.hobby_elsewhere");
            if (!served) await Task.Delay(200);
        } while (!served && DateTime.UtcNow < deadline);
        Assert.True(served, "the field saved by the other process was not served within 10 s");
    }
}
