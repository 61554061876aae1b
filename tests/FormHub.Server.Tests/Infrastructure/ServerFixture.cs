using System.Net.Http.Json;
using System.Text.Json;
using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>
/// One seeded server shared by a test collection (seeding the demo county takes seconds), plus the accounts the demo
/// lacks: a cadre (and a second cadre) for every village and a reviewer for every township.
/// </summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("formhub-api-tests-").FullName;
    private FormHubFactory? _factory;

    public FormHubFactory Factory => _factory ?? throw new InvalidOperationException("The server has not been started.");

    public IFormHubStore Store => Factory.Services.GetRequiredService<IFormHubStore>();

    /// <summary>How the server was started (its data folder, for the command line to open the same store).</summary>
    public ServerSettings Settings { get; private set; } = null!;

    /// <summary>The month a form opens on today ("2026-12").</summary>
    public string CurrentPeriod => Factory.Services.GetRequiredService<FilingCalendar>().CurrentMonth.Key;

    protected virtual ServerSettings Configure(ServerSettings settings) => settings;

    /// <summary>The SQLite database file of a SQLite server (for tests that must put the store in a state saves refuse).</summary>
    public string? SqliteFile { get; private set; }

    /// <summary>False when the fixture cannot run here (PostgreSQL without a server); its tests are skipped then.</summary>
    protected virtual bool Available => true;

    public virtual async Task InitializeAsync()
    {
        if (!Available) return;
        var settings = Settings = Configure(new ServerSettings(Path.Combine(_directory, "data")));
        // Starting the host runs the demo seeding (a hosted service) before the server takes requests. Seeded SQLite
        // servers start one at a time: the first seeds, the later ones start from a copy of its database taken before
        // any test wrote to it (the same county and accounts, without seeding again).
        var onSqlite = settings.PostgresConnectionString is null && settings.ShardLayoutFile is null;
        var sqliteDemo = settings.SeedDemo && onSqlite;
        if (sqliteDemo) await Starting.WaitAsync();
        try
        {
            var copied = sqliteDemo && SeededSqlite is not null;
            if (copied)
            {
                Directory.CreateDirectory(settings.DataDirectory);
                File.Copy(SeededSqlite!, Path.Combine(settings.DataDirectory, "formhub.db"));
            }
            if (onSqlite) SqliteFile = Path.Combine(settings.DataDirectory, "formhub.db");
            _factory = new FormHubFactory(settings);
            await Task.Run(() => _factory.Server);
            if (settings.SeedDemo && !copied) await AddAccountsAsync();
            if (sqliteDemo && SeededSqlite is null) SeededSqlite = CopySqlite(Path.Combine(settings.DataDirectory, "formhub.db"));
        }
        finally
        {
            if (sqliteDemo) Starting.Release();
        }
    }

    private static readonly SemaphoreSlim Starting = new(1, 1);

    /// <summary>The seeded demo county with the test accounts, as a SQLite file (null until the first SQLite server seeded).</summary>
    private static string? SeededSqlite;

    /// <summary>A consistent copy of a live SQLite database (VACUUM INTO), removed when the test run ends.</summary>
    private static string CopySqlite(string database)
    {
        var directory = Directory.CreateTempSubdirectory("formhub-api-tests-seeded-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { /* cleaned up with the temp folder */ }
        };
        var copy = Path.Combine(directory, "formhub.db");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $copy";
        command.Parameters.AddWithValue("$copy", copy);
        command.ExecuteNonQuery();
        return copy;
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a file still held open; the temp folder is cleaned up eventually */ }
    }

    private async Task AddAccountsAsync()
    {
        var hash = PasswordHashing.Hash(DemoCounty.Password);
        foreach (var unit in await Store.GetRegionsAsync())
        {
            var code = unit.Code.Value;
            if (unit.Level == Core.OrgUnits.OrgLevel.Village)
            {
                foreach (var name in new[] { Accounts.CadreOf(code), Accounts.SecondCadreOf(code) }.Where(n => n != Accounts.Cadre))
                {
                    await Store.SaveAccountAsync(new UserAccount
                    {
                        UserName = name, DisplayName = $"{unit.Name} 村干部 ({name})", Role = AccountRole.Cadre, CaptureScope = code, ViewScope = code, PasswordHash = hash,
                    });
                }
            }
            else if (unit.Level == Core.OrgUnits.OrgLevel.Township && code != DemoCounty.Qingxi)
            {
                await Store.SaveAccountAsync(new UserAccount
                {
                    UserName = Accounts.ReviewerOf(code), DisplayName = $"{unit.Name} 审核员", Role = AccountRole.Reviewer, ViewScope = code, PasswordHash = hash,
                });
            }
        }
    }

    /// <summary>A client holding no cookie.</summary>
    public HttpClient Anonymous(string? language = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>
    /// Signs in as a browser would: takes an antiforgery token, posts the password with it, then keeps the sign-in
    /// cookie and sends the signed-in user's token (from the login answer) as X-CSRF-TOKEN on every later request.
    /// </summary>
    public async Task<HttpClient> SignInAsync(string userName, string? language = null)
    {
        var client = Anonymous(language);
        var answer = await LoginAsync(client, userName, DemoCounty.Password);
        var body = await answer.OkJsonAsync();
        client.DefaultRequestHeaders.Add(Http.CsrfHeader, body.GetProperty("csrfToken").GetString());
        return client;
    }

    /// <summary>
    /// A signed-in client kept for the fixture's lifetime (signing in costs a password hash check); tests that sign
    /// out or need a fresh session use <see cref="SignInAsync"/>.
    /// </summary>
    public Task<HttpClient> SignedInAsync(string userName) =>
        _signedIn.GetOrAdd(userName, name => new Lazy<Task<HttpClient>>(() => SignInAsync(name))).Value;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _signedIn = new();

    /// <summary>GET /api/session/antiforgery, then POST /api/session/login with that token.</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password)
    {
        var token = (await (await client.GetAsync("/api/session/antiforgery")).OkJsonAsync()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session/login") { Content = JsonContent.Create(new { userName, password }) };
        request.Headers.Add(Http.CsrfHeader, token);
        return await client.SendAsync(request);
    }

    /// <summary>What a refused request must leave unchanged: the village's event chain, every count in the store, the village's month.</summary>
    public async Task<StoreSnapshot> SnapshotAsync(string village)
    {
        var chain = await Store.VerifyAsync(village);
        var submission = await Store.GetSubmissionAsync(village, CurrentPeriod);
        return new StoreSnapshot(chain.EventsChecked, await Store.CountAsync(), submission.Status, submission.Version);
    }

    /// <summary>A person of the village (for the record endpoints), or a random id when the unit is not a village.</summary>
    public async Task<Guid> SomePersonOfAsync(string unit) =>
        IsVillage(unit) ? (await EntitiesAsync(unit, "person", 1))[0].Id : Guid.NewGuid();

    public static bool IsVillage(string unit) => Core.OrgUnits.RegionCode.Parse(unit).Level == Core.OrgUnits.OrgLevel.Village;

    /// <summary>The first entities of a type in a village, straight from the store.</summary>
    /// <summary>
    /// Gives a record another's ID number behind the store's back, as a database from before saves refused duplicates
    /// holds them (SQLite servers only).
    /// </summary>
    public async Task ForceIdNumberAsync(Guid entityId, string idNumber)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={SqliteFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE entities SET data = json_set(data, '$.id_number', $n) WHERE id = $id;
            UPDATE identity_numbers SET id_number = $n WHERE entity_id = $id;
            """;
        command.Parameters.AddWithValue("$n", idNumber);
        command.Parameters.AddWithValue("$id", entityId.ToString("D"));
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<EntityDocument>> EntitiesAsync(string village, string type, int take = 5) =>
        (await Store.ListAsync(new EntityQuery(village, type) { Take = take })).Items;
}

/// <summary>See <see cref="ServerFixture.SnapshotAsync"/>.</summary>
public sealed record StoreSnapshot(long VillageEvents, StoreCounts Counts, SubmissionStatus Status, long SubmissionVersion);

/// <summary>The SQLite server most tests share.</summary>
public sealed class SqliteServer : ServerFixture;

[CollectionDefinition(Name)]
public sealed class SqliteServerCollection : ICollectionFixture<SqliteServer>
{
    public const string Name = "SQLite server";
}
