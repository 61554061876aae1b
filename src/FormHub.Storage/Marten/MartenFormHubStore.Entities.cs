using FormHub.Storage.Shared;
using JasperFx.Events;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace FormHub.Storage.Marten;

/// <summary>The core engine's documents and streams, and their upkeep on start.</summary>
public sealed partial class MartenFormHubStore
{
    static partial void ConfigureEntityDocuments(StoreOptions options)
    {
        // One stream per village, keyed by its code; the stream's version is the village sequence of the hash chain.
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.AddEventType<VillageEventRecorded>();
        // Quick append: a save's events of one village are one call of Marten's append function (arrays of bodies), not a
        // statement per event. The expected version is still checked (a chain never forks); the event's own timestamp
        // column then comes from the server, which FormHub does not read (the hashed recordedAt is in the body).
        options.Events.AppendMode = EventAppendMode.Quick;
        // FormHub's own index on the events (CreateEventIndexesAsync): without this Weasel drops it as unknown on every
        // start, and the next line of start-up rebuilds it over the county's whole history.
        options.Events.IgnoreIndex(EventEntityIndex);

        // Marten checks its own version on every update of a record loaded in the save (optimistic concurrency). The other
        // duplicated columns, which need no index of their own, are declared in EntityRecord.ConfigureMarten.
        options.Schema.For<EntityRecord>().DocumentAlias("entities").UseOptimisticConcurrency(true);
        options.Schema.For<PeriodicRecord>().DocumentAlias("periodic_values").UseOptimisticConcurrency(true)
            .Duplicate(x => x.VillageCode, notNull: true)
            .Duplicate(x => x.EntityId, notNull: true)
            .Duplicate(x => x.Period, notNull: true);
        options.Schema.For<VillageChain>().DocumentAlias("village_chains");
        // The entity and village columns without indexes: see IdentityClaim.ConfigureMarten.
        options.Schema.For<IdentityClaim>().DocumentAlias("identity_numbers")
            .Duplicate(x => x.IdNumber, notNull: true);
        options.Schema.For<RegionRecord>().DocumentAlias("regions");
    }

    /// <summary>
    /// The change feed's order (see <c>.Feed</c>): the transaction id of each appended event, written by the save that
    /// appends it. Managed by Weasel with the rest of the schema.
    /// </summary>
    private static Table FeedTable(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, "event_feed", Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        table.AddColumn<long>("seq").AsPrimaryKey();
        table.AddColumn("tx", "xid8").NotNull().DefaultValueByExpression("pg_current_xact_id()");
        table.Indexes.Add(new IndexDefinition("ix_event_feed_order") { Columns = ["tx", "seq"] });
        return table;
    }

    /// <summary>
    /// Indexes on Marten's event table for what FormHub asks of it (an entity's history). Created after Weasel's migration,
    /// which manages the table's own columns and indexes and is told to leave this one alone (<c>Events.IgnoreIndex</c>).
    /// </summary>
    private const string EventEntityIndex = "ix_events_entity";

    private async Task CreateEventIndexesAsync(CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"CREATE INDEX IF NOT EXISTS {EventEntityIndex} ON {T("mt_events")} ((data ->> 'entityId'), seq_id)", connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// When the identity list is empty (a store copied in, or the list cleared by hand), lists every record not retired
    /// under its ID numbers once; duplicates already held are listed too, for reviewers to resolve.
    /// </summary>
    private async Task FillIdentityClaimsAsync(CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using (var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {T("mt_doc_identity_numbers")})", connection))
        {
            if ((bool)(await any.ExecuteScalarAsync(ct))!) return;
        }
        var catalog = Catalog;
        var claims = new List<IdentityClaim>();
        foreach (var type in catalog.EntityTypes)
        {
            foreach (var field in IdentityNumbers.FieldsOf(catalog, type.Key))
            {
                await using var command = new NpgsqlCommand(
                    $"""
                    SELECT data -> 'data' ->> @field, id, county_code, village_code FROM {T("mt_doc_entities")}
                    WHERE entity_type = @type AND retired_on IS NULL AND data -> 'data' ->> @field IS NOT NULL
                    """, connection);
                command.Parameters.AddWithValue("field", field.Name);
                command.Parameters.AddWithValue("type", type.Key);
                await using var r = await command.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    claims.Add(new IdentityClaim
                    {
                        Id = IdentityClaim.KeyOf(r.GetString(0), r.GetGuid(1)), IdNumber = r.GetString(0), EntityId = r.GetGuid(1),
                        CountyCode = r.GetString(2), VillageCode = r.GetString(3),
                    });
                }
            }
        }
        if (claims.Count == 0) return;
        await using var session = _documents.LightweightSession();
        session.Store(claims.DistinctBy(c => c.Id).ToArray());
        await session.SaveChangesAsync(ct);
    }
}
