using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Several villages' periodic values read at once (what a pass's kept villages re-read): each as its village's own read gives it.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SeveralVillagesPeriodicValuesReadAtOnceGiveWhatEachVillagesReadGives()
    {
        var (hhA, personA) = await SeedFamilyAsync();
        var (hhB, personB) = await SeedFamilyAsync(VillageB, "王五");
        var s = Session();
        s.SetPeriodic(hhA, "dibao_amount", "2026-10", 500m);
        s.SetPeriodic(hhA, "dibao_amount", "2026-11", 520m);
        s.SetPeriodic(hhB, "dibao_amount", "2026-10", 610m);
        s.SetPeriodic(hhB, "dibao_amount", "2026-11", 620m);
        s.SetPeriodic(personB, "subsidy", "2026-11", 100m);
        await s.SaveChangesAsync();
        s = Session();
        // A cleared value comes back as a tombstone (null), as the village's own read gives it.
        s.SetPeriodic(hhB, "dibao_amount", "2026-10", null);
        await s.SaveChangesAsync();

        // Village A asks one month for its household; village B both months for both its entities (and A's person, not its own).
        PeriodicValuesRead[] reads =
        [
            new(VillageA, ["2026-11"], [hhA]),
            new(VillageB, ["2026-10", "2026-11"], [hhB, personB]),
            new(VillageA, ["2026-10"], []),
        ];
        var together = await Store.GetPeriodicValuesAsync(reads);
        var alone = new List<PeriodicValue>();
        foreach (var read in reads.Where(r => r.EntityIds.Count > 0))
            alone.AddRange(await Store.GetPeriodicValuesAsync(read.VillageCode, read.Periods, read.EntityIds));
        static object Key(PeriodicValue v) => (v.EntityId, v.Field, v.Period, v.Value, v.Version);
        Assert.Equal(alone.Select(Key).OrderBy(k => k.ToString()), together.Select(Key).OrderBy(k => k.ToString()));
        Assert.Equal(4, together.Count);
        Assert.DoesNotContain(together, v => v.EntityId == hhA && v.Period == "2026-10");
        Assert.Null(Assert.Single(together, v => v.EntityId == hhB && v.Period == "2026-10").Value);
        Assert.Empty(await Store.GetPeriodicValuesAsync([new PeriodicValuesRead(VillageA, [], [personA])]));
        Assert.Empty(await Store.GetPeriodicValuesAsync(Array.Empty<PeriodicValuesRead>()));
    }
}
