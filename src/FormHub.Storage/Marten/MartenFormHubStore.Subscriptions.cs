using FormHub.Storage.Marten.Documents;
using FormHub.Storage.Model;
using Marten;

namespace FormHub.Storage.Marten;

/// <summary>Subscriptions, the states told for them, notifications, webhook deliveries and uploaded layouts.</summary>
public sealed partial class MartenFormHubStore : ISubscriptionStore
{
    public Task SaveSubscriptionAsync(Subscription s, CancellationToken ct = default) => WriteAsync(async session =>
    {
        // Saved again (edited): whose it is and when it was made stay as first stored.
        var stored = await session.LoadAsync<SubscriptionDocument>(s.Id, ct);
        session.Store(new SubscriptionDocument(s.Id, stored?.UserName ?? s.UserName, s.TemplateId, s.UnitCode, s.FeedToken, s.WebhookUrl, s.WebhookSecret,
            stored?.CreatedAt ?? s.CreatedAt.ToUniversalTime()));
    }, ct);

    public async Task<Subscription?> GetSubscriptionAsync(Guid id, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<SubscriptionDocument>(id, ct) is { } s ? ToSubscription(s) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string? userName, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var query = session.Query<SubscriptionDocument>().AsQueryable();
        if (userName is not null) query = query.Where(s => s.UserName == userName);
        var stored = await query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(ct);
        return stored.Select(ToSubscription).ToList();
    }

    public async Task DeleteSubscriptionAsync(Guid id, CancellationToken ct = default)
    {
        await using var session = Documents.LightweightSession();
        session.DeleteWhere<DeliveryDocument>(d => d.SubscriptionId == id);
        session.DeleteWhere<NotificationDocument>(n => n.SubscriptionId == id);
        session.DeleteWhere<ToldStateDocument>(t => t.SubscriptionId == id);
        session.Delete<SubscriptionDocument>(id);
        await session.SaveChangesAsync(ct);
    }

    public async Task<string> GetToldStateAsync(Guid subscriptionId, string period, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return (await session.LoadAsync<ToldStateDocument>(ToldStateDocument.KeyOf(subscriptionId, period), ct))?.State ?? "";
    }

    public Task<long> TellAsync(Notification n, string state, string? webhookPayload, DateTimeOffset now, CancellationToken ct = default) =>
        WriteAsync(async session =>
        {
            // Remember the state first, and only if it differs: a second server telling the same change fails the
            // concurrency check (or the id) at commit, reads again, and finds nothing to do.
            var key = ToldStateDocument.KeyOf(n.SubscriptionId, n.Period);
            var told = await session.LoadAsync<ToldStateDocument>(key, ct);
            if (told?.State == state) return 0L;
            var remembered = new ToldStateDocument(key, n.SubscriptionId, n.Period, state);
            if (told is null) session.Insert(remembered);
            else session.Store(remembered);

            var id = (await NextNumbersAsync(session, NotificationSequence, 1, ct))[0];
            session.Insert(new NotificationDocument(id, n.SubscriptionId, n.UserName, n.TemplateId, n.UnitCode, n.Period, n.Kind, n.Title, n.Body,
                n.CreatedAt.ToUniversalTime(), null));
            if (webhookPayload is not null && await session.LoadAsync<SubscriptionDocument>(n.SubscriptionId, ct) is { WebhookUrl: { } url } subscription)
            {
                var delivery = (await NextNumbersAsync(session, DeliverySequence, 1, ct))[0];
                var at = now.ToUniversalTime();
                session.Insert(new DeliveryDocument(delivery, subscription.Id, id, url, webhookPayload, (int)DeliveryStatus.Pending, 0, at, null, null, at, null));
            }
            return id;
        }, ct);

    public async Task<IReadOnlyList<Notification>> ListNotificationsAsync(string userName, Guid? subscriptionId = null, int take = 50, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var query = session.Query<NotificationDocument>().Where(n => n.UserName == userName);
        if (subscriptionId is { } sub) query = query.Where(n => n.SubscriptionId == sub);
        var stored = await query.OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
        return stored.Select(n => new Notification(n.Id, n.SubscriptionId, n.UserName, n.TemplateId, n.UnitCode, n.Period, n.Kind, n.Title, n.Body,
            n.CreatedAt, n.ReadAt)).ToList();
    }

