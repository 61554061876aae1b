using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// A save through the Marten session queues its feed stamp (the INSERT into event_feed selecting its new events) in the
/// same batch as the event appends, and relies on Marten sending the appends first: a Marten that sent the stamp before
/// them would stamp nothing, and the live materializer would never see the save. This pins that order.
/// </summary>
public sealed class MartenFeedStampTests : MartenStoreTests
{
    [Fact]
    public async Task ASmallSavesFeedStampHoldsExactlyItsEventSequences()
    {
        var before = (await _engine.QueryAsync("SELECT seq FROM {event_feed}")).Select(r => long.Parse(r[0]!)).ToHashSet();
        var old = (await _store.ListVillageEventsAsync(TestRegions.Shangtang, null, 1000)).Select(e => e.Sequence).ToHashSet();

        var s = _store.OpenSession("cadre", ChangeSource.Form);
        var person = s.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "某人", ["id_number"] = TestIds.IdNumber(1970, 1, 1, 1) }, Jan1);
        s.Create("person", TestRegions.Shangtang, new Dictionary<string, object?> { ["name"] = "另一人", ["id_number"] = TestIds.IdNumber(1971, 2, 2, 2) }, Jan1);
        s.SetPeriodic(person, "subsidy", "2026-01", 1m);
        await s.SaveChangesAsync();

        var saved = (await _store.ListVillageEventsAsync(TestRegions.Shangtang, null, 1000)).Select(e => e.Sequence).Where(q => !old.Contains(q)).Order().ToList();
        var stamped = (await _engine.QueryAsync("SELECT seq FROM {event_feed}")).Select(r => long.Parse(r[0]!)).Where(q => !before.Contains(q)).Order().ToList();
        Assert.True(saved.Count >= 3, $"the save appended {saved.Count} events");
        Assert.Equal(saved, stamped);
    }
}
