using FormHub.Storage.Tests.Engines;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Bulk sessions (issue 16): a load written in batches is still one transaction.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ABulkLoadsLaterBatchNamesARecordOfAnEarlierOneAndNothingIsVisibleBeforeTheCommit()
    {
        var before = await Store.CountAsync();
        await using var bulk = Store.OpenBulkSession("import", ChangeSource.Import);
        bulk.Note("导入 a.csv 行 3");
        var household = bulk.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "张三" }, Jan1);
        await bulk.FlushAsync();
        bulk.Note("导入 a.csv 行 4");
        bulk.Create("person", VillageA, new Dictionary<string, object?>
        {
            ["name"] = "张三", ["id_number"] = TestIds.IdNumber(1960, 2, 2, 501), ["household"] = household.ToString(),
        }, Jan1);
        await bulk.FlushAsync();
        bulk.Audit(new AuditEntry(0, Clock.GetUtcNow(), "import", "import.roster", VillageA, null, "a.csv: 2 行"));

        Assert.Equal(before, await Store.CountAsync());
        Assert.Empty(await Store.ListAuditByActionAsync(["import."], null, null, 10));
        await bulk.CommitAsync();

        Assert.Equal("a.csv: 2 行", Assert.Single(await Store.ListAuditByActionAsync(["import."], null, null, 10)).Detail);

        var after = await Store.CountAsync();
        Assert.NotEqual(before, after);
        var history = await Store.GetHistoryAsync(household);
        Assert.Equal("import（导入 a.csv 行 3）", Assert.Single(history).User);
        var chain = await Store.VerifyAsync(VillageA);
        Assert.True(chain.IsIntact);
    }

    [Fact]
    public async Task ARefusedBatchOfABulkLoadNamesItsOperationAcrossBatchesAndRollsBackEveryEarlierBatch()
    {
        var before = await Store.CountAsync();
        await using (var bulk = Store.OpenBulkSession("import", ChangeSource.Import))
        {
            bulk.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "张三" }, Jan1);
            bulk.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "李四" }, Jan1);
            await bulk.FlushAsync();
            bulk.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "王五", ["dibao_persons"] = "很多" }, Jan1);
            bulk.Audit(new AuditEntry(0, Clock.GetUtcNow(), "import", "import.roster", VillageA, null, "b.csv: 3 行"));

            var refused = await Assert.ThrowsAsync<StoreValidationException>(() => bulk.CommitAsync());
            var error = Assert.Single(refused.Errors);
            Assert.Equal((2, "dibao_persons"), (error.OperationIndex, error.Field));
        }

        Assert.Equal(before, await Store.CountAsync());
        Assert.Empty(await Store.ListAuditByActionAsync(["import."], null, null, 10));
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);
    }

    [Fact]
    public async Task ABulkLoadDisposedWithoutItsCommitWritesNothingAndLeavesTheStoreWritable()
    {
        var before = await Store.CountAsync();
        await using (var bulk = Store.OpenBulkSession("import", ChangeSource.Import))
        {
            bulk.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "张三" }, Jan1);
            await bulk.FlushAsync();
        }

        Assert.Equal(before, await Store.CountAsync());
        await SeedFamilyAsync();
        Assert.NotEqual(before, await Store.CountAsync());
    }
}
