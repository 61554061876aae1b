using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// On Marten a roster page brings its records' periodic values along (<see cref="EntityQuery.PeriodicPeriods"/>) in the
/// page's round trip: the same values, tombstones included, as <c>GetPeriodicValuesAsync</c> reads for the page's ids.
/// </summary>
public sealed class MartenRosterPeriodicTests : MartenStoreTests
{
    [Fact]
    public async Task ARosterPageBringsThePagesPeriodicValuesAsTheyAreReadSeparately()
    {
        var s = _store.OpenSession("cadre", ChangeSource.Form);
        var people = Enumerable.Range(1, 3).Select(i => s.Create("person", TestRegions.Shangtang,
            new Dictionary<string, object?> { ["name"] = $"某人{i}", ["id_number"] = TestIds.IdNumber(1970, 1, i, i) }, Jan1)).ToList();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            s.SetPeriodic(person, "subsidy", "2026-01", 10m + i);
            s.SetPeriodic(person, "subsidy", "2026-02", 20m + i);
        }
        await s.SaveChangesAsync();
        var clear = _store.OpenSession("cadre", ChangeSource.Form);
        clear.SetPeriodic(people[0], "subsidy", "2026-02", null);
        await clear.SaveChangesAsync();
        string[] periods = ["2026-01", "2026-02"];

        var page = await _store.ListAsync(new EntityQuery(TestRegions.Shangtang, "person") { Take = 2, PeriodicPeriods = periods });

        Assert.NotNull(page.PeriodicValues);
        var separately = await _store.GetPeriodicValuesAsync(TestRegions.Shangtang, periods, page.Items.Select(e => e.Id).ToList());
        Assert.NotEmpty(separately);
        static List<PeriodicValue> Sorted(IEnumerable<PeriodicValue> values) =>
            values.OrderBy(v => v.EntityId).ThenBy(v => v.Field).ThenBy(v => v.Period).ToList();
        Assert.Equal(Sorted(separately), Sorted(page.PeriodicValues));
    }
}
