using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// Saves that only set periodic values (a department's monthly payments, issue 16) read the records without their fields,
/// and are still checked, chained and all-or-nothing exactly as any other save.
/// </summary>
public abstract partial class StoreContractTests
{
    private async Task<List<Guid>> PersonsAsync(int count, int firstSerial)
    {
        var s = Session();
        var persons = Enumerable.Range(0, count).Select(i => s.Create("person", i % 2 == 0 ? VillageA : VillageB,
            new Dictionary<string, object?> { ["name"] = "甲" + i, ["id_number"] = TestIds.IdNumber(1960, 1, 1, firstSerial + i) }, Jan1)).ToList();
        await s.SaveChangesAsync();
        return persons;
    }

    [Fact]
    public async Task APeriodicOnlyBulkSaveOfRecordsOfAnEarlierBatchIsChainedAndVerifiedAndTheSameValuesAgainChangeNothing()
    {
        var before = await Store.CountAsync();
        await using (var bulk = Store.OpenBulkSession("minzheng-api", ChangeSource.Api))
        {
            var persons = Enumerable.Range(0, 40).Select(i => bulk.Create("person", i % 2 == 0 ? VillageA : VillageB,
                new Dictionary<string, object?> { ["name"] = "乙" + i, ["id_number"] = TestIds.IdNumber(1961, 1, 1, 600 + i) }, Jan1)).ToList();
            await bulk.FlushAsync();
            // A batch of periodic values only, for records written by the batch before and not yet committed.
            for (var i = 0; i < persons.Count; i++)
            {
                bulk.Note($"values[{i}]");
                bulk.SetPeriodic(persons[i], "subsidy", "2026-11", 100m + i);
            }
            await bulk.FlushAsync();
            bulk.Audit(new AuditEntry(0, Clock.GetUtcNow(), "minzheng-api", "api.values", VillageA, "2026-11", "40 个值"));
            await bulk.CommitAsync();

            var history = await Store.GetHistoryAsync(persons[3]);
            var set = Assert.Single(history, e => e.Kind == EventKind.PeriodicSet);
            Assert.Equal(("minzheng-api（values[3]）", ChangeSource.Api, "2026-11"), (set.User, set.Source, set.Period));
            Assert.Equal(new FieldChange("subsidy", null, 103m), Assert.Single(set.Changes));
        }

        var after = await Store.CountAsync();
        Assert.Equal((before.Entities + 40, before.Events + 80, before.PeriodicValues + 40), (after.Entities, after.Events, after.PeriodicValues));
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);
        Assert.True((await Store.VerifyAsync(VillageB)).IsIntact);

        // The same values again: nothing to write, no event, nothing versioned.
        var values = (await Store.GetPeriodicValuesAsync(VillageA, ["2026-11"], entityIds: null)).ToList();
        var again = Store.OpenSession("minzheng-api", ChangeSource.Api);
        foreach (var v in values) again.SetPeriodic(v.EntityId, v.Field, v.Period, v.Value);
        var result = await again.SaveChangesAsync();
        Assert.Equal(0, result.EventsWritten);
        Assert.Equal(after, await Store.CountAsync());
        Assert.Equal(values.Select(v => v.Version), (await Store.GetPeriodicValuesAsync(VillageA, ["2026-11"], entityIds: null)).Select(v => v.Version));
    }

    [Fact]
    public async Task APeriodicOnlySaveWithOneBadValueOrOneUnknownRecordWritesNoneOfItsValues()
    {
        var persons = await PersonsAsync(12, 650);
        var before = await Store.CountAsync();

        var bad = Store.OpenSession("minzheng-api", ChangeSource.Api);
        for (var i = 0; i < persons.Count; i++) bad.SetPeriodic(persons[i], "subsidy", "2026-11", i == 7 ? "很多" : 100m);
        var refused = await Assert.ThrowsAsync<StoreValidationException>(() => bad.SaveChangesAsync());
        Assert.Equal((7, "subsidy"), (Assert.Single(refused.Errors).OperationIndex, refused.Errors[0].Field));
        Assert.Equal(before, await Store.CountAsync());

        var unknown = Store.OpenSession("minzheng-api", ChangeSource.Api);
        foreach (var p in persons) unknown.SetPeriodic(p, "subsidy", "2026-11", 100m);
        var nobody = Guid.NewGuid();
        unknown.SetPeriodic(nobody, "subsidy", "2026-11", 100m);
        Assert.Equal(nobody, (await Assert.ThrowsAsync<EntityNotFoundException>(() => unknown.SaveChangesAsync())).EntityId);
        Assert.Equal(before, await Store.CountAsync());
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);
    }

    [Fact]
    public async Task AStaleMonthlyValueInAPeriodicOnlySaveIsRefusedNamingTheRecord()
    {
        var (hh, _) = await SeedFamilyAsync(name: "赵六");
        var first = Session();
        first.SetPeriodic(hh, "dibao_amount", "2026-11", 600m, expectedVersion: 0);
        await first.SaveChangesAsync();

        var stale = Session();
        stale.SetPeriodic(hh, "dibao_amount", "2026-11", 700m, expectedVersion: 0);
        var conflict = await Assert.ThrowsAsync<PeriodicConflictException>(() => stale.SaveChangesAsync());
        // Named as a full read names it, though this save read the household without its fields.
        Assert.StartsWith("户“赵六”的「低保金」（2026年11月）", conflict.Text.Zh);
        Assert.Equal(600m, (await Store.GetPeriodicValuesAsync(VillageA, "2026-11")).Single().Value);
    }

    [Fact]
    public async Task OfConcurrentFirstEntriesOrChangesOfAMonthsManyValuesExactlyOneIsSavedWhole()
    {
        // Enough values that an engine writes them in bulk (Marten: new ones by COPY, where a duplicate is a unique
        // violation; changed ones in one statement guarded by the version read).
        var persons = await PersonsAsync(80, 700);
        async Task<bool> EnterAsync(decimal amount, long expected = 0)
        {
            var s = Store.OpenSession("minzheng-api", ChangeSource.Api);
            foreach (var p in persons) s.SetPeriodic(p, "subsidy", "2026-12", amount, expectedVersion: expected);
            try
            {
                await s.SaveChangesAsync();
                return true;
            }
            catch (PeriodicConflictException)
            {
                return false;
            }
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(() => EnterAsync(10m + i))));

        Assert.Equal(1, outcomes.Count(saved => saved));
        var values = (await Store.GetPeriodicValuesAsync(VillageA, ["2026-12"], entityIds: null))
            .Concat(await Store.GetPeriodicValuesAsync(VillageB, ["2026-12"], entityIds: null)).ToList();
        Assert.Equal(80, values.Count);
        Assert.All(values, v => Assert.Equal((10m + Array.IndexOf(outcomes, true), 1L), ((decimal)v.Value!, v.Version)));

        var changes = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(() => EnterAsync(20m + i, expected: 1))));
        Assert.Equal(1, changes.Count(saved => saved));
        values = (await Store.GetPeriodicValuesAsync(VillageA, ["2026-12"], entityIds: null))
            .Concat(await Store.GetPeriodicValuesAsync(VillageB, ["2026-12"], entityIds: null)).ToList();
        Assert.All(values, v => Assert.Equal((20m + Array.IndexOf(changes, true), 2L), ((decimal)v.Value!, v.Version)));
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);
        Assert.True((await Store.VerifyAsync(VillageB)).IsIntact);
    }
}
