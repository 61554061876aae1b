using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// The records' table keeps two indexes, its key and the roster's: every index more is an insert per record written (a
/// county load writes 400,000), so the duplicated columns no query searches by alone have none, and a schema made before
/// loses the county's on its next start.
/// </summary>
public sealed class MartenEntityIndexTests : IAsyncLifetime
{
    private readonly MartenEngine _engine = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _engine.DisposeAsync();

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
