using FormHub.Storage.Model;
using FormHub.Storage.Sqlite;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Sqlite;

/// <summary>
/// The live pass's batched reads look each row up by an index, never scan a table: joined the other way round, SQLite
/// scanned the `since` object once per row of a unit (5× slower for a pass of 40 villages), and a scan would read every
/// row of the county on every pass. Checked with EXPLAIN QUERY PLAN on a store with rows.
/// </summary>
public sealed class SqlitePassQueryPlanTests : IAsyncLifetime
{
    private readonly SqliteEngine _engine = new();
    private SqliteFormHubStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = (SqliteFormHubStore)await _engine.CreateStoreAsync(TestCatalog.Create(), new FixedClock(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero)));
        var rows = new List<StoredReportRow>();
        foreach (var village in Enumerable.Range(200, 40))
            foreach (var period in new[] { "2026-10", "2026-11", "2026-12" })
                foreach (var template in new[] { "mz-dibao", "yj-hazard" })
                    rows.Add(new StoredReportRow(template, 1, period, $"361025101{village:D3}", 5, "{}", DateTimeOffset.UnixEpoch));
        await _store.SaveReportRowsAsync(rows);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task APassReadsReportPeriodsRowsByKeyAndRowScopesThroughIndexes()
    {
        await AssertSearchedAsync(SqliteFormHubStore.ReportPeriodsSinceQuery, "r",
            ("@units", """["361025101200","361025101201"]"""), ("@since", """{"mz-dibao":"2026-11","yj-hazard":"2026-12"}"""));
        await AssertSearchedAsync(SqliteFormHubStore.RowsByKeyQuery, "r", ("@keys", """[["361025","mz-dibao",1,"2026-11","361025101200"]]"""));
        await AssertSearchedAsync(SqliteFormHubStore.RowScopesQuery, "r", ("@scopes", """[[0,"361025","mz-dibao",1,"2026-11","361025101","361025102",5]]"""));
    }

    [Fact]
    public async Task APassReadsSubmissionsFindingsAndPeriodicValuesThroughIndexes()
    {
        (string, string) villages = ("@villages", """["361025101200","361025101201"]"""), periods = ("@periods", """["2026-11","2026-12"]""");
        await AssertSearchedAsync(SqliteFormHubStore.SubmissionsOfPairsQuery, "submissions", villages, periods);
        await AssertSearchedAsync(SqliteFormHubStore.OpenFindingsOfPairsQuery, "findings", villages, periods);
        await AssertSearchedAsync(SqliteFormHubStore.ManyVillagesPeriodicQuery("@i0, @i1", "@v0, @v1", "@p0"), "periodic_values",
            ("@county", "361025"), ("@i0", Guid.NewGuid().ToString()), ("@i1", Guid.NewGuid().ToString()),
            ("@v0", "361025101200"), ("@v1", "361025101201"), ("@p0", "2026-11"));
    }

    /// <summary>The plan seeks <paramref name="table"/> (a name or alias) by an index and scans nothing after it.</summary>
    private async Task AssertSearchedAsync(string query, string table, params (string Name, string Value)[] parameters)
    {
        await using var connection = await _store.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        var plan = new List<(long Id, long Parent, string Detail)>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
        var text = string.Join(" | ", plan.Select(p => p.Detail));
        var search = plan.FindIndex(p => p.Detail.StartsWith($"SEARCH {table} USING", StringComparison.Ordinal));
        Assert.True(search >= 0, text);
        Assert.DoesNotContain(plan, p => p.Detail.StartsWith($"SCAN {table}", StringComparison.Ordinal) || p.Detail.StartsWith("SCAN report_rows", StringComparison.Ordinal));
        // The rows are the inner loop: each unit (or key, scope, village) seeks them; nothing is scanned again per row. An
        // IN (SELECT …) list is made once before the loop (LIST SUBQUERY): its scan of the JSON array is not per row.
        bool InList(long parent) => plan.FirstOrDefault(p => p.Id == parent) is var (id, up, detail) && detail is not null
            && (detail.StartsWith("LIST SUBQUERY", StringComparison.Ordinal) || InList(up));
        Assert.False(plan.Skip(search + 1).Any(p => p.Detail.StartsWith("SCAN", StringComparison.Ordinal) && !InList(p.Parent)), text);
    }
}
