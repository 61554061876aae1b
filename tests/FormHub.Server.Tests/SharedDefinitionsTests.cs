using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Reports;
using FormHub.Reports.CatalogChanges;
using FormHub.Reports.Templates;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Templates;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// A server of its own holding two counties (the demo county and 邻县), with an admin of 邻县 and an admin of the city
/// above both: the catalog and templates these tests change are the whole store's.
/// </summary>
public sealed class SharedDefinitionsServer : ServerFixture
{
    public const string OtherCounty = "360836000000";
    public const string OtherVillage = "360836100200";
    public const string OtherAdmin = "admin-" + OtherCounty;
    public const string CityAdmin = "admin-city";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Store.SaveRegionsAsync([new OrgUnit(RegionCode.Parse(OtherCounty), "邻县"), new OrgUnit(RegionCode.Parse("360836100000"), "邻县一镇"),
            new OrgUnit(RegionCode.Parse(OtherVillage), "邻县一村委会")]);
        var demo = (await Store.FindAccountAsync(Accounts.Admin))!;
        await Store.SaveAccountAsync(demo with { UserName = OtherAdmin, DisplayName = "邻县管理员", ViewScope = OtherCounty, CaptureScope = null });
        await Store.SaveAccountAsync(demo with { UserName = CityAdmin, DisplayName = "市数据局管理员", ViewScope = "360800000000", CaptureScope = null });
    }
}

/// <summary>
/// Issue 15 leftovers: who may change the definitions every county of a store shares (数据目录, 报表模板, 报表准入), the
/// admission analysis over the admin's own county, the audit trail of those changes, the race between a catalog change and
/// a publish, a stored template that no longer compiles, and a type change against the history.
/// </summary>
public sealed class SharedDefinitionsTests(SharedDefinitionsServer server) : IClassFixture<SharedDefinitionsServer>
{
    private static JsonObject TextField(string name) => new()
    {
        ["entityType"] = "person", ["name"] = name, ["type"] = "text", ["labelZh"] = "备注" + name, ["labelEn"] = "Note",
        ["ownerDepartment"] = "民政", ["sensitivity"] = "internal", ["kind"] = "attribute",
    };

    private static string Reading(string id, string field) => $"""
        id: {id}
        version: 1
        title: 测试报表{id}
        department: 民政
        period: monthly
        columns:
          - id: noted
            title: 有备注人数（人）
            value: count(persons, function (p) {"{"} return p.{field} !== null; {"}"})
        """;

    private async Task<long> CatalogVersionAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/admin/catalog")).OkJsonAsync()).GetProperty("version").GetInt64();

    private async Task<HttpClient> CityAsync() => await server.SignedInAsync(SharedDefinitionsServer.CityAdmin);

    private async Task AddFieldAsync(HttpClient admin, string name)
    {
        using var added = await admin.PostJsonAsync("/api/admin/catalog/fields", new { version = await CatalogVersionAsync(admin), field = TextField(name) });
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
    }

