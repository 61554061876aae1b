using FormHub.Storage.Errors;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Periodic values are guarded like fields (issue 13, item 3): the version read, a conflict naming value and month, nothing saved.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TwoWritersOfTheSameMonthlyValueTheSecondIsToldAndNothingOfItsBatchIsSaved()
    {
        var (hh, _) = await SeedFamilyAsync();
        // Both read the month's 低保金 as not yet entered (version 0).
        var first = Session();
        first.SetPeriodic(hh, "dibao_amount", "2026-11", 600m, expectedVersion: 0);
        var saved = await first.SaveChangesAsync();
        Assert.Equal(1, saved.PeriodicVersions.Single().Version);
        var before = await Store.CountAsync();

        var second = Session();
        second.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, Jan1);
        second.SetPeriodic(hh, "dibao_amount", "2026-11", 700m, expectedVersion: 0);
        var conflict = await Assert.ThrowsAsync<PeriodicConflictException>(() => second.SaveChangesAsync());

        Assert.Contains("「低保金」（2026年11月）", conflict.Text.Zh);
        Assert.Contains("已在其他窗口或由他人填写", conflict.Text.Zh);
        Assert.Equal(1, conflict.ActualVersion);
        Assert.Equal(before, await Store.CountAsync());
        Assert.Equal(600m, (await Store.GetPeriodicValuesAsync(VillageA, "2026-11")).Single().Value);
        Assert.Equal(2L, (await Store.GetAsync(hh))!["dibao_persons"]);
    }

    [Fact]
    public async Task AMonthlyValueSavedWithTheVersionReadMovesOnAndAStaleOneIsRefusedEvenAfterAClearing()
    {
        var (hh, _) = await SeedFamilyAsync();
        async Task<long> SaveAsync(object? value, long expected)
        {
            var s = Session();
            s.SetPeriodic(hh, "dibao_amount", "2026-11", value, expected);
            return (await s.SaveChangesAsync()).PeriodicVersions.Single().Version;
        }
        Assert.Equal(1, await SaveAsync(600m, 0));
        Assert.Equal(2, await SaveAsync(650m, 1));
        Assert.Equal(3, await SaveAsync(null, 2)); // cleared: the version keeps counting
        Assert.Empty(await Store.GetPeriodicValuesAsync(VillageA, "2026-11"));
        // Read over several periods for every entity (as a report's scope reads it): the tombstone, null, with its version.
        var cleared = Assert.Single(await Store.GetPeriodicValuesAsync(VillageA, ["2026-10", "2026-11"], entityIds: null));
        Assert.Equal((hh, (object?)null, 3L), (cleared.EntityId, cleared.Value, cleared.Version));

        // Someone who read 650 (version 2), or the empty month before anything was entered, is told.
        var stale = await Assert.ThrowsAsync<PeriodicConflictException>(() => SaveAsync(660m, 2));
        Assert.Equal(3, stale.ActualVersion);
        await Assert.ThrowsAsync<PeriodicConflictException>(() => SaveAsync(660m, 0));
        Assert.Equal(4, await SaveAsync(660m, 3));
        var value = (await Store.GetPeriodicValuesAsync(VillageA, ["2026-11"], [hh])).Single();
        Assert.Equal((660m, 4L), ((decimal)value.Value!, value.Version));
    }

    [Fact]
    public async Task OfTwoConcurrentFirstEntriesOfAMonthlyValueExactlyOneIsSaved()
    {
        var (hh, _) = await SeedFamilyAsync();
        async Task<bool> EnterAsync(decimal amount)
        {
            var s = Session();
            s.SetPeriodic(hh, "dibao_amount", "2026-12", amount, expectedVersion: 0);
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

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => EnterAsync(500m + i))));

        Assert.Equal(1, outcomes.Count(saved => saved));
        var value = (await Store.GetPeriodicValuesAsync(VillageA, ["2026-12"], [hh])).Single();
        Assert.Equal(1, value.Version);
        Assert.Equal(500m + Array.IndexOf(outcomes, true), (decimal)value.Value!);
    }
}
