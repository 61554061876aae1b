using FormHub.Storage.Audit;
using FormHub.Storage.Marten;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// How many round trips Marten's hot paths make, counted from Npgsql's own log of the commands and batches it sends.
/// A cadre's save (the commit aside): a save kept to its village, guarded by its closed months, that changes a person's field and sets the
/// month's value is its first read (chain locks, heads, catalog version, closed months, the record and the stored value)
/// and Marten's write batch (with the feed stamp).
/// </summary>
public sealed class MartenSaveRoundTripTests : IAsyncLifetime
{
    private readonly string _schema = "m_" + Guid.NewGuid().ToString("N");
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "formhub-keys-" + Guid.NewGuid().ToString("N"));
    private readonly SentCommands _sent = new();
    private MartenFormHubStore _store = null!;
    private NpgsqlDataSource _source = null!;

    public async Task InitializeAsync()
    {
        // The engine's own connection settings (automatic preparation on), on one pooled connection, so the statements it
        // prepared can be listed from it.
        var source = FormHubStoreFactory.DataSourceBuilder(TestPostgres.ConnectionString + ";Maximum Pool Size=1").UseLoggerFactory(_sent).Build();
        _source = source;
        _store = new MartenFormHubStore(source, _schema, TestCatalog.Create(), AuditKeyRing.LoadOrCreate(_keyFile));
        await _store.InitializeAsync();
        await TestRegions.SaveAsync(_store);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await TestPostgres.ExecuteRawAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        File.Delete(_keyFile);
    }

    [Fact]
    public async Task ACadresSaveOfAFieldAndTheMonthsValueIsTwoRoundTripsBeforeItsCommit()
    {
        var (person, version) = await SeedPersonAsync();
        for (var save = 0; save < 2; save++)
        {
            var s = CadresSave(person, version, save == 0 ? "张三丰" : "张三", 100m + save, save);
            _sent.Reset();
            var result = await s.SaveChangesAsync();
            // The first save stores the month's value, the second one updates it at the version the first read.
            Assert.Equal(2, _sent.Count);
            version = result.Versions[person];
        }
        Assert.Equal(101m, (await _store.GetPeriodicValuesAsync(TestRegions.Shangtang, ["2026-11"], [person])).Single().Value);
    }

    [Fact]
    public async Task TheChildrenOfEveryRollupOfALivePassAreReadInOneRoundTrip()
    {
        string[] townships = ["361025101000", "361025102000", "361025103000"];
        await _store.SaveReportRowsAsync(townships.SelectMany(t => new[] { t[..9] + "200", t[..9] + "201" })
            .Select(village => new StoredReportRow("mz-dibao", 1, "2026-11", village, (int)Core.OrgUnits.OrgLevel.Village, "{}", DateTimeOffset.UnixEpoch)).ToList());
        var scopes = townships.Select(t => new ReportRowScope("mz-dibao", 1, "2026-11", t, Core.OrgUnits.OrgLevel.Village)).ToList();

        _sent.Reset();
        var rows = await ((IReportRowStore)_store).GetReportRowsAsync(scopes);
        // One batch for the three townships, not a read each.
        Assert.Equal(1, _sent.Count);
        Assert.All(scopes, scope => Assert.Equal(2, rows[scope].Count));
    }

    [Fact]
    public async Task AfterAFewSavesNpgsqlHasPreparedTheSavesOwnStatementsAndMartensWriteBatch()
    {
        var (person, version) = await SeedPersonAsync();
        long periodic = 0;
        for (var save = 0; save < 8; save++)
        {
            var result = await CadresSave(person, version, "张三" + save, 100m + save, periodic).SaveChangesAsync();
            version = result.Versions[person];
            periodic = result.PeriodicVersions.Single().Version;
        }

        await using var connection = await _source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT statement FROM pg_prepared_statements", connection);
        var prepared = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) prepared.Add(reader.GetString(0));
        }
        // The first read (FormHub's batch) and the write (Marten's), each statement of them.
        string[] expected = ["pg_advisory_xact_lock", "mt_doc_village_chains WHERE id = ANY", "mt_doc_catalog_versions", "mt_doc_submissions",
            "mt_doc_entities WHERE id = ANY", "mt_doc_periodic_values WHERE id = ANY", "mt_quick_append_events", "event_feed"];
        foreach (var statement in expected)
            Assert.True(prepared.Any(p => p.Contains(statement, StringComparison.Ordinal)), $"not prepared: {statement}; prepared: {string.Join(" | ", prepared)}");
    }

    private async Task<(Guid Person, long Version)> SeedPersonAsync()
    {
        var seed = _store.OpenSession("cadre", ChangeSource.Form);
        var person = seed.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "张三" }, new DateOnly(2026, 1, 1));
        await seed.SaveChangesAsync();
        return (person, (await _store.GetAsync(person))!.Version);
    }

    /// <summary>A form save as the server makes it: kept to the village, guarded by its closed months, a field and the month's value.</summary>
    private IStoreSession CadresSave(Guid person, long version, string name, decimal subsidy, long subsidyVersion)
    {
        var s = _store.OpenSession("cadre", ChangeSource.Form);
        s.KeepToVillage(TestRegions.Shangtang);
        s.GuardFilings(new FilingGuard(TestRegions.Shangtang, "2026-11", _ => null));
        s.Change(person, version, new Dictionary<string, object?> { ["name"] = name }, new DateOnly(2026, 11, 1));
        s.SetPeriodic(person, "subsidy", "2026-11", subsidy, subsidyVersion);
        return s;
    }

    /// <summary>Counts Npgsql's "executing command" and "executing batch" log events: one per round trip carrying statements.</summary>
    private sealed class SentCommands : ILoggerFactory, ILogger
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Volatile.Write(ref _count, 0);

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider) { }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name is "ExecutingCommand" or "ExecutingCommandWithParameters" or "ExecutingBatch" or "ExecutingBatchWithParameters")
                Interlocked.Increment(ref _count);
        }

        public void Dispose() { }
    }
}
