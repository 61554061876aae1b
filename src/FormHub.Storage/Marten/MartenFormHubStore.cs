using FormHub.Core.Catalog;
using FormHub.Storage.Audit;
using JasperFx;
using Marten;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// The PostgreSQL engine on Marten (issue 17): entity records as documents, each village's history as an event stream.
/// Split by topic into partial files; each file names the store interface it implements.
/// </summary>
public sealed partial class MartenFormHubStore : IAsyncDisposable
{
    private readonly DocumentStore _documents;
    private readonly NpgsqlDataSource _dataSource;

    public MartenFormHubStore(NpgsqlDataSource dataSource, string schema, FieldCatalog catalog, AuditKeyRing auditKeys, TimeProvider? clock = null)
    {
        _dataSource = dataSource;
        Schema = schema;
        SeedCatalog = catalog;
        AuditKeys = auditKeys;
        Clock = clock ?? TimeProvider.System;
        _documents = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            options.DatabaseSchemaName = schema;
            options.Events.DatabaseSchemaName = schema;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            ConfigureDocuments(options);
        });
    }

    /// <summary>The PostgreSQL schema holding this store's tables.</summary>
    public string Schema { get; }

    /// <summary>The catalog the store was opened with (it seeds an empty store's catalog versions).</summary>
    internal FieldCatalog SeedCatalog { get; }

    public AuditKeyRing AuditKeys { get; }

    internal TimeProvider Clock { get; }

    internal IDocumentStore Documents => _documents;

    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>Registers every document type with its indexes; each topic adds its own in its partial file.</summary>
    private static void ConfigureDocuments(StoreOptions options)
    {
        ConfigureEntityDocuments(options);
        ConfigureServiceDocuments(options);
    }

    /// <summary>Village, household and person records and the village event streams (core engine).</summary>
    static partial void ConfigureEntityDocuments(StoreOptions options);

    /// <summary>Accounts, submissions, subscriptions, report rows, templates, catalog versions, findings, profiles, API clients.</summary>
    static partial void ConfigureServiceDocuments(StoreOptions options);

    public async ValueTask DisposeAsync()
    {
        _documents.Dispose();
        await _dataSource.DisposeAsync();
    }
}
