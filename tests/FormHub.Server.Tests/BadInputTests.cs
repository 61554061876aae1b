using System.Net;
using System.Text;
using System.Text.Json;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// Wrong types, a wrong ID number, an out-of-scope or malformed unit code, an unknown entity type, a stale version, an
/// oversized or malformed body, a missing CSRF header, a bad period: each a 4xx ProblemDetails with a Chinese detail,
/// and nothing written (the village's event chain, the store's counts and the village's month are unchanged).
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class BadInputTests(SqliteServer server)
{
    private const string Village = DemoCounty.Xiafang;

    [Fact]
    public async Task TextInAnIntegerFieldIsRefusedWithTheFieldNamedAndNothingIsWritten()
    {
        var household = (await server.EntitiesAsync(Village, "household", 1))[0];
        await AssertFieldRefusedAsync(server, Village, "dibao_persons", "整数",
            new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = "类型错误户", ["dibao_persons"] = "很多" } });
        await AssertFieldRefusedAsync(server, Village, "dibao_persons", "整数",
            new { op = "change", id = household.Id, version = household.Version, fields = new Dictionary<string, object> { ["dibao_persons"] = "三个" } });
        await AssertFieldRefusedAsync(server, Village, "contracted_land_mu", "",
            new { op = "change", id = household.Id, version = household.Version, fields = new Dictionary<string, object> { ["contracted_land_mu"] = true } });
    }

    [Fact]
    public Task AnIdNumberWithABadCheckDigitIsRefusedWithAChineseMessageAndNothingIsWritten() => BadIdNumberAsync(server, Village);

    /// <summary>Creating a person with a wrong check digit: 400, errors["operations[0].fields.id_number"] in Chinese, nothing written.</summary>
    internal static async Task BadIdNumberAsync(ServerFixture server, string village)
    {
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        var bad = IdNumbers.WrongCheckDigit(new DateOnly(1988, 3, 14), 211);
        var problem = await AssertFieldRefusedAsync(server, village, "id_number", "校验位",
            new { op = "create", entityType = "person", fields = new Dictionary<string, object> { ["name"] = "校验位错误", ["id_number"] = bad, ["household"] = household.Id } });
        Assert.Contains("身份证", problem.Detail());
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var search = await (await cadre.GetAsync($"/api/villages/{village}/entities/person?search=校验位错误")).OkJsonAsync();
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("{\"period\":")]
    [InlineData("这不是 JSON")]
    [InlineData("{\"operations\":\"create\"}")]
    [InlineData("{\"operations\":[{\"op\":\"explode\",\"entityType\":\"household\",\"fields\":{\"name\":\"格式错误户\"}}]}")]
    [InlineData("{\"operations\":[{\"op\":\"create\",\"entityType\":\"household\",\"fields\":{\"name\":\"格式错误户\"},\"validFrom\":\"下个月\"}]}")]
    [InlineData("[1,2,3]")]
    public async Task AMalformedBodyIsRefusedWithAChineseMessageAndNothingIsWritten(string body)
    {
        var before = await server.SnapshotAsync(Village);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        using var response = await cadre.PostAsync($"/api/villages/{Village}/changes", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("未做任何更改", problem.Detail());
        Assert.Equal(before, await server.SnapshotAsync(Village));
    }

    [Fact]
    public async Task ABatchThatDoesNotNameItsMonthIsRefusedRatherThanFiledUnderTheCurrentOne()
    {
        var before = await server.SnapshotAsync(Village);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        using var response = await cadre.PostJsonAsync($"/api/villages/{Village}/changes", new
        {
            operations = new[] { new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = "未写月份户", ["address"] = "1组1号" } } },
        });
        Assert.Contains("period", (await response.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        Assert.Equal(before, await server.SnapshotAsync(Village));
    }

    [Fact]
    public async Task ABodyOverOneMebibyteIsRefusedWith413AndNothingIsWritten()
    {
        var before = await server.SnapshotAsync(Village);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        var body = JsonSerializer.Serialize(new
        {
            period = server.CurrentPeriod,
            operations = new[] { new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = "超大户", ["address"] = new string('a', 1_100_000) } } },
        });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        Assert.True(Encoding.UTF8.GetByteCount(body) > 1_048_576);
        using var response = await cadre.PostAsync($"/api/villages/{Village}/changes", content);
        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("过大", problem.Detail());
        Assert.Equal(before, await server.SnapshotAsync(Village));
    }

    [Fact]
    public async Task AnOutOfScopeVillageInTheUrlIsRefusedWith403AndNothingIsWritten()
    {
        var before = (Own: await server.SnapshotAsync(Village), Other: await server.SnapshotAsync(DemoCounty.Chengguan));
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        using var response = await cadre.PostJsonAsync($"/api/villages/{DemoCounty.Chengguan}/changes", new
        {
            period = server.CurrentPeriod,
            operations = new[] { new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = "越界户" } } },
        });
        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, (await server.SnapshotAsync(Village), await server.SnapshotAsync(DemoCounty.Chengguan)));
    }

    [Theory]
    [InlineData("GET", "/api/villages/{0}/form")]
    [InlineData("GET", "/api/villages/{0}/entities/person")]
    [InlineData("GET", "/api/villages/{0}/audit")]
    [InlineData("GET", "/api/units/{0}/burden")]
    [InlineData("GET", "/api/review/{0}/villages")]
    [InlineData("POST", "/api/villages/{0}/changes")]
    [InlineData("POST", "/api/villages/{0}/submission")]
    public async Task AMalformedRegionCodeIsRefusedWith400(string method, string template)
    {
        var before = await server.SnapshotAsync(Village);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        foreach (var code in new[] { "12345", "36083510020x", "3608351002030", "000000000000" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(template, code));
            if (method == "POST") request.Content = System.Net.Http.Json.JsonContent.Create(new { period = server.CurrentPeriod, action = "submit", version = 0 });
            using var response = await cadre.SendAsync(request);
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("区划代码", problem.Detail());
        }
        Assert.Equal(before, await server.SnapshotAsync(Village));
    }

    [Fact]
    public async Task AnUnknownEntityTypeIsRefusedWith400AndNothingIsWritten()
    {
        var before = await server.SnapshotAsync(Village);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        foreach (var url in new[] { $"/api/villages/{Village}/entities/cat", $"/api/villages/{Village}/entities/cat/{Guid.NewGuid()}" })
        {
            using var read = await cadre.GetAsync(url);
            Assert.Contains("未知的实体类型", (await read.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        }
        using var write = await cadre.PostJsonAsync($"/api/villages/{Village}/changes", new
        {
            period = server.CurrentPeriod,
            operations = new[] { new { op = "create", entityType = "cat", fields = new Dictionary<string, object> { ["name"] = "咪咪" } } },
        });
        Assert.Contains("未知的实体类型", (await write.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        Assert.Equal(before, await server.SnapshotAsync(Village));
    }

    [Theory]
    [InlineData("take=0")]
    [InlineData("take=101")]
    [InlineData("skip=-1")]
    [InlineData("take=many")]
    [InlineData("includeRetired=perhaps")]
    public async Task BadPagingIsRefusedWith400(string query)
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(Village));
        using var response = await cadre.GetAsync($"/api/villages/{Village}/entities/person?{query}");
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DerivedFieldsCannotBeTyped()
    {
        var person = (await server.EntitiesAsync(Village, "person", 1))[0];
        foreach (var derived in new[] { "birth_date", "gender", "age" })
        {
            await AssertFieldRefusedAsync(server, Village, derived, "",
                new { op = "change", id = person.Id, version = person.Version, fields = new Dictionary<string, object> { [derived] = derived == "age" ? 30 : derived == "gender" ? "男" : "1990-01-01" } });
        }
    }

    [Fact]
    public Task AStaleVersionIsRefusedWith409AndTheOtherWritersValueIsKept() => StaleVersionAsync(server, DemoCounty.Hetang);

    /// <summary>Two cadres of the village read the same household; the second to save gets 409 and the first's value stays.</summary>
    internal static async Task StaleVersionAsync(ServerFixture server, string village)
    {
        var first = await server.SignedInAsync(Accounts.CadreOf(village));
        var second = await server.SignedInAsync(Accounts.SecondCadreOf(village));
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        var read = await (await second.GetAsync($"/api/villages/{village}/entities/household/{household.Id}")).OkJsonAsync();
        var version = read.GetProperty("version").GetInt64();
        var initial = await server.SnapshotAsync(village);

        var saved = await (await first.PostJsonAsync($"/api/villages/{village}/changes", ChangeAddress(server, household.Id, version, "先保存的住址1号"))).OkJsonAsync();
        Assert.Equal(version + 1, saved.GetProperty("versions").GetProperty(household.Id.ToString()).GetInt64());
        var before = await server.SnapshotAsync(village);
        Assert.Equal(initial.VillageEvents + 1, before.VillageEvents); // the snapshot sees a write

        using var stale = await second.PostJsonAsync($"/api/villages/{village}/changes", ChangeAddress(server, household.Id, version, "后保存的住址2号"));
        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已在其他窗口或由他人修改", problem.Detail());
        Assert.DoesNotContain(household.Id.ToString(), problem.Detail()); // the id is in the extensions, not in the sentence
        Assert.Contains("未生效", problem.Detail());
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal(before, await server.SnapshotAsync(village));

        var now = await (await second.GetAsync($"/api/villages/{village}/entities/household/{household.Id}")).OkJsonAsync();
        Assert.Equal("先保存的住址1号", now.GetProperty("fields").GetProperty("address").GetString());
        Assert.Equal(version + 1, now.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task APostWithoutAValidCsrfHeaderIsRefusedAndNothingIsWritten()
    {
        const string village = DemoCounty.Lingxia;
        var before = await server.SnapshotAsync(village);
        var cadre = await server.SignInAsync(Accounts.CadreOf(village));
        var someoneElses = (await server.SignedInAsync(Accounts.Cadre)).DefaultRequestHeaders.GetValues(Http.CsrfHeader).Single();
        foreach (var token in new[] { null, "", "not-a-token", someoneElses })
        {
            cadre.DefaultRequestHeaders.Remove(Http.CsrfHeader);
            if (token is not null) cadre.DefaultRequestHeaders.Add(Http.CsrfHeader, token);
            using var changes = await cadre.PostJsonAsync($"/api/villages/{village}/changes", new
            {
                period = server.CurrentPeriod,
                operations = new[] { new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = "无令牌户" } } },
            });
            Assert.Contains("未生效", (await changes.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
            using var submission = await cadre.PostJsonAsync($"/api/villages/{village}/submission", new { period = server.CurrentPeriod, action = "submit", version = 0 });
            await submission.ProblemAsync(HttpStatusCode.BadRequest);
        }
        Assert.Equal(before, await server.SnapshotAsync(village));
    }

    public static TheoryData<string, string> BadPeriods()
    {
        var data = new TheoryData<string, string>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var nextMonth = today.AddMonths(1);
        // The import upload names no period: the run's mapping does, and the importer checks it (ImportApiTests).
        foreach (var endpoint in ApiEndpoints.ForUnits.Where(e => (e.TakesPeriodQuery || e.Writes) && e.Name != "import upload"))
        {
            foreach (var period in new[] { "2026-13", $"{nextMonth:yyyy-MM}", "2026Q4", "2026", "十一月" }) data.Add(endpoint.Name, period);
        }
        return data;
    }

    [Theory, MemberData(nameof(BadPeriods))]
    public async Task ABadPeriodIsRefusedWith400AndNothingIsWritten(string endpoint, string period)
    {
        var before = await server.SnapshotAsync(Village);
        var user = endpoint == "review" ? Accounts.Reviewer : Accounts.CadreOf(Village);
        var client = await server.SignedInAsync(user);
        var person = await server.SomePersonOfAsync(Village);
        var call = ApiEndpoints.Named(endpoint);
        using var request = new HttpRequestMessage(call.Method, call.Url(Village, person, Uri.EscapeDataString(period))) { Content = call.Body(period) };
        using var response = await client.SendAsync(request);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("填报期", problem.Detail());
        Assert.Equal(before, await server.SnapshotAsync(Village));
    }

    [Fact]
    public async Task ABatchWhoseSecondOperationIsInvalidWritesNothingOfTheFirst()
    {
        const string village = DemoCounty.Huangkeng;
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        var address = (string?)household["address"];
        var foreign = (await server.EntitiesAsync(DemoCounty.Fengshu, "person", 1))[0];
        object FirstOperation() => new { op = "change", id = household.Id, version = household.Version, fields = new Dictionary<string, object> { ["address"] = "第一项已改的住址" } };
        var secondOperations = new (object Operation, HttpStatusCode Status)[]
        {
            (new { op = "create", entityType = "person", fields = new Dictionary<string, object> { ["name"] = "第二项", ["id_number"] = IdNumbers.WrongCheckDigit(new DateOnly(1990, 1, 2), 13), ["household"] = household.Id } }, HttpStatusCode.BadRequest),
            (new { op = "change", id = household.Id, version = household.Version - 1, fields = new Dictionary<string, object> { ["dibao_persons"] = 2 } }, HttpStatusCode.Conflict),
            (new { op = "change", id = foreign.Id, version = foreign.Version, fields = new Dictionary<string, object> { ["name"] = "别村的人" } }, HttpStatusCode.NotFound),
            (new { op = "retire", id = household.Id, version = household.Version }, HttpStatusCode.BadRequest),
            (new { op = "create", entityType = "village", fields = new Dictionary<string, object> { ["name"] = "第二个村" } }, HttpStatusCode.BadRequest),
        };
        foreach (var (second, status) in secondOperations)
        {
            var before = await server.SnapshotAsync(village);
            using var response = await cadre.PostJsonAsync($"/api/villages/{village}/changes", new { period = server.CurrentPeriod, operations = new[] { FirstOperation(), second } });
            var problem = await response.ProblemAsync(status);
            if (problem.TryGetProperty("errors", out var errors))
                Assert.All(errors.EnumerateObject(), e => Assert.StartsWith("operations[1]", e.Name));
            Assert.Equal(before, await server.SnapshotAsync(village));
            var now = await server.Store.GetAsync(household.Id);
            Assert.Equal(household.Version, now!.Version);
            Assert.Equal(address, (string?)now["address"]);
        }
    }

    [Fact]
    public async Task APersonCannotBeLinkedToAnotherVillagesHousehold()
    {
        // Regression guard for scope: the store checks that a link points at a household, not that it is the village's own.
        const string village = DemoCounty.Zhushan;
        var before = (Own: await server.SnapshotAsync(village), Foreign: await server.SnapshotAsync(DemoCounty.Fengshu));
        var foreignHousehold = (await server.EntitiesAsync(DemoCounty.Fengshu, "household", 1))[0];
        await AssertFieldRefusedAsync(server, village, "household", "",
            new { op = "create", entityType = "person", fields = new Dictionary<string, object> { ["name"] = "挂错户", ["id_number"] = IdNumbers.Valid(new DateOnly(1991, 5, 6), 231), ["household"] = foreignHousehold.Id } });
        Assert.Equal(before, (await server.SnapshotAsync(village), await server.SnapshotAsync(DemoCounty.Fengshu)));
    }

    /// <summary>
    /// Posts one operation as the village's cadre and asserts 400 with errors["operations[0].fields.FIELD"] holding a
    /// Chinese message (containing <paramref name="messagePart"/>), and that nothing was written.
    /// </summary>
    internal static async Task<JsonElement> AssertFieldRefusedAsync(ServerFixture server, string village, string field, string messagePart, object operation)
    {
        var before = await server.SnapshotAsync(village);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        using var response = await cadre.PostJsonAsync($"/api/villages/{village}/changes", new { period = server.CurrentPeriod, operations = new[] { operation } });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var key = $"operations[0].fields.{field}";
        var messages = problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(key, out var found) ? found : default;
        Assert.True(messages.ValueKind == JsonValueKind.Array, $"no errors[\"{key}\"] in {problem}");
        var message = messages.EnumerateArray().First().GetString()!;
        Assert.True(Http.IsChinese(message), message);
        Assert.Contains(messagePart, message);
        Assert.Equal(before, await server.SnapshotAsync(village));
        return problem;
    }

    private static object ChangeAddress(ServerFixture server, Guid id, long version, string address) => new
    {
        period = server.CurrentPeriod,
        operations = new[] { new { op = "change", id, version, fields = new Dictionary<string, object> { ["address"] = address } } },
    };
}
