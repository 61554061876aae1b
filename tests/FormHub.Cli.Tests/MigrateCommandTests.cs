using System.Text.Json;
using System.Text.Json.Nodes;
using FormHub.Core.Catalog;
using FormHub.Storage;
using FormHub.Storage.Model;
using Npgsql;

namespace FormHub.Cli.Tests;

/// <summary>
/// <c>formhub migrate</c>, the upgrade path onto the Marten engine (issue 17 item 5). The hand-written PostgreSQL source is
/// the checked-in dump Fixtures/handwritten-county.sql (made once with that engine, which is gone): loaded into a fresh
/// database and read back here with plain SQL as the ground truth. The SQLite source is a county seeded by the CLI.
/// </summary>
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private const string Shimen = "360835100200";
    private const string Chengguan = "360835100001";
    private static readonly string[] Villages = [Chengguan, Shimen];

    private static string Fixture(string name) => Path.Combine(RepositoryRoot.Path, "tests", "FormHub.Cli.Tests", "Fixtures", name);

    private readonly CliHarness _cli = new();
    private PostgresDatabase _source = null!;
    private PostgresDatabase _target = null!;

    public async Task InitializeAsync()
    {
        _source = await PostgresDatabase.CreateAsync();
        _target = await PostgresDatabase.CreateAsync();
        await _source.ExecuteAsync(await File.ReadAllTextAsync(Fixture("handwritten-county.sql")));
        File.Copy(Fixture("handwritten-county.audit.key"), _cli.AuditKeyFile, overwrite: true);
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
        _cli.Dispose();
    }

    /// <summary>The CLI on the target (Marten), with the fixture's audit key.</summary>
    private Task<CliResult> RunAsync(params string[] args) => _cli.RunWithEnvironmentAsync(new Dictionary<string, string>
    {
        [StorageOptions.PostgresVariable] = _target.ConnectionString,
    }, args);

    private Task<IFormHubStore> OpenTargetAsync() => FormHubStoreFactory.OpenAsync(
        new StorageOptions { PostgresConnectionString = _target.ConnectionString, AuditKeyFile = _cli.AuditKeyFile },
        CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog")));

    private Task<List<object?[]>> SourceAsync(string sql) => QueryAsync(_source.ConnectionString, sql);

    private static async Task<List<object?[]>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET search_path TO formhub; {sql}", connection);
        await using var r = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await r.ReadAsync())
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private async Task<long> TargetRowsAsync()
    {
        await using var store = await OpenTargetAsync();
        return await ((FormHub.Storage.Marten.MartenFormHubStore)store).CountRowsAsync();
    }

    private static DateOnly Day(object? value) => value is DateOnly d ? d : DateOnly.FromDateTime((DateTime)value!);

    private static bool SameJson(string expected, object? actual) =>
        JsonNode.DeepEquals(JsonNode.Parse(expected), JsonSerializer.SerializeToNode(actual));

    [Fact]
    public async Task AHandwrittenCountyMovesToMartenWithItsChainsAndReadsTheSame()
    {
        var migrated = await RunAsync("migrate", "--from-postgres", _source.ConnectionString);

        Assert.True(migrated.ExitCode == 0, migrated.ToString());
        Assert.Contains("事件：221", migrated.Out);
        Assert.Contains("报表行：264", migrated.Out);
        Assert.Contains("账号：4", migrated.Out);
        Assert.Contains("核验：2 个村、221 条事件，哈希链全部完整", migrated.Out);
        var audit = await RunAsync("audit", "verify", "--all");
        Assert.True(audit.ExitCode == 0, audit.ToString());

        await using var target = await OpenTargetAsync();
        Assert.Equal("marten", target.EngineName);
        // Roster: every record with its version and values.
        var records = await SourceAsync("SELECT id, village_code, entity_type, version, data::text, valid_from, retired_on FROM entities");
        var stored = await target.GetManyAsync(records.Select(r => (Guid)r[0]!).ToList());
        Assert.Equal(records.Count, stored.Count);
        foreach (var r in records)
        {
            var doc = stored[(Guid)r[0]!];
            Assert.Equal((string)r[1]!, doc.VillageCode);
            Assert.Equal((long)r[3]!, doc.Version);
            Assert.True(SameJson((string)r[4]!, doc.Fields), $"{doc.Id}: {r[4]} ≠ {JsonSerializer.Serialize(doc.Fields)}");
        }
        // Field dates: copied only where they differ from the record's own (the target's documents are sparse).
        var sourceDates = (await SourceAsync("""
            SELECT id::text, string_agg(d.key || '=' || d.value, ',' ORDER BY d.key) FROM entities, jsonb_each_text(field_valid_from) d
            WHERE d.value <> valid_from::text GROUP BY id
            """)).ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.NotEmpty(sourceDates);
        var targetDates = (await QueryAsync(_target.ConnectionString, """
            SELECT id::text, string_agg(d.key || '=' || d.value, ',' ORDER BY d.key) FROM formhub.mt_doc_entities, jsonb_each_text(data -> 'fieldValidFrom') d GROUP BY id
            """)).ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal(sourceDates.OrderBy(kv => kv.Key), targetDates.OrderBy(kv => kv.Key));
        // As-of rosters: who was there on each month's first day, and a changed record's earlier value.
        foreach (var date in new[] { new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31) })
        {
            foreach (var village in Villages)
            {
                var expected = records.Where(r => (string)r[1]! == village && (string)r[2]! == "person"
                        && Day(r[5]) <= date && (r[6] is null || Day(r[6]) > date))
                    .Select(r => (Guid)r[0]!).Order();
                Assert.Equal(expected, (await target.ListAsOfAsync(village, "person", date)).Select(d => d.Id).Order());
            }
        }
        foreach (var change in await SourceAsync("SELECT entity_id, valid_from, COUNT(*) OVER (PARTITION BY entity_id) FROM events WHERE kind = 1"))
        {
            var id = (Guid)change[0]!;
            var before = Day(change[1]).AddDays(-1);
            Assert.NotEqual(JsonSerializer.Serialize(stored[id].Fields), JsonSerializer.Serialize((await target.GetAsOfAsync(id, before))?.Fields));
            Assert.Equal((await SourceAsync($"SELECT COUNT(*) FROM events WHERE entity_id = '{id}'"))[0][0], (long)(await target.GetHistoryAsync(id)).Count);
        }
        // Periodic values, by village and period.
        var periodic = await SourceAsync("SELECT village_code, period, entity_id, field, value::text FROM periodic_values WHERE value::text <> 'null'");
        Assert.NotEmpty(periodic);
        foreach (var group in periodic.GroupBy(p => ((string)p[0]!, (string)p[1]!)))
        {
            var values = (await target.GetPeriodicValuesAsync(group.Key.Item1, group.Key.Item2)).ToDictionary(v => (v.EntityId, v.Field));
            Assert.Equal(group.Count(), values.Count);
            foreach (var p in group) Assert.True(SameJson((string)p[4]!, values[((Guid)p[2]!, (string)p[3]!)].Value), $"{p[2]} {p[3]} {p[1]}");
        }
        // Submissions, accounts and report rows.
        foreach (var s in await SourceAsync("SELECT village_code, period, status, revision, version FROM submissions"))
        {
            var submission = await target.GetSubmissionAsync((string)s[0]!, (string)s[1]!);
            Assert.Equal(((int)s[2]!, (int)s[3]!, (long)s[4]!), ((int)submission.Status, submission.Revision, submission.Version));
        }
        foreach (var a in await SourceAsync("SELECT user_name, password_hash, role FROM accounts"))
        {
            var account = await target.FindAccountAsync((string)a[0]!);
            Assert.Equal(((string)a[1]!, (int)a[2]!), (account!.PasswordHash, (int)account.Role));
        }
        foreach (var row in await SourceAsync("SELECT template_id, version, period, unit_code, payload::text FROM report_rows"))
        {
            var copied = await target.GetReportRowAsync((string)row[0]!, (int)row[1]!, (string)row[2]!, (string)row[3]!);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse((string)row[4]!), JsonNode.Parse(copied!.Payload)), $"{row[0]} {row[2]} {row[3]}");
        }
    }

    [Fact]
    public async Task MigrateRefusesATargetThatHoldsDataAndASourceThatIsNotFormHubWritingNothing()
    {
        var notFormHub = await RunAsync("migrate", "--from-postgres", _source.ConnectionString, "--from-schema", "public");
        Assert.Equal(1, notFormHub.ExitCode);
        Assert.Contains("不是 FormHub 数据库", notFormHub.Err);
        Assert.Equal(0, await TargetRowsAsync());

        Assert.Equal(0, (await RunAsync("migrate", "--from-postgres", _source.ConnectionString)).ExitCode);
        var rows = await TargetRowsAsync();
        var again = await RunAsync("migrate", "--from-postgres", _source.ConnectionString);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("已有数据", again.Err);
        Assert.Equal(rows, await TargetRowsAsync());
    }

    [Fact]
    public async Task ASourceWhoseMaterializerLeaseIsLiveIsRefusedUnlessForcedAndOnceItLapses()
    {
        // A server of the old database runs live reports: it holds the lease, renewed every few seconds.
        var until = DateTimeOffset.UtcNow.AddSeconds(20);
        await _source.ExecuteAsync($"INSERT INTO formhub.leases (name, holder, expires_at) VALUES ('report-materializer', 'server-7 (pid 4242)', {until.UtcTicks})");

        var refused = await RunAsync("migrate", "--from-postgres", _source.ConnectionString);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("仍在被运行中的服务器使用：租约「report-materializer」由 server-7 (pid 4242) 持有", refused.Err);
        Assert.Contains("--force", refused.Err);
        Assert.Equal(0, await TargetRowsAsync());

        // The server stopped without giving it up: once it lapses the copy goes ahead.
        await _source.ExecuteAsync($"UPDATE formhub.leases SET expires_at = {DateTimeOffset.UtcNow.AddSeconds(-1).UtcTicks}");
        var lapsed = await RunAsync("migrate", "--from-postgres", _source.ConnectionString);
        Assert.True(lapsed.ExitCode == 0, lapsed.ToString());
    }

    [Fact]
    public async Task ASourceWithALiveLeaseIsCopiedWithForce()
    {
        await _source.ExecuteAsync($"INSERT INTO formhub.leases (name, holder, expires_at) VALUES ('report-materializer', 'server-7', {DateTimeOffset.UtcNow.AddMinutes(5).UtcTicks})");
        var forced = await RunAsync("migrate", "--from-postgres", _source.ConnectionString, "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("迁移完成", forced.Out);
    }

    [Fact]
    public async Task ASqliteFileAServerStillHasOpenIsRefusedUnlessForced()
    {
        var seeded = await _cli.RunAsync("seed", "--villages", "2", "--persons-per-village", "12", "--seed", "3");
        Assert.True(seeded.ExitCode == 0, seeded.ToString());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var server = await _cli.OpenStoreAsync())
        {
            // A server on the file: connections open, and its materializer's lease held.
            Assert.True(await server.TryHoldLeaseAsync("report-materializer", "server-1", TimeSpan.FromSeconds(20)));
            var open = await RunAsync("migrate", "--from-sqlite", _cli.DatabaseFile);
            Assert.Equal(1, open.ExitCode);
            Assert.Contains("仍被打开", open.Err);
            Assert.Equal(0, await TargetRowsAsync());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Closed, but the lease is still live (the server died a moment ago): refused for the lease, then forced.
        var leased = await RunAsync("migrate", "--from-sqlite", _cli.DatabaseFile);
        Assert.Equal(1, leased.ExitCode);
        Assert.Contains("租约「report-materializer」由 server-1 持有", leased.Err);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var forced = await RunAsync("migrate", "--from-sqlite", _cli.DatabaseFile, "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
    }

    [Fact]
    public async Task ATamperedSourceEventNamesItsVillageAndNothingIsCopied()
    {
        // A recorded value edited in the old database, behind the store's back.
        var edited = await _source.ExecuteAsync(
            $"UPDATE formhub.events SET payload = regexp_replace(payload::text, '([0-9]+)\\]\\]}}$', '9\\1]]}}')::json WHERE seq = (SELECT MIN(seq) FROM formhub.events WHERE village_code = '{Shimen}' AND kind = 3)");
        Assert.Equal(1, edited);

        var migrated = await RunAsync("migrate", "--from-postgres", _source.ConnectionString);

        Assert.Equal(2, migrated.ExitCode);
        Assert.Contains($"✘ 村 {Shimen}", migrated.Out);
        Assert.DoesNotContain($"✘ 村 {Chengguan}", migrated.Out);
        Assert.Contains("未复制任何数据", migrated.Out);
        Assert.Equal(0, await TargetRowsAsync());
    }

    [Fact]
    public async Task ACountyOnTheEmbeddedSqliteDefaultMovesToMarten()
    {
        var seeded = await _cli.RunAsync("seed", "--villages", "2", "--persons-per-village", "12", "--seed", "3");
        Assert.True(seeded.ExitCode == 0, seeded.ToString());
        StoreCounts source;
        var at = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        var subscription = new Subscription(Guid.NewGuid(), "minzheng", "mz-dibao-monthly", Chengguan, "feed-token", "https://example.org/hook", "secret", at);
        var client = new FormHub.Storage.Accounts.ApiClient
        {
            Id = Guid.NewGuid(), Name = "民政对接", Department = "民政", Area = "360835000000", Scopes = ["read:rows", "read:roster"], TokenHash = "hash-1",
            CreatedBy = "admin", CreatedAt = at, ExpiresAt = at.AddYears(1),
        };
        Guid person;
        var linked = Guid.NewGuid();
        await using (var sqlite = await _cli.OpenStoreAsync())
        {
            source = await sqlite.CountAsync();
            // What the seed does not make: a subscription told once (notification and pending webhook delivery), an API
            // client, an import profile, a finding.
            await sqlite.SaveSubscriptionAsync(subscription);
            Assert.True(await sqlite.TellAsync(new Notification(0, subscription.Id, "minzheng", "mz-dibao-monthly", Chengguan, "2026-11", "approved", "已审核", "正文", at, null),
                "approved", "{\"p\":1}", at) > 0);
            await sqlite.SaveApiClientAsync(client);
            await sqlite.SaveImportProfileAsync(new StoredImportProfile("花名册", "person", "{}", "admin", at), new AuditEntry(0, at, "admin", "import-profile.save", null, null, null));
            person = (await sqlite.ListAsOfAsync(Chengguan, "person", new DateOnly(2026, 12, 31)))[0].Id;
            await sqlite.SaveFindingsAsync(Chengguan, "2026-11", ["age-check"],
                [new FindingDraft("age-check", person, "person", FormHub.Core.Rules.FindingLevel.Warning, "年龄可疑", new Dictionary<string, string?> { ["age"] = "130" },
                    MessageEn: "Age doubtful") { Related = [new FindingLink(linked, "person", "360835101201")] }], at);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var migrated = await RunAsync("migrate", "--from-sqlite", _cli.DatabaseFile);

        Assert.True(migrated.ExitCode == 0, migrated.ToString());
        Assert.Contains($"事件：{source.Events}", migrated.Out);
        Assert.Contains("哈希链全部完整", migrated.Out);
        Assert.Equal(0, (await RunAsync("audit", "verify", "--all")).ExitCode);
        await using var target = await OpenTargetAsync();
        Assert.Equal(source, await target.CountAsync());
        Assert.Equal(subscription, await target.GetSubscriptionAsync(subscription.Id));
        Assert.Equal("approved", await target.GetToldStateAsync(subscription.Id, "2026-11"));
        Assert.Equal("已审核", Assert.Single(await target.ListNotificationsAsync("minzheng")).Title);
        Assert.Equal("{\"p\":1}", Assert.Single(await target.ListDeliveriesAsync(subscription.Id)).Payload);
        Assert.Equal(client.Scopes, (await target.FindApiClientByTokenHashAsync("hash-1"))!.Scopes);
        Assert.Equal("person", (await target.FindImportProfileAsync("花名册"))!.EntityType);
        // With its English message and its link to a record of another village (what a later save re-judges by).
        var finding = Assert.Single(await target.ListFindingsAsync(Chengguan, "2026-11"));
        Assert.Equal((person, "Age doubtful"), (finding.EntityId, finding.MessageEn));
        Assert.Equal(new FindingLink(linked, "person", "360835101201"), Assert.Single(finding.Related));
        // The copied sequences go on after the copied numbers: a new notification does not reuse an id.
        var next = await target.TellAsync(new Notification(0, subscription.Id, "minzheng", "mz-dibao-monthly", Chengguan, "2026-12", "approved", "新", "正文", at, null),
            "approved", null, at);
        Assert.True(next > Assert.Single(await target.ListDeliveriesAsync(subscription.Id)).NotificationId);
    }
}
