using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormHub.Core.Catalog;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// Who may call what, over every endpoint of docs/api.md (<see cref="ApiEndpoints.All"/>): each role inside its scope
/// is served; outside it, or without the role, it gets 403 ProblemDetails and a refused write changes nothing.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed partial class AuthorizationMatrixTests(SqliteServer server)
{
    /// <summary>(user, unit in the URL): pairs where the user must be refused the unit on every endpoint naming a unit.</summary>
    private static readonly (string User, string Unit)[] OutOfScope =
    [
        (Accounts.Cadre, DemoCounty.Chengguan),                // another village of the cadre's township
        (Accounts.Cadre, DemoCounty.Fengshu),                  // a village of another township
        (Accounts.Cadre, DemoCounty.Qingxi),                   // the cadre's own township: a cadre reads only the own village
        (Accounts.Cadre, DemoCounty.County),
        (Accounts.SameTownshipCadre, DemoCounty.Shimen),
        (Accounts.OtherTownshipCadre, DemoCounty.Shimen),
        (Accounts.Reviewer, DemoCounty.Fengshu),               // a village of another township
        (Accounts.Reviewer, DemoCounty.Shiqiao),               // another township (its board, burden, reports)
        (Accounts.Reviewer, DemoCounty.County),                // above the reviewer's township
        (Accounts.OtherTownshipReviewer, DemoCounty.Shimen),
        (Accounts.OtherTownshipReviewer, DemoCounty.Qingxi),
    ];

    public static TheoryData<string, string, string> OutOfScopeRequests()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (user, unit) in OutOfScope)
        {
            foreach (var endpoint in ApiEndpoints.ForUnits) data.Add(user, unit, endpoint.Name);
        }
        return data;
    }

    /// <summary>Inside their scope but not allowed by their role.</summary>
    public static TheoryData<string, string, string> RefusedByRole()
    {
        var data = new TheoryData<string, string, string>();
        // A department user gets report rows and burden figures, never rosters, the form, its checks or its audit lines.
        foreach (var name in new[] { "form", "entities", "entity", "changes", "checks", "audit", "submission", "review", "month changes", "export roster" })
            data.Add(Accounts.Department, DemoCounty.Shimen, name);
        // An admin reads everything and writes nothing.
        foreach (var name in new[] { "changes", "submission", "review" }) data.Add(Accounts.Admin, DemoCounty.Shimen, name);
        // A reviewer reviews; only the village's cadre writes its data and submits.
        foreach (var name in new[] { "changes", "submission" }) data.Add(Accounts.Reviewer, DemoCounty.Shimen, name);
        // Only admins and the village's own cadre import rosters.
        foreach (var user in new[] { Accounts.Reviewer, Accounts.Department }) data.Add(user, DemoCounty.Shimen, "import upload");
        // Only reviewers approve: not even the village's own cadre.
        data.Add(Accounts.Cadre, DemoCounty.Shimen, "review");
        return data;
    }

    /// <summary>Inside scope and role: every read endpoint answers 200 (so the 403s above are about scope, not a broken endpoint).</summary>
    public static TheoryData<string, string, string> Allowed()
    {
        var data = new TheoryData<string, string, string>();
        var reads = ApiEndpoints.ForUnits.Where(e => !e.Writes).Select(e => e.Name).ToList();
        foreach (var name in reads) data.Add(Accounts.Cadre, DemoCounty.Shimen, name);
        foreach (var name in reads) data.Add(Accounts.Reviewer, DemoCounty.Shimen, name);
        foreach (var name in reads) data.Add(Accounts.OtherTownshipReviewer, DemoCounty.Fengshu, name);
        foreach (var name in reads) data.Add(Accounts.Admin, DemoCounty.Fengshu, name);
        foreach (var name in new[] { "review board", "burden", "reports", "audit" }) data.Add(Accounts.Reviewer, DemoCounty.Qingxi, name);
        foreach (var name in new[] { "review board", "burden", "reports", "audit" }) data.Add(Accounts.Admin, DemoCounty.County, name);
        foreach (var name in new[] { "review board", "burden", "reports", "findings" }) data.Add(Accounts.Department, DemoCounty.Shimen, name);
        return data;
    }

    /// <summary>Everything a department user can be given: aggregates of a village, a township and the county.</summary>
    public static TheoryData<string, string> DepartmentAnswers()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in new[] { DemoCounty.Shimen, DemoCounty.Fengshu, DemoCounty.Qingxi, DemoCounty.County })
        {
            foreach (var name in new[] { "reports", "burden", "review board", "findings" }) data.Add(name, unit);
        }
        data.Add("me", DemoCounty.County);
        return data;
    }

    public static TheoryData<string> SignedInEndpoints()
    {
        var data = new TheoryData<string>();
        foreach (var endpoint in ApiEndpoints.All.Where(e => !e.Public)) data.Add(endpoint.Name);
        return data;
    }

    /// <summary>Every admin-only endpoint (账号管理, 数据目录, 报表模板, 报表准入) for every role but admin.</summary>
    public static TheoryData<string, string> AdminEndpointsForOtherRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in new[] { Accounts.Cadre, Accounts.Reviewer, Accounts.Department })
            foreach (var endpoint in ApiEndpoints.ForAdmins) data.Add(user, endpoint.Name);
        return data;
    }

    [Theory, MemberData(nameof(AdminEndpointsForOtherRoles))]
    public async Task OnlyAnAdminReachesAccountManagement(string user, string endpointName)
    {
        var before = await server.Store.ListAccountsAsync();
        var (templates, admissions) = (await server.Store.GetTemplateRevisionAsync(), (await server.Store.ListAdmissionsAsync()).Count);
        var catalogBefore = await server.Store.ListCatalogVersionsAsync();
        var client = await server.SignedInAsync(user);
        using var response = await client.SendAsync(ApiEndpoints.Named(endpointName).Request(DemoCounty.County, Guid.Empty, server.CurrentPeriod));
        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("管理员", problem.Detail());
        Assert.Equal(before, await server.Store.ListAccountsAsync());
        // 报表模板 and 报表准入: nothing published, stopped or decided.
        Assert.Equal((templates, admissions), (await server.Store.GetTemplateRevisionAsync(), (await server.Store.ListAdmissionsAsync()).Count));
        Assert.Equal(catalogBefore, await server.Store.ListCatalogVersionsAsync());
    }

    [Fact]
    public async Task TheMatrixCoversEveryEndpointOfTheOpenApiDocument()
    {
        var document = await (await server.Anonymous().GetAsync("/openapi/v1.json")).OkJsonAsync();
        var served = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order().ToList();
        var table = ApiEndpoints.All.Select(e => $"{e.Method.Method} {e.OpenApiPath}").Order().ToList();
        Assert.Equal(table, served);
    }

    [Theory, MemberData(nameof(OutOfScopeRequests))]
    public Task AUserIsRefusedUnitsOutsideTheirScopeOnEveryEndpoint(string user, string unit, string endpoint) =>
        AssertRefusedAsync(server, user, unit, endpoint);

    [Theory, MemberData(nameof(RefusedByRole))]
    public Task AUserIsRefusedWhatTheirRoleDoesNotAllowInsideTheirScope(string user, string unit, string endpoint) =>
        AssertRefusedAsync(server, user, unit, endpoint);

    [Theory, MemberData(nameof(Allowed))]
    public Task AUserIsServedEveryReadInsideTheirScope(string user, string unit, string endpoint) =>
        AssertServedAsync(server, user, unit, endpoint);

    [Theory]
    [InlineData("approve")]
    [InlineData("return")]
    public async Task OnlyTheTownshipReviewerApprovesOrReturns(string action)
    {
        foreach (var user in new[] { Accounts.Cadre, Accounts.SameTownshipCadre, Accounts.Admin, Accounts.Department, Accounts.OtherTownshipReviewer })
        {
            var before = await server.SnapshotAsync(DemoCounty.Shimen);
            var client = await server.SignedInAsync(user);
            using var response = await client.PostJsonAsync($"/api/review/villages/{DemoCounty.Shimen}",
                new { period = server.CurrentPeriod, action, version = before.SubmissionVersion, comment = "请核实" });
            await response.ProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal(before, await server.SnapshotAsync(DemoCounty.Shimen));
        }
    }

    [Fact]
    public async Task ACadreCannotApproveTheirOwnVillage()
    {
        var before = await server.SnapshotAsync(DemoCounty.Shimen);
        var cadre = await server.SignedInAsync(Accounts.Cadre);
        using var response = await cadre.PostJsonAsync($"/api/review/villages/{DemoCounty.Shimen}",
            new { period = server.CurrentPeriod, action = "approve", version = before.SubmissionVersion });
        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("审核员", problem.Detail());
        Assert.Equal(before, await server.SnapshotAsync(DemoCounty.Shimen));
    }

    [Fact]
    public async Task ACadreCannotReachAnotherVillagesRecordThroughTheirOwnVillagesUrl()
    {
        var foreign = (await server.EntitiesAsync(DemoCounty.Fengshu, "person", 1))[0];
        var cadre = await server.SignedInAsync(Accounts.Cadre);
        using var read = await cadre.GetAsync($"/api/villages/{DemoCounty.Shimen}/entities/person/{foreign.Id}");
        var problem = await read.ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((string)foreign["name"]!, problem.GetRawText());

        var before = (Own: await server.SnapshotAsync(DemoCounty.Shimen), Foreign: await server.SnapshotAsync(DemoCounty.Fengshu));
        var openMonthDay = $"{server.CurrentPeriod}-01";
        object[] Operations(Guid id) =>
        [
            new { op = "change", id, version = foreign.Version, fields = new Dictionary<string, object> { ["name"] = "篡改" } },
            new { op = "change", id, version = foreign.Version + 5, fields = new Dictionary<string, object> { ["name"] = "篡改" } },
            new { op = "change", id, version = foreign.Version, periodic = new Dictionary<string, object> { ["subsidy_amount"] = 100 },
                periodicVersions = new Dictionary<string, long> { ["subsidy_amount"] = 0 } },
            new { op = "retire", id, version = foreign.Version, date = openMonthDay, reason = "death" },
            // A date in an approved month is refused for that first (the village's own month, nothing about the record).
            new { op = "retire", id, version = foreign.Version, date = "2026-11-01", reason = "death" },
        ];
        var unknown = Guid.NewGuid();
        var pairs = Operations(foreign.Id).Zip(Operations(unknown)).ToList();
        for (var i = 0; i < pairs.Count; i++)
        {
            using var write = await cadre.PostJsonAsync($"/api/villages/{DemoCounty.Shimen}/changes", new { period = server.CurrentPeriod, operations = new[] { pairs[i].First } });
            using var missing = await cadre.PostJsonAsync($"/api/villages/{DemoCounty.Shimen}/changes", new { period = server.CurrentPeriod, operations = new[] { pairs[i].Second } });
            // Another village's record answers exactly like one that does not exist.
            Assert.Equal(missing.StatusCode, write.StatusCode);
            var (foreignDetail, missingDetail) = ((await write.Content.ReadAsStringAsync()).Replace(foreign.Id.ToString(), "ID"), (await missing.Content.ReadAsStringAsync()).Replace(unknown.ToString(), "ID"));
            Assert.Equal(Regex.Replace(missingDetail, "\"traceId\":\"[^\"]*\"", ""), Regex.Replace(foreignDetail, "\"traceId\":\"[^\"]*\"", ""));
            if (i < pairs.Count - 1) await write.ProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(before, (await server.SnapshotAsync(DemoCounty.Shimen), await server.SnapshotAsync(DemoCounty.Fengshu)));
        Assert.Equal(foreign.Version, (await server.Store.GetAsync(foreign.Id))!.Version);
    }

    [Theory, MemberData(nameof(SignedInEndpoints))]
    public async Task AnAnonymousCallerIsAskedToSignIn(string endpoint)
    {
        var before = await server.SnapshotAsync(DemoCounty.Shimen);
        var person = await server.SomePersonOfAsync(DemoCounty.Shimen);
        using var response = await server.Anonymous().SendAsync(ApiEndpoints.Named(endpoint).Request(DemoCounty.Shimen, person, server.CurrentPeriod));
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("登录", problem.Detail());
        Assert.Equal(before, await server.SnapshotAsync(DemoCounty.Shimen));
    }

    [Fact]
    public async Task OnlyHealthOpenApiAntiforgeryAndLoginAnswerAnAnonymousCaller()
    {
        var anonymous = server.Anonymous();
        using (var health = await anonymous.GetAsync("/healthz")) Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using (var openApi = await anonymous.GetAsync("/openapi/v1.json")) await openApi.OkJsonAsync();
        using (var token = await anonymous.GetAsync("/api/session/antiforgery"))
            Assert.False(string.IsNullOrEmpty((await token.OkJsonAsync()).GetProperty("token").GetString()));
        // The login answers a wrong password with 400, not 401: it is the one place an anonymous caller is expected.
        using var login = await ServerFixture.LoginAsync(anonymous, "nobody", "wrong");
        await login.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["antiforgery", "login", "setup state", "setup admin", "feed"], ApiEndpoints.All.Where(e => e.Public).Select(e => e.Name));
        // The setup endpoints answer only the server's own machine while no admin exists: here, 404 and nothing created.
        using (var state = await anonymous.GetAsync("/api/setup")) await state.ProblemAsync(HttpStatusCode.NotFound);
        var csrf = (await (await anonymous.GetAsync("/api/session/antiforgery")).OkJsonAsync()).GetProperty("token").GetString();
        using var setupRequest = ApiEndpoints.Named("setup admin").Request(DemoCounty.County, Guid.Empty, server.CurrentPeriod);
        setupRequest.Headers.Add(Http.CsrfHeader, csrf);
        using (var setup = await anonymous.SendAsync(setupRequest)) await setup.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(await server.Store.FindAccountAsync(ApiEndpoint.RefusedAccount));
    }

    [Theory, MemberData(nameof(DepartmentAnswers))]
    public async Task ADepartmentUserNeverReceivesSensitiveFields(string endpoint, string unit)
    {
        var department = await server.SignedInAsync(Accounts.Department);
        // This month (live rows) and last month (approved, frozen rows).
        var lastMonth = Core.Periods.Period.Parse(server.CurrentPeriod).Previous.Key;
        foreach (var period in new[] { server.CurrentPeriod, lastMonth })
        {
            using var response = await department.GetAsync(ApiEndpoints.Named(endpoint).Url(unit, Guid.Empty, period));
            AssertNoSensitiveData(server, await response.OkJsonAsync());
        }
    }

    [Fact]
    public async Task ADepartmentUserReceivesOnlyTheirOwnDepartmentsReports()
    {
        var department = await server.SignedInAsync(Accounts.Department); // 县民政局
        var reports = await (await department.GetAsync($"/api/villages/{DemoCounty.Shimen}/reports?period={server.CurrentPeriod}")).OkJsonAsync();
        var departments = reports.EnumerateArray().Select(r => r.GetProperty("department").GetString()).Distinct().ToList();
        Assert.Equal(["民政"], departments);
        var admin = await server.SignedInAsync(Accounts.Admin);
        var all = await (await admin.GetAsync($"/api/villages/{DemoCounty.Shimen}/reports?period={server.CurrentPeriod}")).OkJsonAsync();
        Assert.True(all.GetArrayLength() > reports.GetArrayLength());
    }

    /// <summary>No ID-number-like or phone-like text (masked or not), and no property named after a sensitive or secret catalog field.</summary>
    internal static void AssertNoSensitiveData(ServerFixture server, JsonElement answer)
    {
        var catalog = server.Factory.Services.GetRequiredService<FieldCatalog>();
        var sensitive = catalog.EntityTypes.SelectMany(t => catalog.FieldsOf(t.Key))
            .Where(f => f.Sensitivity is Sensitivity.Sensitive or Sensitivity.Secret).Select(f => f.Name)
            .Append(DerivedFields.BirthDate).ToHashSet();
        var text = answer.GetRawText();
        Assert.False(IdNumberLike().IsMatch(text), $"an ID number in {text}");
        Assert.False(PhoneLike().IsMatch(text), $"a phone number in {text}");
        var names = new List<string>();
        CollectPropertyNames(answer, names);
        Assert.Empty(names.Where(sensitive.Contains).Distinct());
    }

    internal static async Task AssertRefusedAsync(ServerFixture server, string user, string unit, string endpointName)
    {
        var endpoint = ApiEndpoints.Named(endpointName);
        var client = await server.SignedInAsync(user);
        var record = await server.SomePersonOfAsync(unit);
        var before = ServerFixture.IsVillage(unit) ? await server.SnapshotAsync(unit) : null;
        using var response = await client.SendAsync(endpoint.Request(unit, record, server.CurrentPeriod));
        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain("\"items\"", problem.GetRawText());
        if (before is not null) Assert.Equal(before, await server.SnapshotAsync(unit));
    }

    internal static async Task AssertServedAsync(ServerFixture server, string user, string unit, string endpointName)
    {
        var client = await server.SignedInAsync(user);
        using var response = await client.SendAsync(ApiEndpoints.Named(endpointName).Request(unit, await server.SomePersonOfAsync(unit), server.CurrentPeriod));
        // Exports answer files (xlsx is a zip: PK; a PDF starts %PDF); everything else answers JSON.
        if (endpointName.StartsWith("export ", StringComparison.Ordinal))
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{endpointName} for {user} at {unit}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(endpointName == "export pdf" ? "%PDF" : "PK", System.Text.Encoding.ASCII.GetString(bytes, 0, endpointName == "export pdf" ? 4 : 2));
            return;
        }
        await response.OkJsonAsync();
    }

    private static void CollectPropertyNames(JsonElement element, List<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    CollectPropertyNames(property.Value, names);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) CollectPropertyNames(item, names);
                break;
        }
    }

    /// <summary>18-character ID numbers, and masked ones (3608**********1234).</summary>
    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])|[0-9]{3,6}\*{6,}[0-9]{2,4}")]
    private static partial Regex IdNumberLike();

    /// <summary>
    /// Mainland mobile numbers, and masked ones (138****5678). Not inside a word: the tail of a GUID ("…-d14524596491") is
    /// eleven digits after a letter, not a phone number.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z-])1[3-9][0-9]{9}(?![0-9A-Za-z])|(?<![0-9A-Za-z-])1[0-9]{2}\*{4}[0-9]{4}")]
    private static partial Regex PhoneLike();
}
