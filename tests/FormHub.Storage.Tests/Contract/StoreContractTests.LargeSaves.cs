using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// A village's roster written in one save or in bulk batches (issue 17, performance): large enough that an engine may take
/// a bulk path (Marten copies many new documents with COPY), and every guarantee of a small save still holds.
/// </summary>
public abstract partial class StoreContractTests
{
    private const int LoadedHouseholds = 60;

    /// <summary>Queues 60 households of 2 persons (180 new records, 120 ID numbers) and returns the persons' ID numbers by id.</summary>
    private static Dictionary<Guid, string> QueueRoster(IStoreSession s, int serialBase)
    {
        var persons = new Dictionary<Guid, string>();
        for (var h = 0; h < LoadedHouseholds; h++)
        {
            var household = s.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = $"户主{h}" }, Jan1);
            for (var p = 0; p < 2; p++)
            {
                var idNumber = TestIds.IdNumber(1960 + h % 40, 1 + p, 1 + h % 28, serialBase + h * 2 + p);
                persons[s.Create("person", VillageA, new Dictionary<string, object?>
                {
                    ["name"] = $"村民{h}-{p}", ["id_number"] = idNumber, ["household"] = household.ToString(),
                }, Jan1)] = idNumber;
            }
        }
        return persons;
    }

    private async Task AssertRosterStoredAsync(StoreCounts before, Dictionary<Guid, string> persons)
    {
        var after = await Store.CountAsync();
        Assert.Equal((before.Entities + LoadedHouseholds * 3, before.Events + LoadedHouseholds * 3), (after.Entities, after.Events));
        var roster = await Store.ListAsync(new EntityQuery(VillageA, "person") { Take = 1000 });
        Assert.Equal(persons.Count, roster.Items.Count(d => persons.ContainsKey(d.Id)));
        var (someone, idNumber) = persons.First();
        var stored = await Store.GetAsync(someone);
        Assert.Equal((1L, idNumber), (stored!.Version, stored.Fields["id_number"]));
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);

        // The records written in bulk are guarded like any other: a change at the version read goes through, a stale one is refused.
        var change = Session();
        change.Change(someone, 1, new Dictionary<string, object?> { ["name"] = "改名" }, Jan1);
        Assert.Equal(2, (await change.SaveChangesAsync()).Versions[someone]);
        var stale = Session();
        stale.Change(someone, 1, new Dictionary<string, object?> { ["name"] = "又改" }, Jan1);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.SaveChangesAsync());

        // And their ID numbers are held: the same person registered again is refused.
        var again = Session();
        var hh = again.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "新户" }, Jan1);
        again.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "重复", ["id_number"] = persons.Last().Value, ["household"] = hh.ToString() }, Jan1);
        Assert.Contains("已登记在", (await Assert.ThrowsAsync<StoreValidationException>(() => again.SaveChangesAsync())).Errors.Single().Message.Zh);
    }

    [Fact]
    public async Task AVillageRosterOfOneHundredEightyRecordsInOneSaveIsStoredChainedGuardedAndHoldsItsIdNumbers()
    {
        var before = await Store.CountAsync();
        var s = Session();
        var persons = QueueRoster(s, 100);
        var saved = await s.SaveChangesAsync();
        Assert.Equal(LoadedHouseholds * 3, saved.Versions.Count);
        await AssertRosterStoredAsync(before, persons);
    }

    [Fact]
    public async Task ABulkLoadWritesEachFlushedBatchAtTheFlushAndKeepsNothingPendingYetCommitsAllAtOnce()
    {
        var before = await Store.CountAsync();
        await using var bulk = Store.OpenBulkSession("import", ChangeSource.Import);
        var persons = QueueRoster(bulk, 300);
        await bulk.FlushAsync();
        // The batch is written (into the open transaction), not held until the commit.
        Assert.Equal(0, bulk.PendingCount);
        Assert.Equal(before, await Store.CountAsync());
        var refused = bulk.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "王五", ["dibao_persons"] = "很多" }, Jan1);
        Assert.NotEqual(Guid.Empty, refused);
        // A refused batch fails at its own flush, naming its operation counted from the session's first.
        var error = (await Assert.ThrowsAsync<StoreValidationException>(() => bulk.FlushAsync())).Errors.Single();
        Assert.Equal((LoadedHouseholds * 3, "dibao_persons"), (error.OperationIndex, error.Field));
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task ABulkLoadOfManyRecordsFlushedInTwoBatchesIsStoredChainedGuardedAndHoldsItsIdNumbersAfterItsCommit()
    {
        var before = await Store.CountAsync();
        Dictionary<Guid, string> persons;
        // Disposed before the checks: an engine with one writer (SQLite) frees it when the session's connection closes.
        await using (var bulk = Store.OpenBulkSession("import", ChangeSource.Import))
        {
            persons = QueueRoster(bulk, 500);
            await bulk.FlushAsync();
            foreach (var (id, number) in QueueRoster(bulk, 700)) persons[id] = number;
            await bulk.CommitAsync();
        }
        Assert.Equal(before.Entities + LoadedHouseholds * 6, (await Store.CountAsync()).Entities);
        await AssertRosterStoredAsync(before with { Entities = before.Entities + LoadedHouseholds * 3, Events = before.Events + LoadedHouseholds * 3 }, persons);
    }
}
