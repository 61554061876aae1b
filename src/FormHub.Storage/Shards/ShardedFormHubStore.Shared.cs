using FormHub.Core.Catalog;
using FormHub.Storage.Accounts;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Templates;

namespace FormHub.Storage.Shards;

/// <summary>
/// What every county shares, kept once on the home shard: the 数据目录's versions, the template log and 准入 decisions,
/// accounts and protection keys, subscriptions and deliveries, layouts, API clients, import profiles. The catalog alone is
/// also copied, version by version, to every other shard (each validates its saves against its own copy): a catalog save
/// writes the home shard and then the copies, and any shard found behind is brought up before a save on it.
/// </summary>
public sealed partial class ShardedFormHubStore
{
    public long CatalogVersion => Home.CatalogVersion;

    public async Task<bool> RefreshCatalogAsync(CancellationToken ct = default) => await Home.RefreshCatalogAsync(ct);

    public async Task<CatalogVersionInfo> SaveCatalogAsync(FieldCatalog catalog, long expectedVersion, string user, string summary, long? expectedTemplateRevision = null,
        AuditEntry? audit = null, CancellationToken ct = default)
    {
        var saved = await Home.SaveCatalogAsync(catalog, expectedVersion, user, summary, expectedTemplateRevision, audit, ct);
        foreach (var shard in _shards.Skip(1)) await CopyCatalogAsync(shard, ct);
        return saved;
    }

    /// <summary>Brings <paramref name="shard"/>'s catalog versions up to the home shard's, copying each missing version in order.</summary>
    internal async Task CopyCatalogAsync(IFormHubStore shard, CancellationToken ct)
    {
        if (ReferenceEquals(shard, Home)) return;
        await Home.RefreshCatalogAsync(ct);
        await shard.RefreshCatalogAsync(ct);
        if (shard.CatalogVersion >= Home.CatalogVersion) return;
        var versions = (await Home.ListCatalogVersionsAsync(ct)).ToDictionary(v => v.Version);
        for (var next = shard.CatalogVersion + 1; next <= Home.CatalogVersion; next++)
        {
            var catalog = await Home.ReadCatalogVersionAsync(next, ct) ?? throw new InvalidOperationException($"Catalog version {next} is missing on the home shard");
            var info = versions[next];
            try
            {
                await shard.SaveCatalogAsync(catalog, next - 1, info.ChangedBy, info.Summary, ct: ct);
            }
            catch (CatalogConflictException)
            {
                // Another server copied it meanwhile: carry on from what the shard holds now.
                await shard.RefreshCatalogAsync(ct);
                next = shard.CatalogVersion;
            }
        }
    }

    public Task<IReadOnlyList<CatalogVersionInfo>> ListCatalogVersionsAsync(CancellationToken ct = default) => Home.ListCatalogVersionsAsync(ct);

    public Task<FieldCatalog?> ReadCatalogVersionAsync(long version, CancellationToken ct = default) => Home.ReadCatalogVersionAsync(version, ct);

    public Task<IReadOnlyList<StoredValueCount>> CountStoredValuesAsync(string entityType, string field, CancellationToken ct = default) =>
        CountEverywhereAsync(s => s.CountStoredValuesAsync(entityType, field, ct));

    public Task<IReadOnlyList<StoredValueCount>> CountHistoryValuesAsync(string entityType, string field, CancellationToken ct = default) =>
        CountEverywhereAsync(s => s.CountHistoryValuesAsync(entityType, field, ct));

    private async Task<IReadOnlyList<StoredValueCount>> CountEverywhereAsync(Func<IFormHubStore, Task<IReadOnlyList<StoredValueCount>>> count) =>
        (await GatherAsync(_shards, count)).GroupBy(c => c.Json, StringComparer.Ordinal)
        .Select(g => new StoredValueCount(g.Key, g.Sum(c => c.Count))).OrderByDescending(c => c.Count).ThenBy(c => c.Json, StringComparer.Ordinal).ToList();

    public Task<long> GetTemplateRevisionAsync(CancellationToken ct = default) => Home.GetTemplateRevisionAsync(ct);

    public Task<IReadOnlyList<TemplateLogEntry>> ReadTemplateLogAsync(CancellationToken ct = default) => Home.ReadTemplateLogAsync(ct);

    public Task<long> AppendTemplateLogAsync(IReadOnlyList<TemplateLogEntry> entries, long expectedRevision, long? expectedCatalogVersion = null, AuditEntry? audit = null,
        CancellationToken ct = default) =>
        Home.AppendTemplateLogAsync(entries, expectedRevision, expectedCatalogVersion, audit, ct);

    public Task<AdmissionDecision> SaveAdmissionAsync(AdmissionDecision decision, AuditEntry? audit = null, CancellationToken ct = default) =>
        Home.SaveAdmissionAsync(decision, audit, ct);

    public Task<IReadOnlyList<AdmissionDecision>> ListAdmissionsAsync(CancellationToken ct = default) => Home.ListAdmissionsAsync(ct);

