using FormHub.Storage.Marten.Documents;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Marten.Schema.Identity;
using Npgsql;
using Weasel.Postgresql;

namespace FormHub.Storage.Marten;

/// <summary>
/// The service documents (accounts, audit, submissions, subscriptions, report rows, templates, catalog versions, findings,
/// profiles, API clients, leases and cursors): their registration and what their writes share.
/// </summary>
public sealed partial class MartenFormHubStore
{
    /// <summary>Numbers that must grow in the order they are taken on every server (as a bigserial would), one sequence each.</summary>
    internal const string AuditSequence = "formhub_audit_seq";

    internal const string NotificationSequence = "formhub_notification_seq";

    internal const string DeliverySequence = "formhub_delivery_seq";

    /// <summary>Every service document type (what counting or clearing the store's rows must include beside the entity documents).</summary>
    internal static readonly IReadOnlyList<Type> ServiceDocumentTypes =
    [
        typeof(ReportRowDocument), typeof(FeedCursorDocument), typeof(LeaseDocument), typeof(QuarantinedChangeDocument), typeof(AccountDocument),
        typeof(ProtectionKeyDocument), typeof(AuditDocument), typeof(SubmissionDocument), typeof(SubscriptionDocument), typeof(ToldStateDocument),
        typeof(NotificationDocument), typeof(DeliveryDocument), typeof(LayoutDocument), typeof(ApiClientDocument), typeof(ImportProfileDocument),
        typeof(FindingDocument), typeof(EligibilityOutcomeDocument), typeof(TemplateLogDocument), typeof(AdmissionDocument), typeof(CatalogVersionDocument),
        typeof(CountyPlacementDocument),
    ];

