using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>The open findings of a live pass's villages, read at once (issue 12).</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TheOpenFindingsOfManyVillagesAndMonthsAreReadAtOnceEachPairAsAlone()
    {
        var at = Clock.GetUtcNow();
        var (a, b, c, d) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1", "r2"], [Draft("r2", a, "张三"), Draft("r1", b, "李四")], at);
        await Store.SaveFindingsAsync(VillageA, "2026-12", ["r1"], [Draft("r1", c, "王五")], at);
        await Store.SaveFindingsAsync(VillageB, "2026-12", ["r1"], [Draft("r1", d, "赵六")], at);
        await Store.SaveFindingsAsync(HomeCountyVillage, "2026-11", ["r1"], [Draft("r1", d, "赵六")], at);
        // Resolved: not open any more.
        await Store.SaveFindingsAsync(VillageB, "2026-12", ["r1"], [], at.AddMinutes(1));

        (string, string)[] asked =
        [
            (VillageA, "2026-11"), (VillageB, "2026-12"), (HomeCountyVillage, "2026-11"), (PassVillage(550), "2026-11"), (VillageA, "2026-11"),
        ];
        var open = await Store.ListOpenFindingsAsync(asked);

        Assert.Equal(asked.Distinct().Order(), open.Keys.Select(k => (k.VillageCode, k.Period)).Order());
        // VillageA's December and VillageB's November are not asked for, though their villages and months are.
        foreach (var (village, period) in asked)
        {
            var alone = await Store.ListFindingsAsync(village, period);
            Assert.Equal(alone.Select(f => (f.Id, f.RuleId, f.EntityId, f.Message)), open[(village, period)].Select(f => (f.Id, f.RuleId, f.EntityId, f.Message)));
        }
        Assert.Equal(["r1", "r2"], open[(VillageA, "2026-11")].Select(f => f.RuleId));
        Assert.Empty(open[(VillageB, "2026-12")]);
        Assert.Equal(d, Assert.Single(open[(HomeCountyVillage, "2026-11")]).EntityId);
        Assert.Empty(open[(PassVillage(550), "2026-11")]);
        Assert.Empty(await Store.ListOpenFindingsAsync(Array.Empty<(string, string)>()));
    }
}