    public Task SaveAccountAsync(UserAccount account, CancellationToken ct = default) => Home.SaveAccountAsync(account, ct);

    public Task<string?> CreateAccountsAsync(IReadOnlyList<UserAccount> accounts, IReadOnlyList<AuditEntry> audit, CancellationToken ct = default) =>
        Home.CreateAccountsAsync(accounts, audit, ct);

    public Task<UserAccount?> FindAccountAsync(string userName, CancellationToken ct = default) => Home.FindAccountAsync(userName, ct);

    public Task<IReadOnlyList<UserAccount>> ListAccountsAsync(CancellationToken ct = default) => Home.ListAccountsAsync(ct);

    public Task<IReadOnlyList<string>> ListProtectionKeysAsync(CancellationToken ct = default) => Home.ListProtectionKeysAsync(ct);

    public Task SaveProtectionKeyAsync(string name, string xml, CancellationToken ct = default) => Home.SaveProtectionKeyAsync(name, xml, ct);

    public Task SaveSubscriptionAsync(Subscription subscription, CancellationToken ct = default) => Home.SaveSubscriptionAsync(subscription, ct);

    public Task<Subscription?> GetSubscriptionAsync(Guid id, CancellationToken ct = default) => Home.GetSubscriptionAsync(id, ct);

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string? userName, CancellationToken ct = default) => Home.ListSubscriptionsAsync(userName, ct);

    public Task DeleteSubscriptionAsync(Guid id, CancellationToken ct = default) => Home.DeleteSubscriptionAsync(id, ct);

    public Task<string> GetToldStateAsync(Guid subscriptionId, string period, CancellationToken ct = default) => Home.GetToldStateAsync(subscriptionId, period, ct);

    public Task<long> TellAsync(Notification notification, string state, string? webhookPayload, DateTimeOffset now, CancellationToken ct = default) =>
        Home.TellAsync(notification, state, webhookPayload, now, ct);

    public Task<IReadOnlyList<Notification>> ListNotificationsAsync(string userName, Guid? subscriptionId = null, int take = 50, CancellationToken ct = default) =>
        Home.ListNotificationsAsync(userName, subscriptionId, take, ct);

    public Task<bool> MarkReadAsync(string userName, long notificationId, DateTimeOffset at, CancellationToken ct = default) =>
        Home.MarkReadAsync(userName, notificationId, at, ct);

    public Task<IReadOnlyList<WebhookDelivery>> ClaimDueDeliveriesAsync(DateTimeOffset now, TimeSpan lease, int take = 10, CancellationToken ct = default) =>
        Home.ClaimDueDeliveriesAsync(now, lease, take, ct);

    public Task SaveDeliveryAttemptAsync(long id, DeliveryStatus status, int attempts, DateTimeOffset nextAttemptAt, int? statusCode, string? error, DateTimeOffset at,
        CancellationToken ct = default) =>
        Home.SaveDeliveryAttemptAsync(id, status, attempts, nextAttemptAt, statusCode, error, at, ct);

    public Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(Guid subscriptionId, int take = 50, CancellationToken ct = default) =>
        Home.ListDeliveriesAsync(subscriptionId, take, ct);

    public Task SaveLayoutAsync(ReportLayout layout, AuditEntry? audit = null, CancellationToken ct = default) => Home.SaveLayoutAsync(layout, audit, ct);

    public Task<ReportLayout?> GetLayoutAsync(string templateId, CancellationToken ct = default) => Home.GetLayoutAsync(templateId, ct);

    public Task<IReadOnlySet<string>> ListLayoutTemplatesAsync(CancellationToken ct = default) => Home.ListLayoutTemplatesAsync(ct);

    public Task SaveApiClientAsync(ApiClient client, AuditEntry? audit = null, CancellationToken ct = default) => Home.SaveApiClientAsync(client, audit, ct);

    public Task<ApiClient?> FindApiClientAsync(Guid id, CancellationToken ct = default) => Home.FindApiClientAsync(id, ct);

    public Task<ApiClient?> FindApiClientByTokenHashAsync(string tokenHash, CancellationToken ct = default) => Home.FindApiClientByTokenHashAsync(tokenHash, ct);

    public Task<IReadOnlyList<ApiClient>> ListApiClientsAsync(CancellationToken ct = default) => Home.ListApiClientsAsync(ct);

    public Task TouchApiClientAsync(Guid id, DateTimeOffset at, CancellationToken ct = default) => Home.TouchApiClientAsync(id, at, ct);

    public Task SaveImportProfileAsync(StoredImportProfile profile, AuditEntry audit, CancellationToken ct = default) => Home.SaveImportProfileAsync(profile, audit, ct);

    public Task<StoredImportProfile?> FindImportProfileAsync(string name, CancellationToken ct = default) => Home.FindImportProfileAsync(name, ct);

    public Task<IReadOnlyList<StoredImportProfile>> ListImportProfilesAsync(CancellationToken ct = default) => Home.ListImportProfilesAsync(ct);
}
