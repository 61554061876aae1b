using FormHub.Core.Catalog;
using FormHub.Storage.Audit;
using FormHub.Storage.Marten;
using FormHub.Storage.Shards;
using FormHub.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FormHub.Storage;

/// <summary>Opens the configured engine and makes sure its schema exists.</summary>
public static class FormHubStoreFactory
{
    public static async Task<IFormHubStore> OpenAsync(StorageOptions options, FieldCatalog catalog, TimeProvider? clock = null, CancellationToken ct = default)
    {
        IFormHubStore store;
        var keys = AuditKeyRing.LoadOrCreate(options.AuditKeyPath);
        if (options.ShardLayoutFile is { } layoutFile)
        {
            // A province over several databases: one Marten store per shard behind the router (issue 17, item 3).
            var layout = ShardLayout.Load(layoutFile);
            store = new ShardedFormHubStore(layout, layout.Shards
                .Select(s => (IFormHubStore)new MartenFormHubStore(OpenDataSource(s.Connection), options.PostgresSchema, catalog, keys, clock)).ToList());
        }
        else if (options.PostgresConnectionString is { } cs)
        {
            store = new MartenFormHubStore(OpenDataSource(cs), options.PostgresSchema, catalog, keys, clock);
        }
        else
        {
            Directory.CreateDirectory(options.DataDirectory);
            var sqlite = new SqliteConnectionStringBuilder { DataSource = options.SqlitePath, Pooling = true }.ToString();
            store = new SqliteFormHubStore(sqlite, catalog, keys, clock);
        }
        try
        {
            await store.InitializeAsync(ct);
        }
        catch
        {
            // Refused on start (a schema it may not open, a server away): its connections go with it.
            await store.DisposeAsync();
            throw;
        }
        return store;
    }

    private static NpgsqlDataSource OpenDataSource(string connectionString) => DataSourceBuilder(connectionString).Build();

    /// <summary>
    /// The Marten engine's connection settings over <paramref name="connectionString"/>. Auto-prepare: the store sends the
    /// same few statements over and over (its own commands and batches, and Marten's; each is parsed and planned once per
    /// pooled connection after a few uses, not on every save). No reset on close: the store keeps no session state (its
    /// locks are transaction-scoped), and the reset is five statements on every pooled open. A connection string that
    /// sets <c>Max Auto Prepare</c> itself keeps its value, 0 (turned off) included.
    /// </summary>
    internal static NpgsqlDataSourceBuilder DataSourceBuilder(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!SetsMaxAutoPrepare(connectionString)) builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        return builder;
    }

    /// <summary>
    /// Whether <paramref name="connectionString"/> names Max Auto Prepare (as <c>Max Auto Prepare</c> or <c>MaxAutoPrepare</c>,
    /// in any case): the value parsed cannot tell an explicit 0 from none given.
    /// </summary>
    private static bool SetsMaxAutoPrepare(string connectionString) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare), StringComparison.OrdinalIgnoreCase));
}
