using System.Data.Common;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Core.Rules;
using FormHub.Storage.Model;

namespace FormHub.Storage.Sqlite;

public sealed partial class SqliteFormHubStore
{
    private const string FindingColumns =
        "id, rule_id, entity_id, entity_type, village_code, period, level, message, field_values, gap, appeared_at, resolved_at, related, message_en";

    /// <summary>The findings tables, created on start beside the others; kept here so the feature's schema reads in one place.</summary>
    private static IEnumerable<string> FindingSchema()
    {
        // Ids and times as text, like every SQLite table here.
        const string id = "TEXT", time = "TEXT", whole = "INTEGER";
        yield return $"""
            CREATE TABLE IF NOT EXISTS findings (
                county_code text NOT NULL, id {id} NOT NULL, rule_id text NOT NULL, entity_id {id} NOT NULL, entity_type text NOT NULL,
                village_code text NOT NULL, period text NOT NULL, level {whole} NOT NULL, message text NOT NULL, field_values text NOT NULL,
                gap text, appeared_at {time} NOT NULL, resolved_at {time}, related text, message_en text,
                PRIMARY KEY (county_code, id))
            """;
        yield return $"CREATE INDEX IF NOT EXISTS ix_findings_village ON findings (village_code, period, rule_id)";
        // At most one open finding per rule, record and month, even when two passes evaluate a village at once.
        yield return $"CREATE UNIQUE INDEX IF NOT EXISTS ux_findings_open ON findings (county_code, rule_id, entity_id, period) WHERE resolved_at IS NULL";
        yield return $"""
            CREATE TABLE IF NOT EXISTS eligibility_outcomes (
                county_code text NOT NULL, rule_id text NOT NULL, entity_id {id} NOT NULL, village_code text NOT NULL,
                outcome text NOT NULL, reason text, recorded_by text NOT NULL, recorded_at {time} NOT NULL,
                PRIMARY KEY (county_code, rule_id, entity_id))
            """;
        yield return $"CREATE INDEX IF NOT EXISTS ix_outcomes_village ON eligibility_outcomes (village_code)";
    }

