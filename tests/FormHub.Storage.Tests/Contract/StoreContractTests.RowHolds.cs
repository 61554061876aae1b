using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// Holds on report rows (what a city or province rollup reads and writes under): a second holder of a row waits for the
/// first to let go, a holder of other rows does not, and two holders of overlapping rows named in opposite orders both
/// get through.
/// </summary>
public abstract partial class StoreContractTests
{
    private static ReportRowKey Row(string unit, string period = "2026-11") => new("dibao", 1, period, unit);

    [Fact]
    public async Task ASecondHolderOfAReportRowWaitsUntilTheFirstLetsGo()
    {
        var first = await Store.HoldReportRowsAsync([Row("360000000000"), Row("361000000000")]);
        var second = Store.HoldReportRowsAsync([Row("360000000000")]);
        // Another row, or the same unit's row of another period, is free.
        await using (await Store.HoldReportRowsAsync([Row("361025000000"), Row("360000000000", "2026-10")]).WaitAsync(TimeSpan.FromSeconds(10))) { }
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "the province row was held twice at once");

        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task HoldersOfOverlappingRowsNamedInOppositeOrdersAllGetThrough()
    {
        var rows = new[] { Row("360000000000"), Row("361000000000"), Row("361025000000") };
        var holders = Enumerable.Range(0, 8).Select(async i =>
        {
            var mine = i % 2 == 0 ? rows : rows.Reverse().ToArray();
            await using (await Store.HoldReportRowsAsync(mine)) await Task.Delay(20);
        });
        await Task.WhenAll(holders).WaitAsync(TimeSpan.FromSeconds(30));
    }
}
