using FormHub.Storage.Accounts;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>The machine API's clients (api_clients) and the import mapping profiles (import_profiles), alike on both engines.</summary>
public abstract partial class StoreContractTests
{
    private ApiClient NewClient(string name, string hash) => new()
    {
        Id = Guid.NewGuid(), Name = name, Department = "民政", Area = "361025000000", Scopes = [ApiScopes.WriteValues, ApiScopes.ReadRows],
        TokenHash = hash, CreatedBy = "admin", CreatedAt = Clock.GetUtcNow(), ExpiresAt = Clock.GetUtcNow().AddDays(365), RequestsPerMinute = 30,
    };

    [Fact]
    public async Task AnApiClientIsFoundByIdAndTokenHashRevokedAndTouchedWithEveryFieldKept()
    {
        var client = NewClient("民政低保系统", new string('a', 64));
        var other = NewClient("残联系统", new string('b', 64)) with { CreatedAt = Clock.GetUtcNow().AddMinutes(1) };
        await Store.SaveApiClientAsync(client);
        await Store.SaveApiClientAsync(other);

        Assert.Equal(client, await Store.FindApiClientAsync(client.Id), ApiClientComparer.Instance);
        Assert.Equal(client.Id, (await Store.FindApiClientByTokenHashAsync(client.TokenHash))!.Id);
        Assert.Null(await Store.FindApiClientByTokenHashAsync(new string('c', 64)));
        Assert.Null(await Store.FindApiClientAsync(Guid.NewGuid()));
        Assert.Equal([client.Id, other.Id], (await Store.ListApiClientsAsync()).Select(c => c.Id));

        var used = Clock.GetUtcNow().AddHours(2);
        await Store.TouchApiClientAsync(client.Id, used);
        var revoked = (await Store.FindApiClientAsync(client.Id))! with { RevokedAt = used.AddHours(1) };
        await Store.SaveApiClientAsync(revoked);
        var read = (await Store.FindApiClientAsync(client.Id))!;
        Assert.Equal(used, read.LastUsedAt);
        Assert.Equal(used.AddHours(1), read.RevokedAt);
        Assert.False(read.IsActiveAt(used.AddHours(2)));
        Assert.Equal([ApiScopes.WriteValues, ApiScopes.ReadRows], read.Scopes);
        Assert.Equal(30, read.RequestsPerMinute);
    }

    [Fact]
    public async Task ATokenHashBelongsToOneClientOnly()
    {
        await Store.SaveApiClientAsync(NewClient("甲", new string('d', 64)));
        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveApiClientAsync(NewClient("乙", new string('d', 64))));
        Assert.Single(await Store.ListApiClientsAsync());
    }

    private AuditEntry ProfileAudit(string user, string detail) => new(0, Clock.GetUtcNow(), user, "import-profile", VillageA, null, detail);

    [Fact]
    public async Task AnImportProfileIsSavedReplacedAndListedByNameEachSaveWithItsAuditLine()
    {
        await Store.SaveImportProfileAsync(new StoredImportProfile("户籍", "person", """{"columns":{"姓名":"name"}}""", "admin", Clock.GetUtcNow()), ProfileAudit("admin", "新建 户籍"));
        await Store.SaveImportProfileAsync(new StoredImportProfile("低保名册", "household", """{"columns":{"户主":"head_name"}}""", "cli", Clock.GetUtcNow()), ProfileAudit("cli", "新建 低保名册"));
        var later = Clock.GetUtcNow().AddDays(30);
        await Store.SaveImportProfileAsync(new StoredImportProfile("户籍", "person", """{"columns":{"姓名":"name","身份证":"id_number"}}""", "cadre-a", later), ProfileAudit("cadre-a", "替换 户籍"));

        var found = await Store.FindImportProfileAsync("户籍");
        Assert.Equal(new StoredImportProfile("户籍", "person", """{"columns":{"姓名":"name","身份证":"id_number"}}""", "cadre-a", later), found);
        Assert.Null(await Store.FindImportProfileAsync("户"));
        Assert.Equal(["低保名册", "户籍"], (await Store.ListImportProfilesAsync()).Select(p => p.Name));
        var audit = (await Store.ListAuditAsync(VillageA)).Where(a => a.Action == "import-profile").Select(a => (a.User, a.Detail)).ToList();
        Assert.Equal([("cadre-a", "替换 户籍"), ("cli", "新建 低保名册"), ("admin", "新建 户籍")], audit);
    }

    /// <summary>Records with list members compare by reference; this compares an <see cref="ApiClient"/> by value.</summary>
    private sealed class ApiClientComparer : IEqualityComparer<ApiClient?>
    {
        public static readonly ApiClientComparer Instance = new();

        public bool Equals(ApiClient? x, ApiClient? y) =>
            x is not null && y is not null && x with { Scopes = [] } == y with { Scopes = [] } && x.Scopes.SequenceEqual(y.Scopes);

        public int GetHashCode(ApiClient? obj) => obj?.Id.GetHashCode() ?? 0;
    }
}