    private async Task CreateFindingTablesAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        foreach (var statement in FindingSchema())
        {
            await using var command = connection.Command(statement);
            await command.ExecuteNonQueryAsync(ct);
        }
        // Databases from before across-villages rules (issue 18): the links to a finding's other records.
        if (!await ColumnExistsAsync(connection, null, "findings", "related", ct))
        {
            await using var add = connection.Command($"ALTER TABLE findings ADD COLUMN related text");
            await add.ExecuteNonQueryAsync(ct);
        }
        // Databases from before rules had English messages (a nullable column: existing rows read as none).
        if (!await ColumnExistsAsync(connection, null, "findings", "message_en", ct))
        {
            await using var add = connection.Command("ALTER TABLE findings ADD COLUMN message_en text");
            await add.ExecuteNonQueryAsync(ct);
        }
    }

    private static string? RelatedJson(IReadOnlyList<FindingLink> related) => related.Count == 0 ? null : JsonSerializer.Serialize(related);

    public async Task<FindingChanges> SaveFindingsAsync(string villageCode, string period, IReadOnlyCollection<string> ruleIds,
        IReadOnlyList<FindingDraft> found, DateTimeOffset now, CancellationToken ct = default)
    {
        if (ruleIds.Count == 0) return new FindingChanges(0, 0, 0);
        var county = RegionCode.Parse(villageCode).CountyCode;
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);

        var open = new Dictionary<(string Rule, Guid Entity), Finding>();
        await using (var read = connection.Command("", tx))
        {
            read.CommandText =
                $"""
                SELECT {FindingColumns} FROM findings
                WHERE county_code = @county AND village_code = @village AND period = @period AND resolved_at IS NULL
                  AND rule_id IN ({read.WithList("@rule", ruleIds)})
                """;
            read.With("@county", county).With("@village", villageCode).With("@period", period);
            foreach (var finding in await ReadFindingsAsync(read, ct)) open[(finding.RuleId, finding.EntityId)] = finding;
        }

        var at = now.ToUniversalTime();
        int appeared = 0, kept = 0;
        var seen = new HashSet<(string, Guid)>();
        foreach (var draft in found)
        {
            if (!seen.Add((draft.RuleId, draft.EntityId))) continue;
            if (open.TryGetValue((draft.RuleId, draft.EntityId), out var existing))
            {
                kept++;
                if (draft.Matches(existing)) continue;
                await using var update = connection.Command(
                    "UPDATE findings SET message = @message, message_en = @messageEn, field_values = @values, gap = @gap, level = @level, related = @related WHERE county_code = @county AND id = @id", tx)
                    .With("@message", draft.Message).With("@messageEn", draft.MessageEn).With("@values", JsonSerializer.Serialize(draft.Values)).With("@gap", draft.Gap).With("@level", (int)draft.Level)
                    .With("@related", RelatedJson(draft.Related)).With("@county", county).With("@id", SqliteIds.Text(existing.Id));
                await update.ExecuteNonQueryAsync(ct);
                continue;
            }
            appeared++;
            await using var insert = connection.Command(
                $"""
                INSERT INTO findings (county_code, {FindingColumns})
                VALUES (@county, @id, @rule, @entity, @type, @village, @period, @level, @message, @values, @gap, @at, NULL, @related, @messageEn)
                ON CONFLICT (county_code, rule_id, entity_id, period) WHERE resolved_at IS NULL DO NOTHING
                """, tx)
                .With("@county", county).With("@id", SqliteIds.Text(Guid.NewGuid())).With("@rule", draft.RuleId)
                .With("@entity", SqliteIds.Text(draft.EntityId)).With("@type", draft.EntityType).With("@village", villageCode)
                .With("@period", period).With("@level", (int)draft.Level).With("@message", draft.Message).With("@values", JsonSerializer.Serialize(draft.Values))
                .With("@gap", draft.Gap).With("@at", at).With("@related", RelatedJson(draft.Related)).With("@messageEn", draft.MessageEn);
            await insert.ExecuteNonQueryAsync(ct);
        }

        var resolved = 0;
        foreach (var (key, finding) in open)
        {
            if (seen.Contains(key)) continue;
            resolved++;
            await using var resolve = connection.Command(
                $"UPDATE findings SET resolved_at = @at WHERE county_code = @county AND id = @id", tx)
                .With("@at", at).With("@county", county).With("@id", SqliteIds.Text(finding.Id));
            await resolve.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return new FindingChanges(appeared, resolved, kept + appeared);
    }

    /// <summary>
    /// A village's findings (the live pass reads them per saved village) by equality, a larger unit's by the range of codes
    /// its prefix spans: both are searches of ix_findings_village, where LIKE (case-insensitive, so not usable with the
    /// index's binary order) would scan the whole table.
    /// </summary>
    public async Task<IReadOnlyList<Finding>> ListFindingsAsync(string underUnit, string period, bool includeResolved = false, CancellationToken ct = default)
    {
        var prefix = RegionCode.Parse(underUnit).Prefix;
        var village = prefix.Length == 12;
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT {FindingColumns} FROM findings
            WHERE {(village ? "village_code = @prefix" : "village_code >= @prefix AND village_code < @prefixEnd")} AND period = @period
                {(includeResolved ? "" : "AND resolved_at IS NULL")}
            ORDER BY village_code, rule_id, appeared_at, id
            """)
            .WithPrefix(prefix).With("@period", period);
        return await ReadFindingsAsync(command, ct);
    }

    public async Task SaveEligibilityOutcomeAsync(EligibilityOutcome outcome, AuditEntry audit, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await BeginWriteAsync(connection, ct);
        await using (var upsert = connection.Command(
            $"""
            INSERT INTO eligibility_outcomes (county_code, rule_id, entity_id, village_code, outcome, reason, recorded_by, recorded_at)
            VALUES (@county, @rule, @entity, @village, @outcome, @reason, @by, @at)
            ON CONFLICT (county_code, rule_id, entity_id) DO UPDATE SET village_code = excluded.village_code, outcome = excluded.outcome,
                reason = excluded.reason, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
            """, tx))
        {
            upsert.With("@county", RegionCode.Parse(outcome.VillageCode).CountyCode).With("@rule", outcome.RuleId)
                .With("@entity", SqliteIds.Text(outcome.EntityId)).With("@village", outcome.VillageCode).With("@outcome", outcome.Outcome)
                .With("@reason", outcome.Reason).With("@by", outcome.RecordedBy).With("@at", outcome.RecordedAt.ToUniversalTime());
            await upsert.ExecuteNonQueryAsync(ct);
        }
        await InsertAuditAsync(connection, tx, audit, ct);
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<EligibilityOutcome>> ListEligibilityOutcomesAsync(string underUnit, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.Command(
            $"""
            SELECT rule_id, entity_id, village_code, outcome, reason, recorded_by, recorded_at FROM eligibility_outcomes
            WHERE village_code >= @prefix AND village_code < @prefixEnd ORDER BY village_code, rule_id
            """)
            .WithPrefix(RegionCode.Parse(underUnit).Prefix);
        var result = new List<EligibilityOutcome>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new EligibilityOutcome(reader.GetString(0), SqliteIds.Read(reader, 1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return result;
    }

    private async Task<List<Finding>> ReadFindingsAsync(DbCommand command, CancellationToken ct)
    {
        var result = new List<Finding>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new Finding(SqliteIds.Read(reader, 0), reader.GetString(1), SqliteIds.Read(reader, 2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), (FindingLevel)reader.GetInt32(6), reader.GetString(7),
                JsonSerializer.Deserialize<Dictionary<string, string?>>(reader.GetString(8)) ?? [],
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11), reader.IsDBNull(13) ? null : reader.GetString(13))
            {
                Related = reader.IsDBNull(12) ? [] : JsonSerializer.Deserialize<List<FindingLink>>(reader.GetString(12)) ?? [],
            });
        }
        return result;
    }
}
