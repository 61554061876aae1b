using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// The village's own cadre sees its villagers in full; reviewers and admins see ID numbers as 3608**********1234,
/// phones as 138****5678 and no birth date (they get the age), and cannot recover what the mask hides.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed partial class MaskingTests(SqliteServer server)
{
    [Fact]
    public async Task TheCadreSeesFullIdNumbersOfTheirOwnVillagers()
    {
        var persons = await PersonsAsync(server, Accounts.Cadre, DemoCounty.Shimen);
        Assert.NotEmpty(persons);
        foreach (var person in persons)
        {
            var id = person.GetProperty("fields").GetProperty("id_number").GetString()!;
            Assert.Matches(FullIdNumber(), id);
            Assert.True(person.GetProperty("fields").TryGetProperty("birth_date", out _), $"no birth_date in {person}");
            Assert.Equal(0, person.GetProperty("masked").GetArrayLength());
            if (person.GetProperty("fields").TryGetProperty("phone", out var phone)) Assert.Matches(FullPhone(), phone.GetString()!);
        }
    }

    [Theory]
    [InlineData(Accounts.Reviewer)]
    [InlineData(Accounts.Admin)]
    public Task ReviewersAndAdminsSeeMaskedIdNumbersAndNoBirthDate(string viewer) => AssertMaskedAsync(server, viewer, DemoCounty.Shimen);

    [Fact]
    public async Task SearchingAVillagersHiddenDigitsDoesNotUnmaskThemForAReviewer()
    {
        // The mask hides the 10 middle digits (area code rest and birth date); a search on them must not confirm them.
        var full = await PersonsAsync(server, Accounts.Cadre, DemoCounty.Shimen);
        var person = full[0];
        var id = person.GetProperty("fields").GetProperty("id_number").GetString()!;
        var hidden = id[4..14];
        var reviewer = await server.SignedInAsync(Accounts.Reviewer);
        var refused = await (await reviewer.GetAsync($"/api/villages/{DemoCounty.Shimen}/entities/person?search={hidden}")).ProblemAsync(System.Net.HttpStatusCode.BadRequest);
        Assert.Contains("完整的18位", refused.GetProperty("detail").GetString());
        // The whole number is a lookup, not a probe: it finds the person (still masked).
        var whole = await (await reviewer.GetAsync($"/api/villages/{DemoCounty.Shimen}/entities/person?search={id}")).OkJsonAsync();
        var match = Assert.Single(whole.GetProperty("items").EnumerateArray());
        Assert.Equal(person.GetProperty("id").GetGuid(), match.GetProperty("id").GetGuid());
        Assert.NotEqual(id, match.GetProperty("fields").GetProperty("id_number").GetString());
    }

    /// <summary>Every person the viewer gets (list and single record) is masked, and each mask fits the real number.</summary>
    internal static async Task AssertMaskedAsync(ServerFixture server, string viewer, string village)
    {
        var truth = (await PersonsAsync(server, Accounts.CadreOf(village), village)).ToDictionary(p => p.GetProperty("id").GetGuid());
        var seen = await PersonsAsync(server, viewer, village);
        Assert.Equal(truth.Count, seen.Count);
        var client = await server.SignedInAsync(viewer);
        var one = await (await client.GetAsync($"/api/villages/{village}/entities/person/{seen[0].GetProperty("id").GetGuid()}")).OkJsonAsync();
        foreach (var person in seen.Append(one))
        {
            var fields = person.GetProperty("fields");
            var real = truth[person.GetProperty("id").GetGuid()].GetProperty("fields");
            var id = fields.GetProperty("id_number").GetString()!;
            Assert.Matches(MaskedIdNumber(), id);
            Assert.Equal(Mask(real.GetProperty("id_number").GetString()!, 4, 4), id);
            Assert.False(fields.TryGetProperty("birth_date", out _), $"birth_date shown to {viewer}: {person}");
            Assert.True(fields.TryGetProperty("age", out _), $"no age for {viewer}: {person}");
            var masked = person.GetProperty("masked").EnumerateArray().Select(m => m.GetString()).ToList();
            Assert.Contains("id_number", masked);
            if (fields.TryGetProperty("phone", out var phone))
            {
                Assert.Matches(MaskedPhone(), phone.GetString()!);
                Assert.Equal(Mask(real.GetProperty("phone").GetString()!, 3, 4), phone.GetString());
                Assert.Contains("phone", masked);
            }
            Assert.DoesNotMatch(FullIdNumberAnywhere(), person.GetRawText());
        }
    }

    /// <summary>Every person of the village as <paramref name="user"/> gets them, page by page.</summary>
    internal static async Task<List<JsonElement>> PersonsAsync(ServerFixture server, string user, string village)
    {
        var client = await server.SignedInAsync(user);
        var persons = new List<JsonElement>();
        int total;
        do
        {
            var page = await (await client.GetAsync($"/api/villages/{village}/entities/person?take=100&skip={persons.Count}")).OkJsonAsync();
            total = page.GetProperty("total").GetInt32();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0) break;
            persons.AddRange(items);
        } while (persons.Count < total);
        return persons;
    }

    private static string Mask(string value, int keepStart, int keepEnd) =>
        value[..keepStart] + new string('*', value.Length - keepStart - keepEnd) + value[^keepEnd..];

    [GeneratedRegex(@"^[0-9]{17}[0-9X]$")]
    private static partial Regex FullIdNumber();

    [GeneratedRegex(@"(?<![0-9])[0-9]{17}[0-9X](?![0-9])")]
    private static partial Regex FullIdNumberAnywhere();

    [GeneratedRegex(@"^3608\*{10}[0-9]{3}[0-9X]$")]
    private static partial Regex MaskedIdNumber();

    [GeneratedRegex(@"^1[0-9]{10}$")]
    private static partial Regex FullPhone();

    [GeneratedRegex(@"^1[0-9]{2}\*{4}[0-9]{4}$")]
    private static partial Regex MaskedPhone();
}