    public Task<bool> MarkReadAsync(string userName, long notificationId, DateTimeOffset at, CancellationToken ct = default) => WriteAsync(async session =>
    {
        var stored = await session.LoadAsync<NotificationDocument>(notificationId, ct);
        if (stored is null || stored.UserName != userName) return false;
        // Read once: the first time it was read stays.
        if (stored.ReadAt is null) session.Store(stored with { ReadAt = at.ToUniversalTime() });
        return true;
    }, ct);

    public Task<IReadOnlyList<WebhookDelivery>> ClaimDueDeliveriesAsync(DateTimeOffset now, TimeSpan lease, int take = 10, CancellationToken ct = default) =>
        WriteAsync<IReadOnlyList<WebhookDelivery>>(async session =>
        {
            var pending = (int)DeliveryStatus.Pending;
            var at = now.ToUniversalTime();
            var due = await session.Query<DeliveryDocument>().Where(d => d.Status == pending && d.NextAttemptAt <= at)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(take).ToListAsync(ct);
            // Each claim is checked against the version read: a delivery another server claimed meanwhile fails this commit,
            // and the claim is made again on what is due then, so no delivery is claimed twice.
            var claimed = due.Select(d => d with { NextAttemptAt = at.Add(lease) }).OrderBy(d => d.Id).ToList();
            foreach (var delivery in claimed) session.Store(delivery);
            return claimed.Select(ToDelivery).ToList();
        }, ct);

    public Task SaveDeliveryAttemptAsync(long id, DeliveryStatus status, int attempts, DateTimeOffset nextAttemptAt, int? statusCode, string? error,
        DateTimeOffset at, CancellationToken ct = default) => WriteAsync(async session =>
    {
        if (await session.LoadAsync<DeliveryDocument>(id, ct) is not { } stored) return;
        session.Store(stored with
        {
            Status = (int)status, Attempts = attempts, NextAttemptAt = nextAttemptAt.ToUniversalTime(), LastStatusCode = statusCode, LastError = error,
            UpdatedAt = at.ToUniversalTime(),
        });
    }, ct);

    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(Guid subscriptionId, int take = 50, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        var stored = await session.Query<DeliveryDocument>().Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.Id).Take(take).ToListAsync(ct);
        return stored.Select(ToDelivery).ToList();
    }

    public Task SaveLayoutAsync(ReportLayout layout, AuditEntry? audit = null, CancellationToken ct = default) => WriteAsync(async session =>
    {
        if (audit is not null) await AddAuditAsync(session, [audit], ct);
        session.Store(new LayoutDocument(layout.TemplateId, layout.Content, layout.FileName, layout.UploadedBy, layout.UploadedAt.ToUniversalTime()));
    }, ct);

    public async Task<ReportLayout?> GetLayoutAsync(string templateId, CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        return await session.LoadAsync<LayoutDocument>(templateId, ct) is { } l ? new ReportLayout(l.Id, l.Content, l.FileName, l.UploadedBy, l.UploadedAt) : null;
    }

    public async Task<IReadOnlySet<string>> ListLayoutTemplatesAsync(CancellationToken ct = default)
    {
        await using var session = Documents.QuerySession();
        // Only the ids are read, not the files.
        var ids = await session.Query<LayoutDocument>().Select(l => l.Id).ToListAsync(ct);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    private static Subscription ToSubscription(SubscriptionDocument s) =>
        new(s.Id, s.UserName, s.TemplateId, s.UnitCode, s.FeedToken, s.WebhookUrl, s.WebhookSecret, s.CreatedAt);

    private static WebhookDelivery ToDelivery(DeliveryDocument d) => new(d.Id, d.SubscriptionId, d.NotificationId, d.Url, d.Payload,
        (DeliveryStatus)d.Status, d.Attempts, d.NextAttemptAt, d.LastStatusCode, d.LastError, d.CreatedAt, d.UpdatedAt);
}
