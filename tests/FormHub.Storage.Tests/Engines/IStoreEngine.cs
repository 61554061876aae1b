using FormHub.Core.Catalog;

namespace FormHub.Storage.Tests.Engines;

/// <summary>One storage engine under test: makes empty stores and lets a test reach behind the store's back.</summary>
public interface IStoreEngine : IAsyncDisposable
{
    /// <summary>
    /// Opens a store on this engine's database (empty the first time; the same database again on later calls).
    /// <paramref name="auditKeyFile"/>: the chain's key file; the default one when null.
    /// </summary>
    Task<IFormHubStore> CreateStoreAsync(FieldCatalog catalog, TimeProvider clock, string? auditKeyFile = null);

    /// <summary>Runs a raw query like <see cref="ExecuteAsync"/> and returns every row's columns as invariant text.</summary>
    Task<List<string?[]>> QueryAsync(string sql);

    /// <summary>Edits behind the store's back, in this engine's tables.</summary>
    IBehindTheStore Behind { get; }

    /// <summary>Runs raw SQL against the last store created; {entities}, {events} … are replaced by the qualified table names.</summary>
    Task<int> ExecuteAsync(string sql);
}