    private async Task PublishAsync(HttpClient admin, string yaml)
    {
        await (await admin.PostJsonAsync("/api/admin/admission/decisions", new { yaml, verdict = "admitted", reason = "试点" })).OkJsonAsync();
        await (await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml, effectiveFrom = server.CurrentPeriod })).OkJsonAsync();
    }

    [Fact]
    public async Task AnAdminWhoseScopeLeavesOutACountyOfTheStoreReadsButCannotChangeTheSharedDefinitions()
    {
        var yaml = TemplateDrafts.Pension("mz-scope-monthly");
        var admission = (await server.Store.ListAdmissionsAsync()).Count;
        var revision = await server.Store.GetTemplateRevisionAsync();
        foreach (var name in new[] { SharedDefinitionsServer.OtherAdmin, Accounts.Admin })
        {
            var admin = await server.SignedInAsync(name);
            var version = await CatalogVersionAsync(admin);
            var refused = new List<HttpResponseMessage>
            {
                await admin.PostJsonAsync("/api/admin/catalog/fields", new { version, field = TextField("scope_note") }),
                await admin.PutJsonAsync("/api/admin/catalog/fields/household/dibao_status", new { version, field = new { } }),
                await admin.DeleteAsync($"/api/admin/catalog/fields/household/dibao_status?version={version}"),
                await admin.PostJsonAsync("/api/admin/admission/decisions", new { yaml, verdict = "admitted", reason = "越权" }),
                await admin.PostJsonAsync("/api/admin/templates/publish", new { yaml, effectiveFrom = server.CurrentPeriod }),
                await admin.PostJsonAsync("/api/admin/templates/yj-hazard-monthly/stop", new { from = server.CurrentPeriod, reason = "越权" }),
                await admin.PostJsonAsync("/api/admin/templates/yj-hazard-monthly/resume", new { }),
            };
            using (var form = new MultipartFormDataContent())
            {
                var file = new ByteArrayContent([1, 2, 3]);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                form.Add(file, "file", "版式.xlsx");
                refused.Add(await admin.PostAsync("/api/templates/mz-dibao-monthly/layout", form));
            }
            foreach (var response in refused)
            {
                var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
                Assert.Contains("管辖全部这些县", problem.Detail());
            }
            // Reading, checking and previewing within their own area stay theirs.
            await (await admin.GetAsync("/api/admin/catalog")).OkJsonAsync();
            await (await admin.GetAsync("/api/admin/templates")).OkJsonAsync();
            Assert.True((await (await admin.PostJsonAsync("/api/admin/templates/check", new { yaml })).OkJsonAsync()).GetProperty("ok").GetBoolean());
            Assert.Equal(version, await CatalogVersionAsync(admin));
        }
        Assert.Equal(revision, await server.Store.GetTemplateRevisionAsync());
        Assert.Equal(admission, (await server.Store.ListAdmissionsAsync()).Count);
        Assert.Null(await server.Store.GetLayoutAsync("mz-dibao-monthly"));
    }

    [Fact]
    public async Task TheAdmissionAnalysisWeighsTheAdminsOwnCountyNotTheFirstOneStored()
    {
        var yaml = TemplateDrafts.Pension("mz-analysis-scope-monthly");
        var other = await (await (await server.SignedInAsync(SharedDefinitionsServer.OtherAdmin)).PostJsonAsync("/api/admin/admission/analysis", new { yaml })).OkJsonAsync();
        Assert.Equal(1, other.GetProperty("villages").GetInt32());
        Assert.Equal(SharedDefinitionsServer.OtherCounty, other.GetProperty("before").GetProperty("unitCode").GetString());
        Assert.Equal(0, other.GetProperty("newValuesPerPeriod").GetInt64());

        var demo = await (await (await server.SignedInAsync(Accounts.Admin)).PostJsonAsync("/api/admin/admission/analysis", new { yaml })).OkJsonAsync();
        Assert.Equal(22, demo.GetProperty("villages").GetInt32());
        Assert.Equal(DemoCounty.County, demo.GetProperty("before").GetProperty("unitCode").GetString());
        Assert.True(demo.GetProperty("newValuesPerPeriod").GetInt64() > 0);

        // The city's admin weighs both counties.
        var city = await (await (await CityAsync()).PostJsonAsync("/api/admin/admission/analysis", new { yaml })).OkJsonAsync();
        Assert.Equal(23, city.GetProperty("villages").GetInt32());
    }

    [Fact]
    public async Task CatalogChangesPublishesStopsAndAdmissionDecisionsAreInTheAuditTrailEveryAdminReads()
    {
        var city = await CityAsync();
        await AddFieldAsync(city, "audit_note");
        var yaml = Reading("mz-audited-monthly", "audit_note");
        await PublishAsync(city, yaml);
        await (await city.PostJsonAsync("/api/admin/templates/mz-audited-monthly/stop", new { from = server.CurrentPeriod, reason = "并入民政月报" })).OkJsonAsync();
        await (await city.PostAsync("/api/admin/templates/mz-audited-monthly/resume", null)).OkJsonAsync();
        // A refused change leaves no line.
        using (var refused = await city.DeleteAsync($"/api/admin/catalog/fields/person/audit_note?version={await CatalogVersionAsync(city)}"))
            await refused.ProblemAsync(HttpStatusCode.Conflict);

        // Another county's admin reads the same lines: the definitions are the whole store's.
        var reader = await server.SignedInAsync(SharedDefinitionsServer.OtherAdmin);
        var lines = (await (await reader.GetAsync("/api/accounts/audit?take=1000")).OkJsonAsync()).EnumerateArray()
            .Where(l => l.GetProperty("user").GetString() == SharedDefinitionsServer.CityAdmin).ToList();
        string Line(string action, string subject) => Assert.Single(lines,
            l => l.GetProperty("action").GetString() == action && l.GetProperty("subject").GetString() == subject).GetProperty("detail").GetString()!;
        Assert.Contains("新增字段 person.audit_note", Line("catalog.add", "person.audit_note"));
        Assert.Contains("准入", Line("admission.decide", "mz-audited-monthly"));
        Assert.Contains($"自{server.CurrentPeriod}起施行", Line("template.publish", "mz-audited-monthly"));
        Assert.Contains("并入民政月报", Line("template.stop", "mz-audited-monthly"));
        Assert.Contains("恢复报送", Line("template.resume", "mz-audited-monthly"));
        Assert.DoesNotContain(lines, l => l.GetProperty("action").GetString() == "catalog.remove");
        // Newest first, as the account lines.
        Assert.Equal(lines.Select(l => l.GetProperty("seq").GetInt64()).OrderDescending(), lines.Select(l => l.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task ACatalogChangeCheckedBeforeAPublishLandedIsRefusedSoThePublishedTemplateStillCompiles()
    {
        var city = await CityAsync();
        await AddFieldAsync(city, "race_note");
        var library = server.Factory.Services.GetRequiredService<TemplateLibrary>();
        // The templates as another server held them a moment before the publish below reached the store.
        var before = new TemplateLibrary([]);
        before.Replace(library.AllVersions, new Dictionary<string, string>(), library.Revision);
        await PublishAsync(city, Reading("mz-race-monthly", "race_note"));

        var editor = new CatalogEditor(server.Store, TimeProvider.System);
        var field = server.Store.Catalog.FindField("person.race_note")!;
        var refused = await Assert.ThrowsAsync<CatalogConflictException>(() =>
            editor.ApplyAsync(SharedDefinitionsServer.CityAdmin, CatalogEdit.Remove(field), server.Store.CatalogVersion, before, default));
        Assert.Contains("报表模板", refused.Text.Zh);

        Assert.NotNull(server.Store.Catalog.FindField("person.race_note"));
        await server.Factory.Services.GetRequiredService<StoredTemplates>().ReloadAsync();
        Assert.Single(library.Versions("mz-race-monthly"));
        // Checked against the templates as they are now, the removal names the report it would break.
        var again = await Assert.ThrowsAsync<CatalogEditRefusal>(() =>
            editor.ApplyAsync(SharedDefinitionsServer.CityAdmin, CatalogEdit.Remove(field), server.Store.CatalogVersion, library, default));
        Assert.Contains(again.Breaks, b => b.TemplateId == "mz-race-monthly");
    }

    [Fact]
    public async Task AStoredTemplateThatNoLongerCompilesIsSkippedAtStartAndShownToTheAdminWithItsProblem()
    {
        // What a catalog change racing a publish left behind before both were checked under one lock.
        var broken = Reading("mz-broken-monthly", "no_such_note");
        await server.Store.AppendTemplateLogAsync([new TemplateLogEntry(0, "mz-broken-monthly", TemplateLogKind.Published, 1, broken, server.CurrentPeriod,
            "admin", DateTimeOffset.UtcNow, null)], await server.Store.GetTemplateRevisionAsync());

        // Another server starting on the same database starts, and serves every other report.
        await using var second = new FormHubFactory(server.Settings);
        var client = second.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var login = await (await ServerFixture.LoginAsync(client, SharedDefinitionsServer.CityAdmin, DemoCounty.Password)).OkJsonAsync();
        client.DefaultRequestHeaders.Add(Http.CsrfHeader, login.GetProperty("csrfToken").GetString());

        var listed = await (await client.GetAsync("/api/admin/templates/broken")).OkJsonAsync();
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal("mz-broken-monthly", entry.GetProperty("templateId").GetString());
        var problem = entry.GetProperty("problems")[0];
        Assert.Contains("no_such_note", problem.GetProperty("message").GetString());
        Assert.Equal(("mz-broken-monthly.yaml", 9), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32()));
        var templates = (await (await client.GetAsync("/api/admin/templates")).OkJsonAsync()).EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Contains("mz-dibao-monthly", templates);
        Assert.DoesNotContain("mz-broken-monthly", templates);

        // The running server's own reload skips it too instead of failing.
        var stored = server.Factory.Services.GetRequiredService<StoredTemplates>();
        await stored.ReloadAsync();
        Assert.Equal(["mz-broken-monthly"], stored.Broken.Select(b => b.TemplateId));
        Assert.NotEmpty(stored.Library.Versions("mz-dibao-monthly"));
    }

    [Fact]
    public async Task AFieldsTypeCannotChangeWhileItsHistoryHoldsValuesTheNewTypeCannotRead()
    {
        var city = await CityAsync();
        await AddFieldAsync(city, "history_note");
        var person = (await server.EntitiesAsync(DemoCounty.Xintang, "person", 1))[0];
        var first = server.Store.OpenSession("cadre", ChangeSource.Form);
        first.Change(person.Id, person.Version, new Dictionary<string, object?> { ["history_note"] = "三个" }, new DateOnly(2026, 1, 1));
        var saved = await first.SaveChangesAsync();
        var second = server.Store.OpenSession("cadre", ChangeSource.Form);
        second.Change(person.Id, saved.Versions[person.Id], new Dictionary<string, object?> { ["history_note"] = "3" }, new DateOnly(2026, 2, 1));
        await second.SaveChangesAsync();

        // Every current value ("3") reads as a whole number; the January value an as-of read returns does not.
        var field = JsonSerializer.SerializeToNode(TextField("history_note"))!.AsObject();
        field["type"] = "int";
        using var refused = await city.PutJsonAsync("/api/admin/catalog/fields/person/history_note", new { version = await CatalogVersionAsync(city), field });
        var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
        var @break = Assert.Single(problem.GetProperty("breaks").EnumerateArray());
        Assert.Contains("历史记录", @break.GetProperty("message").GetString());
        Assert.Contains("三个", @break.GetProperty("message").GetString());
        Assert.Equal(FieldType.Text, server.Store.Catalog.FindField("person.history_note")!.Type);
    }

    [Fact]
    public async Task FieldsAReleaseShipsThatTheStoreLacksOrDefinesOtherwiseAreOfferedToTheAdminAndAppliedAsCheckedVersions()
    {
        // The store as an older release left it: without person.pension_amount, and 住址 under another label.
        var store = server.Store;
        await store.RefreshCatalogAsync();
        var older = new FieldCatalog(store.Catalog.EntityTypes, store.Catalog.Fields.Where(f => f.Key != "person.pension_amount")
            .Select(f => f.Key == "household.address" ? f with { LabelZh = "家庭住址（旧）" } : f));
        await store.SaveCatalogAsync(older, store.CatalogVersion, "formhub", "旧版本目录");

        var city = await CityAsync();
        var offered = (await (await city.GetAsync("/api/admin/catalog/shipped")).OkJsonAsync()).EnumerateArray()
            .ToDictionary(d => d.GetProperty("key").GetString()!);
        Assert.Equal(["household.address", "person.pension_amount"], offered.Keys.Order());
        Assert.Equal("added", offered["person.pension_amount"].GetProperty("kind").GetString());
        Assert.Contains("新增字段 person.pension_amount", offered["person.pension_amount"].GetProperty("summary").GetString());
        Assert.Equal("changed", offered["household.address"].GetProperty("kind").GetString());
        Assert.Equal("家庭住址（旧）", offered["household.address"].GetProperty("current").GetProperty("labelZh").GetString());
        // Nothing changed by itself; another county's admin may read the offer but not apply it.
        Assert.Null(store.Catalog.FindField("person.pension_amount"));
        var other = await server.SignedInAsync(SharedDefinitionsServer.OtherAdmin);
        using (var refused = await other.PostJsonAsync("/api/admin/catalog/shipped/apply", new { version = store.CatalogVersion, key = "person.pension_amount" }))
            await refused.ProblemAsync(HttpStatusCode.Forbidden);

        using (var applied = await city.PostJsonAsync("/api/admin/catalog/shipped/apply", new { version = await CatalogVersionAsync(city), key = "person.pension_amount" }))
            Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        Assert.NotNull(store.Catalog.FindField("person.pension_amount"));
        await (await city.PostJsonAsync("/api/admin/catalog/shipped/apply", new { version = await CatalogVersionAsync(city), key = "household.address" })).OkJsonAsync();
        Assert.NotEqual("家庭住址（旧）", store.Catalog.FindField("household.address")!.LabelZh);
        Assert.Empty((await (await city.GetAsync("/api/admin/catalog/shipped")).OkJsonAsync()).EnumerateArray());
        var audit = (await (await city.GetAsync("/api/accounts/audit?subject=person.pension_amount")).OkJsonAsync()).EnumerateArray().ToList();
        Assert.Contains(audit, l => l.GetProperty("action").GetString() == "catalog.add" && l.GetProperty("user").GetString() == SharedDefinitionsServer.CityAdmin);
        using (var gone = await city.PostJsonAsync("/api/admin/catalog/shipped/apply", new { version = await CatalogVersionAsync(city), key = "person.pension_amount" }))
            await gone.ProblemAsync(HttpStatusCode.NotFound);
    }
}
