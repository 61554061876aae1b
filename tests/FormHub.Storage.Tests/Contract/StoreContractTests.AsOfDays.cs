using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>A village read as of several days at once (what a rebuild of the months before a period reads): each day as read alone.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AVillageReadAsOfSeveralDaysAtOnceGivesEachDayWhatItsOwnReadGives()
    {
        var (hh, _) = await SeedFamilyAsync();
        var (hh2, person2) = await SeedFamilyAsync(name: "李四");
        await SeedFamilyAsync(VillageB, "王五");
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, new DateOnly(2026, 3, 1));
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "新生儿", ["household"] = hh.ToString() }, new DateOnly(2026, 4, 15));
        s.Retire(person2, 1, new DateOnly(2026, 5, 10), RetirementReason.Death);
        await s.SaveChangesAsync();
        s = Session();
        s.Change(hh, 2, new Dictionary<string, object?> { ["dibao_persons"] = 4 }, new DateOnly(2026, 6, 1));
        // Recorded after the changes above but valid from before them: it lands at its own date.
        s.Change(hh2, 1, new Dictionary<string, object?> { ["head_name"] = "李四（更正）" }, new DateOnly(2026, 2, 1));
        await s.SaveChangesAsync();

        // Out of order and one twice: every asked day comes back once. 2026-11-20 is after every change (all as stored),
        // 2026-04-30 is after some of a record's changes and before others.
        DateOnly[] days = [new(2026, 11, 20), new(2026, 1, 31), new(2026, 4, 30), new(2026, 2, 28), new(2026, 4, 30), new(2026, 6, 30)];
        string[] types = ["household", "person", "village"];
        foreach (var retired in new[] { false, true })
        {
            var together = await Store.ListVillageAsOfDaysAsync(VillageA, types, days, retired);
            Assert.Equal(days.Distinct().Order(), together.Keys.Order());
            foreach (var day in days.Distinct())
            {
                var alone = await Store.ListVillageAsOfAsync(VillageA, types, day, retired);
                Assert.Equal(types, together[day].Keys.Order());
                foreach (var type in types)
                {
                    // The same documents in the same order, down to the version, retirement and save time.
                    Assert.Equal(alone[type].Select(d => (d.Id, d.EntityType, d.VillageCode, d.Version, d.ValidFrom, d.Retirement, d.UpdatedAt)),
                        together[day][type].Select(d => (d.Id, d.EntityType, d.VillageCode, d.Version, d.ValidFrom, d.Retirement, d.UpdatedAt)));
                    Assert.Equal(alone[type].Select(d => d.Fields.OrderBy(f => f.Key).ToList()), together[day][type].Select(d => d.Fields.OrderBy(f => f.Key).ToList()));
                }
            }
        }

        var read = await Store.ListVillageAsOfDaysAsync(VillageA, ["household", "person"], days);
        object? Persons(DateOnly day) => read[day]["household"].Single(d => d.Id == hh)["dibao_persons"];
        Assert.Equal([2L, 2L, 3L, 4L, 4L], new[] { 1, 2, 4, 6, 11 }.Select(m => Persons(days.First(d => d.Month == m))));
        Assert.Equal("李四", read[new DateOnly(2026, 1, 31)]["household"].Single(d => d.Id == hh2)["head_name"]);
        Assert.Equal("李四（更正）", read[new DateOnly(2026, 2, 28)]["household"].Single(d => d.Id == hh2)["head_name"]);
        string[] Names(DateOnly day) => read[day]["person"].Select(d => (string)d["name"]!).Order(StringComparer.Ordinal).ToArray();
        string[] Sorted(params string[] names) => names.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Sorted("张三", "李四"), Names(new DateOnly(2026, 1, 31)));
        Assert.Equal(Sorted("张三", "新生儿", "李四"), Names(new DateOnly(2026, 4, 30)));
        Assert.Equal(Sorted("张三", "新生儿"), Names(new DateOnly(2026, 6, 30)));
        Assert.Equal(Sorted("张三", "新生儿"), Names(new DateOnly(2026, 11, 20)));

        Assert.Empty(await Store.ListVillageAsOfDaysAsync(VillageA, types, []));
        var none = await Store.ListVillageAsOfDaysAsync(VillageA, [], [new DateOnly(2026, 4, 30)]);
        Assert.Empty(Assert.Single(none).Value);
    }
}
