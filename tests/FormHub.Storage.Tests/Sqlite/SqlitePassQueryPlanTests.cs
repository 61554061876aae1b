using FormHub.Storage.Model;
using FormHub.Storage.Sqlite;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Sqlite;

/// <summary>
/// The live pass's batched reads of report rows look each row up by an index, never scan the table: joined the other way
/// round, SQLite scanned the `since` object once per row of a unit (5× slower for a pass of 40 villages), and a scan of
/// report_rows would read every row of the county on every pass. Checked with EXPLAIN QUERY PLAN on a store with rows.
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
        await AssertSearchedAsync(SqliteFormHubStore.ReportPeriodsSinceQuery,
            ("@units", """["361025101200","361025101201"]"""), ("@since", """{"mz-dibao":"2026-11","yj-hazard":"2026-12"}"""));
        await AssertSearchedAsync(_store.RowsByKeyQuery, ("@keys", """[["361025","mz-dibao",1,"2026-11","361025101200"]]"""));
        await AssertSearchedAsync(_store.RowScopesQuery, ("@scopes", """[[0,"361025","mz-dibao",1,"2026-11","361025101","361025102",5]]"""));
    }

    private async Task AssertSearchedAsync(string query, params (string Name, string Value)[] parameters)
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
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        var text = string.Join(" | ", plan);
        var search = plan.FindIndex(line => line.StartsWith("SEARCH r USING", StringComparison.Ordinal));
        Assert.True(search >= 0, text);
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN r", StringComparison.Ordinal) || line.StartsWith("SCAN report_rows", StringComparison.Ordinal));
        // The rows are the inner loop: each unit (or key, or scope) seeks them; nothing is scanned again per row.
        Assert.False(plan.Skip(search + 1).Any(line => line.StartsWith("SCAN", StringComparison.Ordinal)), text);
    }
}
