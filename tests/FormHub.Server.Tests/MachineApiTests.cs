using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>A department's system with a bearer token writing a month's payments; admins create and revoke its client.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class MachineApiTests(SqliteServer server)
{
    private async Task<(string Token, Guid Id)> CreateClientAsync(string name, string department = "民政", string[]? scopes = null, int rate = 60)
    {
        var admin = await server.SignedInAsync(Accounts.Admin);
        using var response = await admin.PostJsonAsync("/api/admin/api-clients", new { name, department, scopes, requestsPerMinute = rate });
        var body = await response.OkJsonAsync();
        return (body.GetProperty("token").GetString()!, body.GetProperty("client").GetProperty("id").GetGuid());
    }

    /// <summary>A client with no cookie jar: what a department's server-side job is.</summary>
    private HttpClient Machine(string token)
    {
        var client = server.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<List<object>> PaymentsAsync(string village, decimal amount)
    {
        var persons = await server.Store.ListAsync(new EntityQuery(village, "person") { Take = 1000 });
        return persons.Items.Where(p => p["relation_to_head"] as string == "户主").Take(4)
            .Select((p, i) => (object)new { dataElement = "household.dibao_amount", orgUnit = village, idNumber = (string)p["id_number"]!, value = (amount + i).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
    }

    [Fact]
    public async Task ATokenClientWritesAMonthsPaymentsOnceAndTheyAreNotCountedAsTyped()
    {
        var (token, _) = await CreateClientAsync("民政低保系统");
        var machine = Machine(token);
        var village = DemoCounty.Shimen;   // the demo cadre's village
        var period = server.CurrentPeriod;
        var payload = new { period, idScheme = "idNumber", values = await PaymentsAsync(village, 613.25m) };
        var county = RegionCode.Parse(DemoCounty.County);
        var typedBefore = (await server.Store.CountTypedValuesAsync(county, DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(1))).Values.Sum();
        var before = await server.SnapshotAsync(village);

        var dry = await (await machine.PostAsJsonAsync("/api/machine/v1/dataValueSets?dryRun=true", payload)).OkJsonAsync();
        Assert.Equal("OK", dry.GetProperty("status").GetString());
        Assert.Equal(4, dry.GetProperty("imported").GetInt32() + dry.GetProperty("updated").GetInt32());
        Assert.Equal(before, await server.SnapshotAsync(village));

        var written = await (await machine.PostAsJsonAsync("/api/machine/v1/dataValueSets", payload)).OkJsonAsync();
        Assert.Equal(4, written.GetProperty("imported").GetInt32() + written.GetProperty("updated").GetInt32());
        var again = await (await machine.PostAsJsonAsync("/api/machine/v1/dataValueSets", payload)).OkJsonAsync();
        Assert.Equal(4, again.GetProperty("ignored").GetInt32());
        Assert.Equal(0, again.GetProperty("imported").GetInt32() + again.GetProperty("updated").GetInt32());

        var values = await server.Store.GetPeriodicValuesAsync(village, period, "household");
        var paid = values.Single(v => v.Field == "dibao_amount" && Equals(v.Value, 613.25m));
        var history = await server.Store.GetHistoryAsync(paid.EntityId);
        var set = history.Last(e => e.Kind == EventKind.PeriodicSet);
        Assert.Equal(ChangeSource.Api, set.Source);
        Assert.StartsWith("api:民政低保系统", set.User);
        var typedAfter = (await server.Store.CountTypedValuesAsync(county, DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(1))).Values.Sum();
        Assert.Equal(typedBefore, typedAfter);

        // The cadre's roster shows the month's payment already filled, and the form's burden figure did not count it as typed.
        var cadre = await server.SignedInAsync(Accounts.Cadre);
        var shown = await (await cadre.GetAsync($"/api/villages/{village}/entities/household/{paid.EntityId}?period={period}")).OkJsonAsync();
        Assert.Equal(613.25m, shown.GetProperty("periodic").GetProperty("dibao_amount").GetDecimal());
        var form = await (await cadre.GetAsync($"/api/villages/{village}/form?period={period}")).OkJsonAsync();
        Assert.True(form.GetProperty("burden").GetProperty("cellsDelivered").GetInt64() > 0);

        var listed = await (await (await server.SignedInAsync(Accounts.Admin)).GetAsync("/api/admin/api-clients")).OkJsonAsync();
        var mine = listed.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "民政低保系统");
        Assert.NotEqual(JsonValueKind.Null, mine.GetProperty("lastUsedAt").ValueKind);
        Assert.False(mine.TryGetProperty("tokenHash", out _));
    }

    [Fact]
    public async Task TenThousandValuesInOneRequestArePastTheGeneralBodyLimitAndABodyOverTheValueSetLimitIsRefused()
    {
        var (token, _) = await CreateClientAsync("民政批量系统");
        var village = DemoCounty.Xiafang;
        var values = Enumerable.Range(0, 10_000)
            .Select(i => (object)new { dataElement = "household.dibao_amount", orgUnit = village, idNumber = "360835197001019990", value = (100 + i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        var bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { period = server.CurrentPeriod, idScheme = "idNumber", values });
        Assert.True(bytes.Length > 1_048_576, $"{bytes.Length} bytes");

        // Read, not refused as too large: every value is located (no such household head), nothing written.
        using var read = await Machine(token).PostAsync("/api/machine/v1/dataValueSets", new ByteArrayContent(bytes) { Headers = { ContentType = new("application/json") } });
        var problem = await read.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(10_000, problem.GetProperty("importSummary").GetProperty("errors").GetArrayLength());

        using var tooLarge = await Machine(token).PostAsync("/api/machine/v1/dataValueSets",
            new ByteArrayContent(new byte[16 * 1_048_576 + 1]) { Headers = { ContentType = new("application/json") } });
        Assert.Contains("请求内容过大", (await tooLarge.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail());
    }

    [Fact]
    public async Task ABadValueRefusesTheWholeRequestWithEveryErrorLocated()
    {
        var (token, _) = await CreateClientAsync("民政测试系统");
        var village = DemoCounty.Xiafang;
        var values = await PaymentsAsync(village, 100m);
        values.Add(new { dataElement = "household.dibao_amount", orgUnit = village, idNumber = "360835197001019990", value = "100" });
        values.Add(new { dataElement = "person.pension_amount", orgUnit = village, idNumber = "360835197001019990", value = "100" });
        var before = await server.SnapshotAsync(village);

        using var response = await Machine(token).PostAsJsonAsync("/api/machine/v1/dataValueSets", new { period = server.CurrentPeriod, idScheme = "idNumber", values });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        var errors = problem.GetProperty("importSummary").GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("values[4].idNumber: ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("values[5].dataElement: 「本月养老金领取金额」的数源部门是人社", StringComparison.Ordinal));
        Assert.Equal(before, await server.SnapshotAsync(village));
    }

    [Fact]
    public async Task AMonthlyPaymentSentForAQuarterIsRefusedNamingTheMonthToUse()
    {
        var (token, _) = await CreateClientAsync("民政季度系统");
        var village = DemoCounty.Xiafang;
        var quarter = FormHub.Core.Periods.Period.Containing(FormHub.Core.Periods.Period.Parse(server.CurrentPeriod).End, FormHub.Core.Periods.PeriodType.Quarterly);
        var before = await server.SnapshotAsync(village);

        using var response = await Machine(token).PostAsJsonAsync("/api/machine/v1/dataValueSets",
            new { period = quarter.Key, idScheme = "idNumber", values = (await PaymentsAsync(village, 100m)).Take(1) });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        var error = Assert.Single(problem.GetProperty("importSummary").GetProperty("errors").EnumerateArray()).GetString()!;
        Assert.StartsWith($"values[0].dataElement: 「本月低保金发放金额」按月填报，期别应写到月（如 {FormHub.Core.Periods.Period.Containing(quarter.End, FormHub.Core.Periods.PeriodType.Monthly).Key}），不能整个记在{quarter.DisplayZh}", error);
        Assert.Equal(before, await server.SnapshotAsync(village));
    }

    [Fact]
    public async Task CookiesRevokedTokensAndTooManyRequestsAreRefused()
    {
        var (token, id) = await CreateClientAsync("民政限流系统", rate: 2);
        var payload = new { period = server.CurrentPeriod, values = Array.Empty<object>() };

        // A signed-in browser's cookies never reach the machine API, token or not.
        var browser = await server.SignInAsync(Accounts.Admin);
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Contains("Cookie", (await (await browser.PostAsJsonAsync("/api/machine/v1/dataValueSets", payload)).ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Machine("fhk_wrong").PostAsJsonAsync("/api/machine/v1/dataValueSets", payload)).StatusCode);

        var machine = Machine(token);
        for (var i = 0; i < 2; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, (await machine.PostAsJsonAsync("/api/machine/v1/dataValueSets", payload)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await machine.PostAsJsonAsync("/api/machine/v1/dataValueSets", payload)).StatusCode);

        var (other, otherId) = await CreateClientAsync("民政吊销系统");
        var admin = await server.SignedInAsync(Accounts.Admin);
        (await admin.PostAsync($"/api/admin/api-clients/{otherId}/revoke", null)).EnsureSuccessStatusCode();
        var refused = await (await Machine(other).PostAsJsonAsync("/api/machine/v1/dataValueSets", payload)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("吊销", refused.Detail());
        Assert.NotEqual(Guid.Empty, id);
        // Creating and revoking are audited, each line written with the client's save.
        var audit = await server.Store.ListAuditAsync(null, take: 1000);
        Assert.Contains(audit, a => a.Action == "create-api-client" && a.User == Accounts.Admin && a.Detail!.StartsWith("民政吊销系统（民政", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "revoke-api-client" && a.User == Accounts.Admin && a.Detail == "民政吊销系统");
    }

    [Theory]
    [InlineData(Accounts.Cadre)]
    [InlineData(Accounts.Reviewer)]
    [InlineData(Accounts.Department)]
    public async Task OnlyAdminsManageApiClients(string user)
    {
        var client = await server.SignedInAsync(user);
        await (await client.GetAsync("/api/admin/api-clients")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostJsonAsync("/api/admin/api-clients", new { name = "越权客户端", department = "民政" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsync($"/api/admin/api-clients/{Guid.NewGuid()}/revoke", null)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(await server.Store.ListApiClientsAsync(), c => c.Name == "越权客户端");
    }

    [Fact]
    public async Task AClientWithoutTheWriteScopeIsRefused()
    {
        var (token, _) = await CreateClientAsync("民政只读系统", scopes: ["rows:read"]);
        using var response = await Machine(token).PostAsJsonAsync("/api/machine/v1/dataValueSets", new { period = server.CurrentPeriod, values = Array.Empty<object>() });
        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AClientReadsItsDepartmentsReportRowsAsJsonAndAsCsvWithABom()
    {
        var (token, _) = await CreateClientAsync("民政数据仓库", scopes: ["rows:read"]);
        var machine = Machine(token);
        var json = await (await machine.GetAsync($"/api/machine/v1/reports/mz-dibao-monthly/{DemoCounty.County}/rows?period={server.CurrentPeriod}")).OkJsonAsync();
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(22, rows.Count(r => r.GetProperty("kind").GetString() == "unit"));
        Assert.Equal("total", rows[^1].GetProperty("kind").GetString());
        var firstColumn = json.GetProperty("columns")[0].GetProperty("id").GetString()!;
        Assert.True(rows[^1].GetProperty("values").TryGetProperty(firstColumn, out _));
        Assert.Contains("应报", json.GetProperty("completeness").GetString());
        AuthorizationMatrixTests.AssertNoSensitiveData(server, json);

        using var csv = await machine.GetAsync($"/api/machine/v1/reports/mz-dibao-monthly/{DemoCounty.County}/rows?period={server.CurrentPeriod}&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("单位代码,单位名称,", lines[0]);
        Assert.Equal(rows.Count + 1, lines.Length);
    }

    [Fact]
    public async Task AClientReadsCompletenessAsJsonAndCsvOnlyWithTheAggregatesScope()
    {
        var (token, _) = await CreateClientAsync("民政报送监测", scopes: ["aggregates:read"]);
        var machine = Machine(token);
        var json = await (await machine.GetAsync($"/api/machine/v1/completeness/{DemoCounty.County}?period={server.CurrentPeriod}")).OkJsonAsync();
        Assert.NotEqual(0, json.GetArrayLength());
        Assert.All(json.EnumerateArray(), c => Assert.Equal(22, c.GetProperty("villages").GetInt32()));
        var csv = await (await machine.GetAsync($"/api/machine/v1/completeness/{DemoCounty.County}?period={server.CurrentPeriod}&format=csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("报表编号,报表名称,报告期", lines[0]);
        Assert.Equal(json.GetArrayLength() + 1, lines.Length);

        // The grant decides: no rows:read, no rows.
        await (await machine.GetAsync($"/api/machine/v1/reports/mz-dibao-monthly/{DemoCounty.County}/rows")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AClientIsRefusedOtherDepartmentsReportsUnitsOutsideItsAreaAndUnknownFormats()
    {
        var (token, _) = await CreateClientAsync("民政全权系统");
        var machine = Machine(token);
        var otherDepartment = server.Factory.Services.GetRequiredService<FormHub.Reports.TemplateLibrary>().Ids
            .Select(id => server.Factory.Services.GetRequiredService<FormHub.Reports.TemplateLibrary>().Versions(id)[^1].Template).First(t => t.Department != "民政").Id;
        await (await machine.GetAsync($"/api/machine/v1/reports/{otherDepartment}/{DemoCounty.County}/rows")).ProblemAsync(HttpStatusCode.NotFound);
        await (await machine.GetAsync("/api/machine/v1/reports/mz-dibao-monthly/360000000000/rows")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await machine.GetAsync("/api/machine/v1/completeness/360000000000")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await machine.GetAsync($"/api/machine/v1/completeness/{DemoCounty.County}?format=xml")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await machine.GetAsync($"/api/machine/v1/reports/mz-dibao-monthly/{DemoCounty.County}/rows?period=2026-13")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
