using System.Net;
using System.Text;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// Input that used to crash a save instead of being refused (issue 13, item 7): a NUL or a lone surrogate in a value, a
/// JSON key or a search query; an ID number sent as a JSON number; ID numbers and credit codes that name no province or
/// registering authority. Each is a 400 ProblemDetails in Chinese and nothing is written, on SQLite here and on
/// PostgreSQL in <see cref="PostgresTests"/>.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class UnstorableInputTests(SqliteServer server)
{
    private const string Village = DemoCounty.Zhushan;

    [Theory]
    [MemberData(nameof(UnstorableBodies))]
    public Task TextThatCannotBeStoredIsRefusedAndNothingIsWritten(string name, string body) => AssertBodyRefusedAsync(server, Village, name, body);

    [Fact]
    public Task ASearchQueryWithANulIsRefused() => AssertSearchRefusedAsync(server, Village);

    [Fact]
    public async Task AnIdNumberSentAsAJsonNumberIsRefusedBecauseItsDigitsAreLost()
    {
        var household = (await server.EntitiesAsync(Village, "household", 1))[0];
        await BadInputTests.AssertFieldRefusedAsync(server, Village, "id_number", "应为文本",
            new { op = "create", entityType = "person", fields = new Dictionary<string, object> { ["name"] = "号码成数字", ["id_number"] = 360835198803141234L, ["household"] = household.Id } });
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("999999")]
    public async Task AnIdNumberWhoseAddressCodeNamesNoProvinceIsRefused(string address)
    {
        var household = (await server.EntitiesAsync(Village, "household", 1))[0];
        var first17 = address + "19880314123";
        var id = first17 + Core.Validation.ChineseIdNumber.ComputeCheckCharacter(first17);
        await BadInputTests.AssertFieldRefusedAsync(server, Village, "id_number", "省级行政区划代码",
            new { op = "create", entityType = "person", fields = new Dictionary<string, object> { ["name"] = "无省份", ["id_number"] = id, ["household"] = household.Id } });
    }

    /// <summary>Raw JSON bodies (a .NET serializer would never write a lone surrogate): label → body with {0} for the period.</summary>
    public static TheoryData<string, string> UnstorableBodies() => new()
    {
        { "NUL in a value", """{"period":"{0}","operations":[{"op":"create","entityType":"household","fields":{"name":"空\u0000字符户"}}]}""" },
        { "lone surrogate in a value", """{"period":"{0}","operations":[{"op":"create","entityType":"household","fields":{"name":"代理\ud800户"}}]}""" },
        { "lone low surrogate in a value", """{"period":"{0}","operations":[{"op":"create","entityType":"household","fields":{"name":"代理\udc00"}}]}""" },
        { "NUL in a key", """{"period":"{0}","operations":[{"op":"create","entityType":"household","fields":{"name":"键户","add\u0000ress":"x"}}]}""" },
        { "lone surrogate in a key", """{"period":"{0}","operations":[{"op":"create","entityType":"household","fields":{"name":"键户","\ud800":"x"}}]}""" },
        { "NUL in the entity type", """{"period":"{0}","operations":[{"op":"create","entityType":"house\u0000hold","fields":{"name":"类型户"}}]}""" },
        { "NUL in a retirement note", """{"period":"{0}","operations":[{"op":"retire","id":"00000000-0000-0000-0000-000000000001","version":1,"date":"2026-01-01","reason":"other","note":"\u0000"}]}""" },
        { "lone surrogate in the period", """{"period":"\ud800","operations":[]}""" },
    };

    internal static async Task AssertBodyRefusedAsync(ServerFixture server, string village, string name, string body)
    {
        var before = await server.SnapshotAsync(village);
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        using var response = await cadre.PostAsync($"/api/villages/{village}/changes",
            new StringContent(body.Replace("{0}", server.CurrentPeriod), Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Detail().Contains("空字符") || problem.Detail().Contains("Unicode"), $"{name}: {problem.Detail()}");
        Assert.Equal(before, await server.SnapshotAsync(village));
    }

    internal static async Task AssertSearchRefusedAsync(ServerFixture server, string village)
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        using var response = await cadre.GetAsync($"/api/villages/{village}/entities/person?search=%E5%BC%A0%00");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("空字符", problem.Detail());
    }
}
