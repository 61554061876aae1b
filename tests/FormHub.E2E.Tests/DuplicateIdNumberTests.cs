using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.E2E.Tests;

/// <summary>
/// Issue 13, item 2 in a real browser: the reviewer's board lists an ID number registered twice (stored before saves
/// refused it) with both records, and retiring the extra one as a duplicate clears it.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class DuplicateIdNumberTests(LiveServer server)
{
    private const string Chengguan = "360835100001"; // 城关社区 (清溪镇)
    private const string Shangtang = "360835100201"; // 上塘村委会 (清溪镇)

    [Fact]
    public async Task TheReviewerSeesAnIdNumberRegisteredTwiceAndRetiresTheExtraRecord()
    {
        var store = server.Services.GetRequiredService<IFormHubStore>();
        var first = (await store.ListAsync(new EntityQuery(Chengguan, "person") { Take = 1 })).Items[0];
        var second = (await store.ListAsync(new EntityQuery(Shangtang, "person") { Take = 5 })).Items[4];
        await using (var connection = new SqliteConnection($"Data Source={server.DatabaseFile}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE entities SET data = json_set(data, '$.id_number', $n) WHERE id = $id;
                UPDATE identity_numbers SET id_number = $n WHERE entity_id = $id;
                """;
            command.Parameters.AddWithValue("$n", (string)first["id_number"]!);
            command.Parameters.AddWithValue("$id", second.Id.ToString("D"));
            await command.ExecuteNonQueryAsync();
        }

        var errors = new List<string>();
        var page = await server.OpenPageAsync(consoleErrors: errors);
        await page.SignInAsync("reviewer");
        await page.WaitForSelectorAsync("[data-testid=duplicates] [data-testid=duplicate]");
        var section = await page.TextAsync("[data-testid=duplicates]");
        Assert.Contains("重复登记的公民身份号码", section);
        Assert.Contains((string)first["name"]!, section);
        Assert.Contains((string)second["name"]!, section);
        Assert.Contains("城关社区", section);

        await page.ClickAsync($"[data-testid=duplicate-retire-{second.Id}]");
        await page.WaitForSelectorAsync("[data-testid=duplicates-none]");

        Assert.Equal(RetirementReason.Duplicate, (await store.GetAsync(second.Id))!.Retirement!.Reason);
        Assert.Empty(errors);
    }
}
