using FormHub.Core.OrgUnits;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// A session kept to one village (a cadre's form save) refuses another village's records as missing, in the save's own
/// transaction: a change, a retirement or a periodic value; a wrong version does not tell that the record exists.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ASessionKeptToAVillageRefusesAnotherVillagesRecordAsMissingAndWritesNothing()
    {
        var (ownHousehold, own) = await SeedFamilyAsync(VillageA, "赵一");
        var (foreignHousehold, foreign) = await SeedFamilyAsync(VillageB, "钱二");
        var before = await Store.CountAsync();
        var attempts = new Action<IStoreSession>[]
        {
            s => s.Change(foreign, 1, new Dictionary<string, object?> { ["name"] = "别村的人" }, Jan1),
            // A version that is not the stored one still answers "missing", not a conflict that would tell it exists.
            s => s.Change(foreign, 7, new Dictionary<string, object?> { ["name"] = "别村的人" }, Jan1),
            s => s.Retire(foreignHousehold, 1, Jan1, RetirementReason.MovedOut),
            s => s.SetPeriodic(foreign, "subsidy", "2026-11", 100m, 0),
        };
        foreach (var attempt in attempts)
        {
            var s = Session();
            s.KeepToVillage(VillageA);
            s.Change(own, 1, new Dictionary<string, object?> { ["name"] = "赵一改" }, Jan1);
            attempt(s);
            var missing = await Assert.ThrowsAsync<EntityNotFoundException>(() => s.SaveChangesAsync());
            Assert.Contains(missing.EntityId, new[] { foreign, foreignHousehold });
            Assert.Equal(before, await Store.CountAsync());
        }

        // The village's own records save as before; unkept (null), the other village's too.
        var kept = Session();
        kept.KeepToVillage(VillageA);
        kept.Change(own, 1, new Dictionary<string, object?> { ["name"] = "赵一改" }, Jan1);
        kept.SetPeriodic(ownHousehold, "dibao_amount", "2026-11", 300m, 0);
        await kept.SaveChangesAsync();
        Assert.Equal("赵一改", (await Store.GetAsync(own))!["name"]);
        var unkept = Session();
        unkept.KeepToVillage(VillageA);
        unkept.KeepToVillage(null);
        unkept.Change(foreign, 1, new Dictionary<string, object?> { ["name"] = "钱二改" }, Jan1);
        await unkept.SaveChangesAsync();
        Assert.Equal("钱二改", (await Store.GetAsync(foreign))!["name"]);
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);
    }

    [Fact]
    public async Task ASessionKeptToAVillageRefusesARecordOfAnotherShardAndAnotherVillagesIdNumberAsMissing()
    {
        // On the sharded store 361026 lies on the home shard, VillageA and VillageB on the county's shard.
        const string farVillage = "361026101201";
        await Store.SaveRegionsAsync(
        [
            new OrgUnit(RegionCode.Parse("361026000000"), "远山县"),
            new OrgUnit(RegionCode.Parse("361026101000"), "远山镇"),
            new OrgUnit(RegionCode.Parse(farVillage), "远山村委会"),
        ]);
        var (_, own) = await SeedFamilyAsync(VillageA, "赵一");
        var (farHousehold, far) = await SeedFamilyAsync(farVillage, "孙三");
        var (_, near) = await SeedFamilyAsync(VillageB, "李四");
        var ownNumber = (string)(await Store.GetAsync(own))!["id_number"]!;
        var farNumber = (string)(await Store.GetAsync(far))!["id_number"]!;
        var before = await Store.CountAsync();
        var attempts = new (Guid Foreign, Action<IStoreSession> Attempt)[]
        {
            (far, s => s.Change(far, 1, new Dictionary<string, object?> { ["name"] = "外县的人" }, Jan1)),
            (farHousehold, s => s.Retire(farHousehold, 1, Jan1, RetirementReason.MovedOut)),
            (far, s => s.SetPeriodic(far, "subsidy", "2026-11", 100m, 0)),
            // An ID number another record holds: the duplicate's description would tell the foreign record exists.
            (far, s => s.Change(far, 1, new Dictionary<string, object?> { ["id_number"] = ownNumber }, Jan1)),
            (near, s => s.Change(near, 1, new Dictionary<string, object?> { ["id_number"] = farNumber }, Jan1)),
        };
        foreach (var (foreign, attempt) in attempts)
        foreach (var withOwn in new[] { false, true })
        {
            var s = Session();
            s.KeepToVillage(VillageA);
            // With one of the village's own records the save must not be refused as spanning two shards either.
            if (withOwn) s.Change(own, 1, new Dictionary<string, object?> { ["name"] = "赵一改" }, Jan1);
            attempt(s);
            var missing = await Assert.ThrowsAsync<EntityNotFoundException>(() => s.SaveChangesAsync());
            Assert.Equal(foreign, missing.EntityId);
            Assert.Equal(before, await Store.CountAsync());
        }
    }
}