    static partial void ConfigureServiceDocuments(StoreOptions options)
    {
        foreach (var name in new[] { AuditSequence, NotificationSequence, DeliverySequence })
            options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(options.DatabaseSchemaName, name, SchemaUtils.IdentifierUsage.General)));

        // Ids given by the writer (sequence numbers, natural keys): no hilo blocks, which would not grow across servers.
        var given = new NoOpIdGeneration();

        options.Schema.For<ReportRowDocument>().DocumentAlias("report_rows")
            .Duplicate(r => r.TemplateId).Duplicate(r => r.TemplateVersion).Duplicate(r => r.Period).Duplicate(r => r.UnitCode).Duplicate(r => r.Level);
        options.Schema.For<FeedCursorDocument>().DocumentAlias("feed_cursors").UseOptimisticConcurrency(true);
        options.Schema.For<LeaseDocument>().DocumentAlias("leases").UseOptimisticConcurrency(true);
        options.Schema.For<QuarantinedChangeDocument>().DocumentAlias("quarantined_changes").UseOptimisticConcurrency(true)
            .Duplicate(q => q.Transaction).Duplicate(q => q.Sequence);

        options.Schema.For<AccountDocument>().DocumentAlias("accounts").Duplicate(a => a.Role);
        options.Schema.For<ProtectionKeyDocument>().DocumentAlias("protection_keys");
        options.Schema.For<AuditDocument>().DocumentAlias("audit_log").IdStrategy(given)
            .Duplicate(a => a.UnitCode).Duplicate(a => a.Period).Duplicate(a => a.Action).Duplicate(a => a.UserName);

        options.Schema.For<SubmissionDocument>().DocumentAlias("submissions").UseOptimisticConcurrency(true)
            .Duplicate(s => s.VillageCode).Duplicate(s => s.Period);
        options.Schema.For<SubscriptionDocument>().DocumentAlias("subscriptions").Duplicate(s => s.UserName);
        options.Schema.For<ToldStateDocument>().DocumentAlias("subscription_states").UseOptimisticConcurrency(true).Duplicate(s => s.SubscriptionId);
        options.Schema.For<NotificationDocument>().DocumentAlias("notifications").IdStrategy(given).UseOptimisticConcurrency(true)
            .Duplicate(n => n.UserName).Duplicate(n => n.SubscriptionId);
        options.Schema.For<DeliveryDocument>().DocumentAlias("webhook_deliveries").IdStrategy(given).UseOptimisticConcurrency(true)
            .Duplicate(d => d.SubscriptionId).Duplicate(d => d.Status).Duplicate(d => d.NextAttemptAt);
        options.Schema.For<LayoutDocument>().DocumentAlias("layouts");

        options.Schema.For<ApiClientDocument>().DocumentAlias("api_clients").UseOptimisticConcurrency(true)
            .Duplicate(c => c.TokenHash, configure: index => index.IsUnique = true);
        options.Schema.For<ImportProfileDocument>().DocumentAlias("import_profiles");

        options.Schema.For<FindingDocument>().DocumentAlias("findings").UseOptimisticConcurrency(true)
            .Duplicate(f => f.VillageCode).Duplicate(f => f.Period)
            .Duplicate(f => f.OpenKey, configure: index => index.IsUnique = true);
        options.Schema.For<EligibilityOutcomeDocument>().DocumentAlias("eligibility_outcomes").Duplicate(o => o.VillageCode);

        options.Schema.For<TemplateLogDocument>().DocumentAlias("template_log").IdStrategy(given)
            .Duplicate(t => t.PublishedKey, configure: index => index.IsUnique = true);
        options.Schema.For<AdmissionDocument>().DocumentAlias("template_admissions").IdStrategy(given);
        options.Schema.For<CatalogVersionDocument>().DocumentAlias("catalog_versions").IdStrategy(given);
        // Read only on a sharded province's home shard (ShardedFormHubStore); empty everywhere else.
        options.Schema.For<CountyPlacementDocument>().DocumentAlias("county_placements").IdStrategy(given);
    }

    /// <summary>On start, after the schema exists: an empty store is seeded with its first catalog version; old feed positions are carried over.</summary>
    private partial async Task InitializeServicesAsync(CancellationToken ct)
    {
        await SeedCatalogAsync(ct);
        await CarryOverLegacyCursorsAsync(ct);
    }

    /// <summary>
    /// Runs a write in its own session and commits it in one transaction. When a concurrent write got there first (an
    /// optimistic concurrency check failed, or a key was taken), the write reads and decides again from the start.
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<IDocumentSession, Task<T>> write, CancellationToken ct, bool againOnUniqueValue = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = Documents.LightweightSession();
            try
            {
                var result = await write(session);
                await session.SaveChangesAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < 8 && (IsWriteConflict(e) || againOnUniqueValue && IsUniqueViolation(e)))
            {
                // Decided on what another writer has changed since: decide again on what is stored now.
            }
        }
    }

    private Task WriteAsync(Func<IDocumentSession, Task> write, CancellationToken ct) =>
        WriteAsync(async session => { await write(session); return true; }, ct);

    /// <summary>Adds audit lines to a write, numbered from the audit sequence: they commit (or not) with it.</summary>
    internal async Task AddAuditAsync(IDocumentSession session, IReadOnlyList<Model.AuditEntry> entries, CancellationToken ct)
    {
        var numbers = await NextNumbersAsync(session, AuditSequence, entries.Count, ct);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            session.Insert(new AuditDocument(numbers[i], e.At.ToUniversalTime(), e.User, e.Action, e.UnitCode, e.Period, e.Detail));
        }
    }

    /// <summary>
    /// True for a failed optimistic concurrency check or a document id taken meanwhile: another writer committed first.
    /// A value refused by a unique index (a token hash, say) is not one: deciding again would only be refused again.
    /// </summary>
    internal static bool IsWriteConflict(Exception e) => e switch
    {
        ConcurrencyException or DocumentAlreadyExistsException => true,
        PostgresException p => p.SqlState == PostgresErrorCodes.SerializationFailure
            || p.SqlState == PostgresErrorCodes.UniqueViolation && p.ConstraintName?.StartsWith("pkey_", StringComparison.Ordinal) == true,
        AggregateException a => a.InnerExceptions.Any(IsWriteConflict),
        _ => e.InnerException is { } inner && IsWriteConflict(inner),
    };

    /// <summary>True when a unique index refused a value (any of them, document ids included).</summary>
    internal static bool IsUniqueViolation(Exception e) => e switch
    {
        DocumentAlreadyExistsException => true,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        AggregateException a => a.InnerExceptions.Any(IsUniqueViolation),
        _ => e.InnerException is { } inner && IsUniqueViolation(inner),
    };

    /// <summary>The next <paramref name="count"/> numbers of one of the store's sequences, in one round trip.</summary>
    private async Task<IReadOnlyList<long>> NextNumbersAsync(IQuerySession session, string sequence, int count, CancellationToken ct)
    {
        if (count == 0) return [];
        var numbers = await session.QueryAsync<long>($"select nextval('\"{Schema}\".{sequence}') from generate_series(1, ?)", ct, count);
        return numbers.Order().ToList();
    }
}
