using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using FormHub.Storage.Templates;

namespace FormHub.Storage.Marten;

// THROWAWAY (issue 17): the service interfaces until issue-17b's partial files are merged; delete this file then.
public sealed partial class MartenFormHubStore
{
    private static NotImplementedException Pending(string what) => new($"{what} on Marten: see branch issue-17b");

    /// <summary>Stub until the catalog partial (issue-17b) keeps catalog versions: the seed stays the catalog.</summary>
    private partial Task InitializeServicesAsync(CancellationToken ct) => Task.CompletedTask;

    public long CatalogVersion => 1;

    public Task<bool> RefreshCatalogAsync(CancellationToken ct = default) => Task.FromResult(false);

    // IReportRowStore
    public Task SaveReportRowsAsync(IReadOnlyCollection<StoredReportRow> rows, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<StoredReportRow?> GetReportRowAsync(string templateId, int version, string period, string unitCode, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<IReadOnlyList<StoredReportRow>> GetReportRowsAsync(string templateId, int version, string period, string underUnit, OrgLevel? level, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<IReadOnlyList<string>> GetReportPeriodsAsync(string templateId, int version, string unitCode, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<FeedCursor> GetCursorAsync(string name, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task SetCursorAsync(string name, FeedCursor position, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<bool> TryHoldLeaseAsync(string name, string holder, TimeSpan duration, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<string?> GetLeaseHolderAsync(string name, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<bool> TryTakeOverLeaseAsync(string name, string holder, string abandoned, TimeSpan duration, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task ReleaseLeaseAsync(string name, string holder, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task QuarantineChangeAsync(QuarantinedChange change, CancellationToken ct) => throw Pending("IReportRowStore");
    public Task<IReadOnlyList<QuarantinedChange>> ListQuarantinedChangesAsync(CancellationToken ct) => throw Pending("IReportRowStore");
    public Task ReleaseQuarantinedChangeAsync(FeedCursor cursor, CancellationToken ct) => throw Pending("IReportRowStore");
    // IAccountStore
    public Task SaveAccountAsync(UserAccount account, CancellationToken ct) => throw Pending("IAccountStore");
    public Task<string?> CreateAccountsAsync(IReadOnlyList<UserAccount> accounts, IReadOnlyList<Model.AuditEntry> audit, CancellationToken ct) => throw Pending("IAccountStore");
    public Task<UserAccount?> FindAccountAsync(string userName, CancellationToken ct) => throw Pending("IAccountStore");
    public Task<IReadOnlyList<UserAccount>> ListAccountsAsync(CancellationToken ct) => throw Pending("IAccountStore");
    public Task<IReadOnlyList<AuditEntry>> ListAuditByActionAsync(IReadOnlyList<string> actionPrefixes, string? actor, string? subject, int take, CancellationToken ct) => throw Pending("IAccountStore");
    public Task<IReadOnlyList<string>> ListProtectionKeysAsync(CancellationToken ct) => throw Pending("IAccountStore");
    public Task SaveProtectionKeyAsync(string name, string xml, CancellationToken ct) => throw Pending("IAccountStore");
    // ISubmissionStore
    public Task<Submission> GetSubmissionAsync(string villageCode, string period, CancellationToken ct) => throw Pending("ISubmissionStore");
    public Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string underUnit, string period, CancellationToken ct) => throw Pending("ISubmissionStore");
    public Task<IReadOnlyList<Submission>> ListClosedSubmissionsAsync(string villageCode, string fromMonth, CancellationToken ct) => throw Pending("ISubmissionStore");
    public Task<Submission> SaveSubmissionAsync(Submission next, long expectedVersion, AuditEntry audit, CancellationToken ct) => throw Pending("ISubmissionStore");
    public Task AppendAuditAsync(AuditEntry entry, CancellationToken ct) => throw Pending("ISubmissionStore");
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? underUnit, string? period, int take, CancellationToken ct) => throw Pending("ISubmissionStore");
    // ISubscriptionStore
    public Task SaveSubscriptionAsync(Subscription subscription, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<Subscription?> GetSubscriptionAsync(Guid id, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string? userName, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task DeleteSubscriptionAsync(Guid id, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<string> GetToldStateAsync(Guid subscriptionId, string period, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<long> TellAsync(Notification notification, string state, string? webhookPayload, DateTimeOffset now, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<IReadOnlyList<Notification>> ListNotificationsAsync(string userName, Guid? subscriptionId, int take, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<bool> MarkReadAsync(string userName, long notificationId, DateTimeOffset at, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<IReadOnlyList<WebhookDelivery>> ClaimDueDeliveriesAsync(DateTimeOffset now, TimeSpan lease, int take, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task SaveDeliveryAttemptAsync(long id, DeliveryStatus status, int attempts, DateTimeOffset nextAttemptAt, int? statusCode, string? error, DateTimeOffset at, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(Guid subscriptionId, int take, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task SaveLayoutAsync(ReportLayout layout, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<ReportLayout?> GetLayoutAsync(string templateId, CancellationToken ct) => throw Pending("ISubscriptionStore");
    public Task<IReadOnlySet<string>> ListLayoutTemplatesAsync(CancellationToken ct) => throw Pending("ISubscriptionStore");
    // IApiClientStore
    public Task SaveApiClientAsync(ApiClient client, CancellationToken ct) => throw Pending("IApiClientStore");
    public Task<ApiClient?> FindApiClientAsync(Guid id, CancellationToken ct) => throw Pending("IApiClientStore");
    public Task<ApiClient?> FindApiClientByTokenHashAsync(string tokenHash, CancellationToken ct) => throw Pending("IApiClientStore");
    public Task<IReadOnlyList<ApiClient>> ListApiClientsAsync(CancellationToken ct) => throw Pending("IApiClientStore");
    public Task TouchApiClientAsync(Guid id, DateTimeOffset at, CancellationToken ct) => throw Pending("IApiClientStore");
    // IFindingStore
    public Task<FindingChanges> SaveFindingsAsync(string villageCode, string period, IReadOnlyCollection<string> ruleIds, IReadOnlyList<FindingDraft> found, DateTimeOffset now, CancellationToken ct) => throw Pending("IFindingStore");
    public Task<IReadOnlyList<Finding>> ListFindingsAsync(string underUnit, string period, bool includeResolved, CancellationToken ct) => throw Pending("IFindingStore");
    public Task SaveEligibilityOutcomeAsync(EligibilityOutcome outcome, AuditEntry audit, CancellationToken ct) => throw Pending("IFindingStore");
    public Task<IReadOnlyList<EligibilityOutcome>> ListEligibilityOutcomesAsync(string underUnit, CancellationToken ct) => throw Pending("IFindingStore");
    // IImportProfileStore
    public Task SaveImportProfileAsync(StoredImportProfile profile, CancellationToken ct) => throw Pending("IImportProfileStore");
    public Task<StoredImportProfile?> FindImportProfileAsync(string name, CancellationToken ct) => throw Pending("IImportProfileStore");
    public Task<IReadOnlyList<StoredImportProfile>> ListImportProfilesAsync(CancellationToken ct) => throw Pending("IImportProfileStore");
    // ITemplateStore
    public Task<long> GetTemplateRevisionAsync(CancellationToken ct) => throw Pending("ITemplateStore");
    public Task<IReadOnlyList<TemplateLogEntry>> ReadTemplateLogAsync(CancellationToken ct) => throw Pending("ITemplateStore");
    public Task<long> AppendTemplateLogAsync(IReadOnlyList<TemplateLogEntry> entries, long expectedRevision, CancellationToken ct) => throw Pending("ITemplateStore");
    public Task<AdmissionDecision> SaveAdmissionAsync(AdmissionDecision decision, CancellationToken ct) => throw Pending("ITemplateStore");
    public Task<IReadOnlyList<AdmissionDecision>> ListAdmissionsAsync(CancellationToken ct) => throw Pending("ITemplateStore");
    // ICatalogStore
    public Task<CatalogVersionInfo> SaveCatalogAsync(FieldCatalog catalog, long expectedVersion, string user, string summary, CancellationToken ct) => throw Pending("ICatalogStore");
    public Task<IReadOnlyList<CatalogVersionInfo>> ListCatalogVersionsAsync(CancellationToken ct) => throw Pending("ICatalogStore");
    public Task<FieldCatalog?> ReadCatalogVersionAsync(long version, CancellationToken ct) => throw Pending("ICatalogStore");
    public Task<IReadOnlyList<StoredValueCount>> CountStoredValuesAsync(string entityType, string field, CancellationToken ct) => throw Pending("ICatalogStore");
}
