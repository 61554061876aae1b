using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>The attribute history of a village's records of some types (what record rules' changedOn and previous read, issue 18).</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AVillagesAttributeEventsOfSomeTypesAreItsCreatedAndChangedEventsOfThoseTypesOldestFirst()
    {
        var (hh, person) = await SeedFamilyAsync();
        await SeedFamilyAsync(VillageB, "外村");
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_status"] = "停保" }, Jan1.AddMonths(3));
        s.SetPeriodic(hh, "dibao_amount", "2026-04", 600m);
        s.Change(person, 1, new Dictionary<string, object?> { ["name"] = "张叁" }, Jan1.AddMonths(3));
        await s.SaveChangesAsync();

        var events = await Store.ListVillageAttributeEventsAsync(VillageA, ["household"]);
        Assert.Equal([(hh, EventKind.Created), (hh, EventKind.Changed)], events.Select(e => (e.EntityId, e.Kind)));
        Assert.Equal("停保", Assert.Single(events[1].Changes, c => c.Field == "dibao_status").New);
        Assert.True(events[0].VillageSequence < events[1].VillageSequence);

        var both = await Store.ListVillageAttributeEventsAsync(VillageA, ["household", "person"]);
        Assert.Equal(4, both.Count);
        Assert.DoesNotContain(both, e => e.Kind == EventKind.PeriodicSet || e.VillageCode != VillageA);
        Assert.Empty(await Store.ListVillageAttributeEventsAsync(VillageA, []));
    }
}
