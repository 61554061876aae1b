using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Several entities read as of several days at once (what a kept village's patch reads): each as its own as-of read gives it.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SeveralEntitiesReadAsOfSeveralDaysGiveWhatEachAsOfReadGives()
    {
        var (hh, person) = await SeedFamilyAsync();
        var (hh2, person2) = await SeedFamilyAsync(name: "李四");
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, new DateOnly(2026, 3, 1));
        var born = s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "新生儿", ["household"] = hh.ToString() }, new DateOnly(2026, 4, 15));
        s.Retire(person2, 1, new DateOnly(2026, 5, 10), RetirementReason.Death);
        s.SetPeriodic(hh2, "dibao_amount", "2026-05", 600m);
        await s.SaveChangesAsync();
        s = Session();
        s.Change(hh, 2, new Dictionary<string, object?> { ["dibao_persons"] = 4 }, new DateOnly(2026, 6, 1));
        // Recorded after the changes above but valid from before them: it lands at its own date.
        s.Change(hh2, 1, new Dictionary<string, object?> { ["head_name"] = "李四（更正）" }, new DateOnly(2026, 2, 1));
        await s.SaveChangesAsync();

        var unknown = Guid.NewGuid();
        Guid[] ids = [hh, person, hh2, person2, born, unknown, hh];
        // Out of order and one twice; 2026-11-20 is after every change (all as stored), the others fall between changes.
        DateOnly[] days = [new(2026, 11, 20), new(2026, 1, 31), new(2026, 4, 30), new(2026, 2, 28), new(2026, 4, 30), new(2026, 6, 30)];
        var read = await Store.GetManyAsOfDaysAsync(ids, days);
        Assert.Equal(days.Distinct().Order(), read.Keys.Order());
        foreach (var day in days.Distinct())
        {
            foreach (var id in ids.Distinct())
            {
                var alone = await Store.GetAsOfAsync(id, day);
                if (alone is null)
                {
                    Assert.False(read[day].ContainsKey(id), $"{id} on {day}");
                    continue;
                }
                var together = read[day][id];
                Assert.Equal((alone.Id, alone.EntityType, alone.VillageCode, alone.Version, alone.ValidFrom, alone.Retirement),
                    (together.Id, together.EntityType, together.VillageCode, together.Version, together.ValidFrom, together.Retirement));
                Assert.Equal(alone.Fields.Where(f => f.Value is not null).OrderBy(f => f.Key), together.Fields.Where(f => f.Value is not null).OrderBy(f => f.Key));
            }
        }
        // Nothing takes effect after the last day: every document is the stored one, down to its save time.
        foreach (var (id, doc) in read[new DateOnly(2026, 11, 20)])
            Assert.Equal((await Store.GetAsync(id))!.UpdatedAt, doc.UpdatedAt);
        Assert.Equal([2L, 2L, 3L, 4L, 4L], new[] { 1, 2, 4, 6, 11 }.Select(m => read[days.First(d => d.Month == m)][hh]["dibao_persons"]));
        Assert.False(read[new DateOnly(2026, 1, 31)].ContainsKey(born));
        Assert.True(read[new DateOnly(2026, 6, 30)][person2].IsRetiredOn(new DateOnly(2026, 6, 30)));
        Assert.Null(read[new DateOnly(2026, 4, 30)][person2].Retirement);

        Assert.Empty(await Store.GetManyAsOfDaysAsync(ids, []));
        Assert.Empty(Assert.Single(await Store.GetManyAsOfDaysAsync([], [new DateOnly(2026, 4, 30)])).Value);
    }
}
