using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>A fresh Marten store with the test catalog and regions (Shangtang and Xiatang), for tests of the Marten engine alone.</summary>
public abstract class MartenStoreTests : IAsyncLifetime
{
    protected static readonly DateOnly Jan1 = new(2026, 1, 1);
    protected readonly MartenEngine _engine = new();
    protected IFormHubStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _engine.CreateStoreAsync(TestCatalog.Create(), TimeProvider.System);
        await TestRegions.SaveAsync(_store, withXiatang: true);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();
}
