using System.Data.Common;
using System.Text.Json;
using FormHub.Storage.Marten.Documents;
using Marten;
using static FormHub.Storage.Migration.LegacyTables;

namespace FormHub.Storage.Migration;

/// <summary>Copies one source table (when it exists) row by row into a Marten session; <paramref name="kind"/> names it in the summary.</summary>
internal delegate Task CopyTable(string kind, string table, string sql, Action<DbDataReader, IDocumentSession> each);

/// <summary>
/// The service tables of the SQL engines' layout as the Marten engine's documents (<see cref="Marten.Documents"/>), field
/// for field, ids and sequence numbers kept: accounts, sign-in keys, audit lines, submissions, subscriptions with what
/// was told, notifications and webhook deliveries, layouts, API clients, import profiles, findings and outcomes, the
/// template log and admissions, catalog versions, report rows and quarantined changes. Leases are left behind.
/// </summary>
internal static class ServiceDocumentsCopy
{
    /// <summary>Which of the findings' later columns the source has (links to other villages' records; the English message).</summary>
    public sealed record FindingColumns(bool Related, bool MessageEn);

    public static async Task CopyAsync(CopyTable table, FindingColumns findingColumns)
    {
        await table("账号", "accounts",
            """
            SELECT a.user_name, a.display_name, a.role, a.capture_scope, a.view_scope, a.department, a.password_hash, s.phone, s.disabled, s.must_change_password, s.security_stamp
            FROM {accounts} a LEFT JOIN {account_status} s ON s.user_name = a.user_name
            """,
            (r, s) => s.Insert(new AccountDocument(Text(r, 0), Text(r, 1), Int(r, 2), TextOrNull(r, 3), Text(r, 4), TextOrNull(r, 5), Text(r, 6),
                TextOrNull(r, 7), !r.IsDBNull(8) && Bool(r, 8), !r.IsDBNull(9) && Bool(r, 9), TextOrNull(r, 10) ?? "")));
        await table("登录密钥", "protection_keys", "SELECT name, xml FROM {protection_keys}", (r, s) => s.Insert(new ProtectionKeyDocument(Text(r, 0), Text(r, 1))));
        await table("审计日志", "audit_log", "SELECT seq, at, user_name, action, unit_code, period, detail FROM {audit_log}",
            (r, s) => s.Insert(new AuditDocument(Long(r, 0), Time(r, 1), Text(r, 2), Text(r, 3), TextOrNull(r, 4), TextOrNull(r, 5), TextOrNull(r, 6))));
        await table("报送", "submissions",
            "SELECT village_code, period, status, revision, version, comment, updated_by, updated_at, submitted_at, approved_at FROM {submissions}",
            (r, s) => s.Insert(new SubmissionDocument(SubmissionDocument.KeyOf(Text(r, 0), Text(r, 1)), Text(r, 0), Text(r, 1), Int(r, 2), Int(r, 3), Long(r, 4),
                TextOrNull(r, 5), TextOrNull(r, 6), TimeOrNull(r, 7), TimeOrNull(r, 8), TimeOrNull(r, 9))));
        await table("订阅", "subscriptions",
            "SELECT id, user_name, template_id, unit_code, feed_token, webhook_url, webhook_secret, created_at FROM {subscriptions}",
            (r, s) => s.Insert(new SubscriptionDocument(Id(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), TextOrNull(r, 5), TextOrNull(r, 6), Time(r, 7))));
        await table("订阅已通知状态", "subscription_states", "SELECT subscription_id, period, state FROM {subscription_states}",
            (r, s) => s.Insert(new ToldStateDocument(ToldStateDocument.KeyOf(Id(r, 0), Text(r, 1)), Id(r, 0), Text(r, 1), Text(r, 2))));
        await table("通知", "notifications",
            "SELECT id, subscription_id, user_name, template_id, unit_code, period, kind, title, body, created_at, read_at FROM {notifications}",
            (r, s) => s.Insert(new NotificationDocument(Long(r, 0), Id(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8),
                Time(r, 9), TimeOrNull(r, 10))));
        await table("Webhook 投递", "webhook_deliveries",
            "SELECT id, subscription_id, notification_id, url, payload, status, attempts, next_attempt_at, last_status_code, last_error, created_at, updated_at FROM {webhook_deliveries}",
            (r, s) => s.Insert(new DeliveryDocument(Long(r, 0), Id(r, 1), Long(r, 2), Text(r, 3), Text(r, 4), Int(r, 5), Int(r, 6), Time(r, 7), IntOrNull(r, 8),
                TextOrNull(r, 9), Time(r, 10), TimeOrNull(r, 11))));
        await table("Excel 版式", "layouts", "SELECT template_id, content, file_name, uploaded_by, uploaded_at FROM {layouts}",
            (r, s) => s.Insert(new LayoutDocument(Text(r, 0), (byte[])r.GetValue(1), Text(r, 2), Text(r, 3), Time(r, 4))));
        await table("API 客户端", "api_clients",
            "SELECT id, name, department, area, scopes, token_hash, created_by, created_at, expires_at, revoked_at, last_used_at, requests_per_minute FROM {api_clients}",
            (r, s) => s.Insert(new ApiClientDocument(Id(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4).Split(',', StringSplitOptions.RemoveEmptyEntries), Text(r, 5),
                Text(r, 6), Time(r, 7), Time(r, 8), TimeOrNull(r, 9), TimeOrNull(r, 10), Int(r, 11))));
        await table("导入方案", "import_profiles", "SELECT name, entity_type, body, saved_by, saved_at FROM {import_profiles}",
            (r, s) => s.Insert(new ImportProfileDocument(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Time(r, 4))));
        await table("核查发现", "findings",
            "SELECT id, rule_id, entity_id, entity_type, village_code, period, level, message, field_values, gap, appeared_at, resolved_at, " +
            $"{(findingColumns.Related ? "related" : "NULL")}, {(findingColumns.MessageEn ? "message_en" : "NULL")} FROM {{findings}}",
            (r, s) =>
            {
                var resolved = TimeOrNull(r, 11);
                s.Insert(new FindingDocument(Id(r, 0), Text(r, 1), Id(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Int(r, 6), Text(r, 7),
                    JsonSerializer.Deserialize<Dictionary<string, string?>>(Text(r, 8)) ?? [], TextOrNull(r, 9), Time(r, 10), resolved,
                    resolved is null ? FindingDocument.KeyOf(Text(r, 1), Id(r, 2), Text(r, 5)) : null, TextOrNull(r, 13))
                {
                    Related = TextOrNull(r, 12) is { } related ? JsonSerializer.Deserialize<List<Model.FindingLink>>(related) : null,
                });
            });
        await table("资格核定结果", "eligibility_outcomes",
            "SELECT rule_id, entity_id, village_code, outcome, reason, recorded_by, recorded_at FROM {eligibility_outcomes}",
            (r, s) => s.Insert(new EligibilityOutcomeDocument(EligibilityOutcomeDocument.KeyOf(Text(r, 0), Id(r, 1)), Text(r, 0), Id(r, 1), Text(r, 2), Text(r, 3),
                TextOrNull(r, 4), Text(r, 5), Time(r, 6))));
        await table("模板日志", "template_log", "SELECT seq, template_id, kind, version, yaml, period, user_name, at, note FROM {template_log}",
            (r, s) =>
            {
                var version = IntOrNull(r, 3);
                var published = Text(r, 2) == "published" && version is { } v ? $"{Text(r, 1)}|{v}" : null;
                s.Insert(new TemplateLogDocument(Long(r, 0), Text(r, 1), Text(r, 2), version, TextOrNull(r, 4), TextOrNull(r, 5), Text(r, 6), Time(r, 7),
                    TextOrNull(r, 8), published));
            });
        await table("模板准入决定", "template_admissions",
            "SELECT seq, template_id, content_hash, verdict, merge_into, reason, analysis, user_name, at FROM {template_admissions}",
            (r, s) => s.Insert(new AdmissionDocument(Long(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), TextOrNull(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Time(r, 8))));
        // Stored, not inserted: the target seeded its own first version on start, which the source's replaces.
        await table("数据目录版本", "catalog_versions", "SELECT version, document, changed_by, changed_at, summary FROM {catalog_versions}",
            (r, s) => s.Store(new CatalogVersionDocument(Long(r, 0), Text(r, 1), Text(r, 2), Time(r, 3), Text(r, 4))));
        await table("报表行", "report_rows", "SELECT template_id, version, period, unit_code, level, payload, computed_at FROM {report_rows}",
            (r, s) => s.Insert(new ReportRowDocument(ReportRowDocument.KeyOf(Text(r, 0), Int(r, 1), Text(r, 2), Text(r, 3)), Text(r, 0), Int(r, 1), Text(r, 2), Text(r, 3),
                Int(r, 4), Text(r, 5), Time(r, 6))));
        await table("已隔离的变更", "quarantined_changes",
            "SELECT tx, seq, village_code, period, entity_type, kind, fields, reason, library_version, quarantined_at, attempts FROM {quarantined_changes}",
            (r, s) => s.Insert(new QuarantinedChangeDocument(QuarantinedChangeDocument.KeyOf(Long(r, 0), Long(r, 1)), Long(r, 0), Long(r, 1), Text(r, 2), Text(r, 3),
                Text(r, 4), Int(r, 5), JsonSerializer.Deserialize<List<string>>(Text(r, 6)) ?? [], Text(r, 7), Text(r, 8),
                DateTimeOffset.FromUnixTimeMilliseconds(Long(r, 9)), Int(r, 10))));
    }
}
