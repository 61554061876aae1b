using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// Two writers of the same report rows (a cold rebuild and a live materializer pass) name them in different orders; the
/// store writes them in one fixed order, so neither is ever a deadlock's victim.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task WritersOfTheSameReportRowsInOppositeOrdersNeverFail()
    {
        var at = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var rows = Enumerable.Range(0, 200)
            .Select(i => new StoredReportRow("order", 1, "2026-11", $"361025101{i + 1:D3}", 5, $"{{\"values\":{{\"hh\":{i}}}}}", at)).ToList();
        // Every row stored once, so the writers below update (and lock) existing rows.
        await Store.SaveReportRowsAsync(rows);
        var reversed = rows.AsEnumerable().Reverse().ToList();
        for (var round = 0; round < 5; round++)
        {
            var writers = Enumerable.Range(0, 4).Select(i => Task.Run(() => Store.SaveReportRowsAsync(i % 2 == 0 ? rows : reversed)));
            await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60));
        }
        Assert.Equal(200, (await Store.GetReportRowsAsync("order", 1, "2026-11", "361025000000")).Count);
    }
}
