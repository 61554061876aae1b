using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// The data the fault tests start from (the demo regions and one cadre per village used, no demo seeding: it would cost
/// more than the faults), the batches their clients save, and how they are found again afterwards.
/// </summary>
internal static class FaultCounty
{
    public const string Password = "FormHub2026";

    /// <summary>Villages of the demo county, one per client.</summary>
    public static readonly string[] Villages = ["360835100200", "360835100201", "360835101200", "360835200200"];

    /// <summary>Households created by one batch: a batch is all of them or none.</summary>
    public const int HouseholdsPerBatch = 3;

    public static FieldCatalog Catalog() => CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog"));

    public static string Cadre(string village) => "fault-" + village;

    public static async Task PrepareAsync(StorageOptions storage)
    {
        await using var store = await FormHubStoreFactory.OpenAsync(storage, Catalog());
        await store.SaveRegionsAsync(RegionCsvReader.ReadFile(Path.Combine(RepositoryRoot.Templates, "regions", "demo-county.csv")).All);
        var hash = PasswordHashing.Hash(Password);
        foreach (var village in Villages)
        {
            await store.SaveAccountAsync(new UserAccount
            {
                UserName = Cadre(village), DisplayName = "村干部 " + village, Role = AccountRole.Cadre, CaptureScope = village, ViewScope = village, PasswordHash = hash,
            });
        }
    }

    /// <summary>A cadre's browser-like client against a running server process.</summary>
    public static Task<HttpClient> SignInAsync(Uri server, string village) => SignInAsUserAsync(server, Cadre(village));

    /// <summary>A browser-like client of <paramref name="userName"/> (password <see cref="Password"/>) against a running server process.</summary>
    public static async Task<HttpClient> SignInAsUserAsync(Uri server, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var answer = await ServerFixture.LoginAsync(client, userName, Password);
        var body = await answer.OkJsonAsync();
        client.DefaultRequestHeaders.Add(Http.CsrfHeader, body.GetProperty("csrfToken").GetString());
        return client;
    }

    /// <summary>The month a save goes to: the current one in China.</summary>
    public static string CurrentPeriod => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static string HouseholdName(string batch, int k) => $"{batch}-{k}";

    /// <summary>Saves batch <paramref name="batch"/>: <paramref name="households"/> households (with <paramref name="padding"/> as address) in one request.</summary>
    public static Task<HttpResponseMessage> SaveBatchAsync(HttpClient client, string village, string batch, int households = HouseholdsPerBatch,
        string padding = "", CancellationToken ct = default) =>
        client.PostAsync($"/api/villages/{village}/changes", JsonContent.Create(new
        {
            period = CurrentPeriod,
            operations = Enumerable.Range(1, households).Select(k => new
            {
                op = "create",
                entityType = "household",
                fields = new Dictionary<string, object?> { ["name"] = HouseholdName(batch, k), ["address"] = padding.Length == 0 ? null : padding },
            }),
        }), ct);

    /// <summary>How many households of each batch are stored, by batch name, in the given villages.</summary>
    public static async Task<Dictionary<string, int>> StoredBatchesAsync(IFormHubStore store, IEnumerable<string> villages)
    {
        var batches = new Dictionary<string, int>();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(1);
        foreach (var village in villages)
        {
            foreach (var household in await store.ListAsOfAsync(village, "household", tomorrow, includeRetired: true))
            {
                var name = (string)household["name"]!;
                var batch = name[..name.LastIndexOf('-')];
                batches[batch] = batches.GetValueOrDefault(batch) + 1;
            }
        }
        return batches;
    }

    /// <summary>Every chain intact and every document equal to its log, in every village used.</summary>
    public static async Task AssertVerifiedAsync(IFormHubStore store)
    {
        foreach (var village in Villages)
        {
            var result = await store.VerifyAsync(village);
            Assert.True(result.IsIntact, $"{village}: " + string.Join("; ", result.Breaks.Select(b => b.Problem).Concat(result.Differences.Select(d => d.Problem))));
        }
    }

    /// <summary>A ProblemDetails answer's detail, or the body when it is not one.</summary>
    public static async Task<string> DetailAsync(HttpResponseMessage answer)
    {
        var text = await answer.Content.ReadAsStringAsync();
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? text : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    public static bool IsSuccess(HttpStatusCode status) => status == HttpStatusCode.OK;
}
