using System.Net;
using System.Text.Json;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// The same person twice (issue 13, item 2): a second record with a resident's 公民身份号码 is refused, naming where the
/// first is registered (masked for a cadre of another village, in full for the village's own); reviewers list duplicates
/// stored before and resolve them by retiring one record.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class DuplicateIdNumberTests(SqliteServer server)
{
    [Fact]
    public Task ACadreRegisteringAnotherVillagesResidentIsRefusedAndLearnsOnlyTheVillageAndTheMaskedHead() =>
        AnotherVillagesResidentIsRefusedAsync(server, DemoCounty.Shangtang, DemoCounty.Fengshu);

    internal static async Task AnotherVillagesResidentIsRefusedAsync(ServerFixture server, string village, string otherVillage)
    {
        var resident = (await server.EntitiesAsync(otherVillage, "person", 1))[0];
        var head = await server.Store.GetAsync(Guid.Parse((string)resident["household"]!));
        var household = (await server.EntitiesAsync(village, "household", 1))[0];

        var problem = await BadInputTests.AssertFieldRefusedAsync(server, village, "id_number", "已登记在石桥镇枫树村委会（户主 ",
            new { op = "create", entityType = "person", fields = new Dictionary<string, object> { ["name"] = "重复的人", ["id_number"] = (string)resident["id_number"]!, ["household"] = household.Id } });

        var text = problem.GetRawText();
        Assert.Contains($"户主 {((string)head!["name"]!)[..1]}*", JsonSerializer.Deserialize<string>(problem.GetProperty("errors").GetProperty("operations[0].fields.id_number")[0].GetRawText()));
        Assert.DoesNotContain((string)head["name"]!, text);
        Assert.DoesNotContain((string)resident["name"]!, text);
    }

    [Fact]
    public async Task TheVillagesOwnCadreIsToldWhichResidentAlreadyHasTheNumber()
    {
        const string village = DemoCounty.Xiafang;
        var resident = (await server.EntitiesAsync(village, "person", 1))[0];
        var household = (await server.EntitiesAsync(village, "household", 1))[0];
        await BadInputTests.AssertFieldRefusedAsync(server, village, "id_number", $"本村在册人员“{resident["name"]}”",
            new { op = "create", entityType = "person", fields = new Dictionary<string, object> { ["name"] = "又录一次", ["id_number"] = (string)resident["id_number"]!, ["household"] = household.Id } });
    }

    [Fact]
    public async Task AReviewerSeesDuplicatesStoredBeforeWithBothRecordsAndResolvesOneByRetiringIt()
    {
        var first = (await server.EntitiesAsync(DemoCounty.Chengguan, "person", 1))[0];
        var second = (await server.EntitiesAsync(DemoCounty.Shangtang, "person", 3))[2];
        var idNumber = (string)first["id_number"]!;
        // A database from before saves refused duplicates: the second record carries the first's number.
        await server.ForceIdNumberAsync(second.Id, idNumber);
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);

        var list = await (await reviewer.GetAsync($"/api/review/{DemoCounty.Qingxi}/duplicates")).OkJsonAsync();
        var duplicate = Assert.Single(list.EnumerateArray(), d => d.GetProperty("records").EnumerateArray().Any(r => r.GetProperty("id").GetString() == second.Id.ToString()));
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], duplicate.GetProperty("idNumber").GetString()); // masked for a reviewer
        var records = duplicate.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal([first.Id, second.Id], records.Select(r => r.GetProperty("id").GetGuid())); // in village order: 城关社区, 上塘村
        Assert.Equal([(string)first["name"]!, (string)second["name"]!], records.Select(r => r.GetProperty("name").GetString()!));
        // Another township's reviewer sees none of it.
        var other = await server.SignedInAsync(Accounts.OtherTownshipReviewer);
        Assert.DoesNotContain(second.Id.ToString(), (await (await other.GetAsync($"/api/review/{DemoCounty.Shiqiao}/duplicates")).OkJsonAsync()).GetRawText());

        var retired = await (await reviewer.PostJsonAsync($"/api/review/duplicates/{second.Id}/retire",
            new { version = records[1].GetProperty("version").GetInt64(), note = "与城关社区的记录重复" })).OkJsonAsync();

        Assert.Equal(second.Version + 1, retired.GetProperty("version").GetInt64());
        var stored = await server.Store.GetAsync(second.Id);
        Assert.Equal(Storage.Model.RetirementReason.Duplicate, stored!.Retirement!.Reason);
        var after = await (await reviewer.GetAsync($"/api/review/{DemoCounty.Qingxi}/duplicates")).OkJsonAsync();
        Assert.DoesNotContain(second.Id.ToString(), after.GetRawText());
        using var again = await reviewer.PostJsonAsync($"/api/review/duplicates/{second.Id}/retire", new { version = retired.GetProperty("version").GetInt64() });
        await again.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ADuplicateIsNotRetiredInAMonthTheVillageHasSubmittedAndTheSaveItselfSaysSo()
    {
        var people = await server.EntitiesAsync(DemoCounty.Chengguan, "person", 3);
        var (first, second) = (people[1], people[2]);
        var ownNumber = (string)second["id_number"]!;
        await server.ForceIdNumberAsync(second.Id, (string)first["id_number"]!);
        var month = server.CurrentPeriod;
        var submitted = await server.Store.SaveSubmissionAsync(
            Storage.Model.Submission.NewDraft(DemoCounty.Chengguan, month) with { Status = Storage.Model.SubmissionStatus.Submitted, UpdatedBy = "test" },
            (await server.Store.GetSubmissionAsync(DemoCounty.Chengguan, month)).Version,
            new Storage.Model.AuditEntry(0, DateTimeOffset.UtcNow, "test", "submit", DemoCounty.Chengguan, month, null));
        try
        {
            var reviewer = await server.SignedInAsync(Accounts.Reviewer);
            using var refused = await reviewer.PostJsonAsync($"/api/review/duplicates/{second.Id}/retire", new { version = second.Version });
            var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains("已提交或审核", problem.Detail());
            var stored = await server.Store.GetAsync(second.Id);
            Assert.Null(stored!.Retirement);
            Assert.Equal(second.Version, stored.Version);
        }
        finally
        {
            // Back as the other tests of the collection found it: the month open, the record's own number.
            await server.Store.SaveSubmissionAsync(submitted with { Status = Storage.Model.SubmissionStatus.Draft }, submitted.Version,
                new Storage.Model.AuditEntry(0, DateTimeOffset.UtcNow, "test", "return", DemoCounty.Chengguan, month, null));
            await server.ForceIdNumberAsync(second.Id, ownNumber);
        }
    }
}
