using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// A save of many events to a village (a load) appends them with one INSERT guarded by the stream's version, which must be
/// where the village's chain head says. A stream found elsewhere means another writer appended meanwhile: the store's
/// conflict (409, reload, in Chinese), not a server fault.
/// </summary>
public sealed class MartenEventStreamTests : MartenStoreTests
{
    [Fact]
    public async Task ALoadIntoAVillageWhoseStreamMovedUnderItsChainHeadIsAConflict()
    {
        var first = _store.OpenSession("cadre", ChangeSource.Form);
        first.Create("household", TestRegions.Shangtang, new Dictionary<string, object?> { ["head_name"] = "张三" }, Jan1);
        await first.SaveChangesAsync();
        // The stream one version ahead of the head the save reads under the village's lock.
        await _engine.ExecuteAsync($"UPDATE {{mt_streams}} SET version = version + 1 WHERE id = '{TestRegions.Shangtang}'");

        var load = _store.OpenSession("cadre", ChangeSource.Import);
        for (var i = 0; i < 70; i++)
            load.Create("household", TestRegions.Shangtang, new Dictionary<string, object?> { ["head_name"] = $"户主{i}" }, Jan1);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => load.SaveChangesAsync());

        Assert.Contains("已在其他窗口或由他人修改", conflict.Text.Zh);
        Assert.Equal("1", (await _engine.QueryAsync("SELECT count(*) FROM {mt_doc_entities}"))[0][0]);
    }
}
