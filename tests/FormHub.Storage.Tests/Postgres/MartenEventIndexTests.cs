using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// FormHub's own index on the Marten events' entity id (<c>ix_events_entity</c>, raw SQL after Weasel has applied the
/// schema) is what keeps a record's history and as-of reads fast on a county's events; Weasel must not drop it on a
/// later start or migration, nor must each start rebuild it. The records' table keeps two indexes, its key and the
/// roster's: every index more is an insert per record written (a county load writes 400,000), so the duplicated columns no
/// query searches by alone have none, and a schema made before loses the county's on its next start.
/// </summary>
public sealed class MartenEventIndexTests : IAsyncLifetime
{
    private readonly MartenEngine _engine = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task<string?> IndexAsync() =>
        (await _engine.QueryAsync($"SELECT c.oid::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{_engine.Schema}' AND c.relname = 'ix_events_entity'"))
        .SingleOrDefault()?[0];

    private async Task<string> EventIndexesAsync() => string.Join(", ",
        (await _engine.QueryAsync($"SELECT indexname FROM pg_indexes WHERE schemaname = '{_engine.Schema}' AND tablename = 'mt_events' ORDER BY indexname")).Select(r => r[0]));

    [Fact]
    public async Task TheEventEntityIndexSurvivesARestartAndAMigrationOfTheEventsTable()
    {
        var store = await _engine.CreateStoreAsync(TestCatalog.Create(), TimeProvider.System);
        await TestRegions.SaveAsync(store);
        var s = store.OpenSession("cadre", ChangeSource.Form);
        s.Create("household", TestRegions.Shangtang, new Dictionary<string, object?> { ["head_name"] = "张三" }, new DateOnly(2026, 1, 1));
        await s.SaveChangesAsync();
        var created = await IndexAsync();
        Assert.NotNull(created);
        var marten = await EventIndexesAsync();
        await store.DisposeAsync();

        // A restart: Weasel compares the events table with its configuration again.
        store = await _engine.CreateStoreAsync(TestCatalog.Create(), TimeProvider.System);
        Assert.Equal(created, await IndexAsync());
        await store.DisposeAsync();

        // A migration that touches the events table: one of Marten's own indexes is missing and Weasel puts it back.
        var own = (await _engine.QueryAsync($"SELECT indexname FROM pg_indexes WHERE schemaname = '{_engine.Schema}' AND tablename = 'mt_events' AND indexname <> 'ix_events_entity' AND indexname NOT LIKE '%pkey%'"))
            .Select(r => r[0]!).First();
        await _engine.ExecuteAsync($"DROP INDEX \"{_engine.Schema}\".\"{own}\"");
        store = await _engine.CreateStoreAsync(TestCatalog.Create(), TimeProvider.System);
        Assert.Equal(marten, await EventIndexesAsync());
        Assert.Equal(created, await IndexAsync());
    }

    private async Task<string> EntityIndexesAsync() => string.Join(", ",
        (await _engine.QueryAsync($"SELECT indexname FROM pg_indexes WHERE schemaname = '{_engine.Schema}' AND tablename = 'mt_doc_entities' ORDER BY indexname")).Select(r => r[0]));

    [Fact]
    public async Task TheRecordsTableHasItsKeyAndTheRosterIndexOnlyAndAnOlderSchemaLosesTheCountyIndex()
    {
        var store = await _engine.CreateStoreAsync(TestCatalog.Create(), TimeProvider.System);
        const string Expected = "mt_doc_entities_idx_village_code_entity_type_id, pkey_mt_doc_entities_id";
        Assert.Equal(Expected, await EntityIndexesAsync());
        await store.DisposeAsync();

        // The index a schema made before this change has: dropped by the next start's schema migration.
        await _engine.ExecuteAsync($"CREATE INDEX mt_doc_entities_idx_county_code ON \"{_engine.Schema}\".mt_doc_entities (county_code)");
        store = await _engine.CreateStoreAsync(TestCatalog.Create(), TimeProvider.System);
        Assert.Equal(Expected, await EntityIndexesAsync());
        await store.DisposeAsync();
    }
}
