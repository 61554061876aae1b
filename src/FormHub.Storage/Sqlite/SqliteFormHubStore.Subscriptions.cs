using System.Data.Common;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    private const string SubscriptionColumns = "id, user_name, template_id, unit_code, feed_token, webhook_url, webhook_secret, created_at";
    private const string NotificationColumns = "id, subscription_id, user_name, template_id, unit_code, period, kind, title, body, created_at, read_at";
    private const string DeliveryColumns =
        "id, subscription_id, notification_id, url, payload, status, attempts, next_attempt_at, last_status_code, last_error, created_at, updated_at";

    public Task SaveSubscriptionAsync(Subscription s, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command(
            $"""
            INSERT INTO subscriptions ({SubscriptionColumns}) VALUES (@id, @user, @template, @unit, @token, @url, @secret, @created)
            ON CONFLICT (id) DO UPDATE SET template_id = excluded.template_id, unit_code = excluded.unit_code, feed_token = excluded.feed_token,
                webhook_url = excluded.webhook_url, webhook_secret = excluded.webhook_secret
            """, tx)
            .With("@id", SqliteIds.Text(s.Id)).With("@user", s.UserName).With("@template", s.TemplateId).With("@unit", s.UnitCode)
            .With("@token", s.FeedToken).With("@url", s.WebhookUrl).With("@secret", s.WebhookSecret).With("@created", s.CreatedAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public async Task<Subscription?> GetSubscriptionAsync(Guid id, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT {SubscriptionColumns} FROM subscriptions WHERE id = @id").With("@id", SqliteIds.Text(id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadSubscription(reader) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string? userName, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {SubscriptionColumns} FROM subscriptions {(userName is null ? "" : "WHERE user_name = @user")} ORDER BY created_at, id");
        if (userName is not null) command.With("@user", userName);
        var result = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result.Add(ReadSubscription(reader));
        return result;
    }

    public async Task DeleteSubscriptionAsync(Guid id, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        foreach (var (table, column) in new[] { ("webhook_deliveries", "subscription_id"), ("notifications", "subscription_id"),
                     ("subscription_states", "subscription_id"), ("subscriptions", "id") })
        {
            await using var command = connection.Command($"DELETE FROM {table} WHERE {column} = @id", tx).With("@id", SqliteIds.Text(id));
            await command.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    public async Task<string> GetToldStateAsync(Guid subscriptionId, string period, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT state FROM subscription_states WHERE subscription_id = @id AND period = @period")
            .With("@id", SqliteIds.Text(subscriptionId)).With("@period", period);
        return await command.ExecuteScalarAsync(ct) as string ?? "";
    }

    public async Task<long> TellAsync(Notification n, string state, string? webhookPayload, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        // Remember the state first, and only if it differs: a second server telling the same change finds nothing to do.
        await using (var remember = connection.Command(
            $"""
            INSERT INTO subscription_states AS s (subscription_id, period, state) VALUES (@sub, @period, @state)
            ON CONFLICT (subscription_id, period) DO UPDATE SET state = excluded.state WHERE s.state <> excluded.state
            RETURNING state
            """, tx))
        {
            remember.With("@sub", SqliteIds.Text(n.SubscriptionId)).With("@period", n.Period).With("@state", state);
            if (await remember.ExecuteScalarAsync(ct) is null) return 0;
        }
        long id;
        await using (var insert = connection.Command(
            $"""
            INSERT INTO notifications (subscription_id, user_name, template_id, unit_code, period, kind, title, body, created_at)
            VALUES (@sub, @user, @template, @unit, @period, @kind, @title, @body, @created) RETURNING id
            """, tx))
        {
            insert.With("@sub", SqliteIds.Text(n.SubscriptionId)).With("@user", n.UserName).With("@template", n.TemplateId).With("@unit", n.UnitCode)
                .With("@period", n.Period).With("@kind", n.Kind).With("@title", n.Title).With("@body", n.Body).With("@created", n.CreatedAt.ToUniversalTime());
            id = await insert.ScalarLongAsync(ct);
        }
        if (webhookPayload is not null)
        {
            await using var delivery = connection.Command(
                $"""
                INSERT INTO webhook_deliveries (subscription_id, notification_id, url, payload, status, attempts, next_attempt_at, created_at)
                SELECT id, @notification, webhook_url, @payload, @status, 0, @now, @now FROM subscriptions WHERE id = @sub AND webhook_url IS NOT NULL
                """, tx);
            delivery.With("@notification", id).With("@payload", webhookPayload).With("@status", (int)DeliveryStatus.Pending)
                .With("@now", now.ToUniversalTime()).With("@sub", SqliteIds.Text(n.SubscriptionId));
            await delivery.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return id;
    }

    public async Task<IReadOnlyList<Notification>> ListNotificationsAsync(string userName, Guid? subscriptionId = null, int take = 50, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT {NotificationColumns} FROM notifications
            WHERE user_name = @user {(subscriptionId is null ? "" : "AND subscription_id = @sub")}
            ORDER BY id DESC LIMIT @take
            """).With("@user", userName).With("@take", take);
        if (subscriptionId is { } sub) command.With("@sub", SqliteIds.Text(sub));
        var result = new List<Notification>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new Notification(reader.GetInt64(0), SqliteIds.Read(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10)));
        }
        return result;
    }

    public Task<bool> MarkReadAsync(string userName, long notificationId, DateTimeOffset at, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command(
            $"UPDATE notifications SET read_at = COALESCE(read_at, @at) WHERE id = @id AND user_name = @user", tx)
            .With("@at", at.ToUniversalTime()).With("@id", notificationId).With("@user", userName);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }, ct);

    public Task<IReadOnlyList<WebhookDelivery>> ClaimDueDeliveriesAsync(DateTimeOffset now, TimeSpan lease, int take = 10, CancellationToken ct = default) =>
        WriteAsync<IReadOnlyList<WebhookDelivery>>(async (connection, tx) =>
    {
        // The outer conditions are checked again on the row a concurrent claim just changed, so no delivery is claimed twice.
        await using var command = connection.Command(
            $"""
            UPDATE webhook_deliveries SET next_attempt_at = @until
            WHERE id IN (SELECT id FROM webhook_deliveries WHERE status = @pending AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @take)
              AND status = @pending AND next_attempt_at <= @now
            RETURNING {DeliveryColumns}
            """, tx)
            .With("@until", now.Add(lease).ToUniversalTime()).With("@pending", (int)DeliveryStatus.Pending).With("@now", now.ToUniversalTime()).With("@take", take);
        return (await ReadDeliveriesAsync(command, ct)).OrderBy(d => d.Id).ToList();
    }, ct);

    public Task SaveDeliveryAttemptAsync(long id, DeliveryStatus status, int attempts, DateTimeOffset nextAttemptAt, int? statusCode, string? error,
        DateTimeOffset at, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        await using var command = connection.Command(
            $"""
            UPDATE webhook_deliveries SET status = @status, attempts = @attempts, next_attempt_at = @next, last_status_code = @code,
                last_error = @error, updated_at = @at WHERE id = @id
            """, tx)
            .With("@status", (int)status).With("@attempts", attempts).With("@next", nextAttemptAt.ToUniversalTime()).With("@code", statusCode)
            .With("@error", error).With("@at", at.ToUniversalTime()).With("@id", id);
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(Guid subscriptionId, int take = 50, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT {DeliveryColumns} FROM webhook_deliveries WHERE subscription_id = @sub ORDER BY id DESC LIMIT @take")
            .With("@sub", SqliteIds.Text(subscriptionId)).With("@take", take);
        return await ReadDeliveriesAsync(command, ct);
    }

    public Task SaveLayoutAsync(ReportLayout layout, AuditEntry? audit = null, CancellationToken ct = default) => WriteAsync(async (connection, tx) =>
    {
        if (audit is not null) await InsertAuditAsync(connection, tx, audit, ct);
        await using var command = connection.Command(
            $"""
            INSERT INTO layouts (template_id, content, file_name, uploaded_by, uploaded_at) VALUES (@template, @content, @file, @by, @at)
            ON CONFLICT (template_id) DO UPDATE SET content = excluded.content, file_name = excluded.file_name,
                uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at
            """, tx)
            .With("@template", layout.TemplateId).With("@content", layout.Content).With("@file", layout.FileName)
            .With("@by", layout.UploadedBy).With("@at", layout.UploadedAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(ct);
    }, ct);

    public async Task<ReportLayout?> GetLayoutAsync(string templateId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"SELECT template_id, content, file_name, uploaded_by, uploaded_at FROM layouts WHERE template_id = @template").With("@template", templateId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new ReportLayout(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }

    public async Task<IReadOnlySet<string>> ListLayoutTemplatesAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command($"SELECT template_id FROM layouts");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    private Subscription ReadSubscription(DbDataReader r) => new(SqliteIds.Read(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetFieldValue<DateTimeOffset>(7));

    private async Task<IReadOnlyList<WebhookDelivery>> ReadDeliveriesAsync(DbCommand command, CancellationToken ct)
    {
        var result = new List<WebhookDelivery>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            result.Add(new WebhookDelivery(r.GetInt64(0), SqliteIds.Read(r, 1), r.GetInt64(2), r.GetString(3), r.GetString(4), (DeliveryStatus)r.GetInt32(5),
                r.GetInt32(6), r.GetFieldValue<DateTimeOffset>(7), r.IsDBNull(8) ? null : r.GetInt32(8), r.IsDBNull(9) ? null : r.GetString(9),
                r.GetFieldValue<DateTimeOffset>(10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11)));
        }
        return result;
    }
}
