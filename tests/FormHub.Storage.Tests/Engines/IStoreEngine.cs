using FormHub.Core.Catalog;

namespace FormHub.Storage.Tests.Engines;

/// <summary>One storage engine under test: makes empty stores and lets a test reach behind the store's back.</summary>
public interface IStoreEngine : IAsyncDisposable
{
    Task<IFormHubStore> CreateStoreAsync(FieldCatalog catalog, TimeProvider clock);

    /// <summary>Runs raw SQL against the last store created; {entities}, {events} … are replaced by the qualified table names.</summary>
    Task<int> ExecuteAsync(string sql);
}
