using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// A save's filing guard (<see cref="IStoreSession.GuardFilings"/>): the village's closed months are read by the save itself,
/// handed to the guard before a missing record or a stale version is told, and a refusal writes nothing.
/// </summary>
public abstract partial class StoreContractTests
{
    private sealed class MonthClosedException() : Exception("closed");

    [Fact]
    public async Task AFilingGuardIsHandedTheVillagesClosedMonthsFromItsMonthAndItsRefusalComesFirstAndWritesNothing()
    {
        var (_, person) = await SeedFamilyAsync();
        var version = (await Store.GetAsync(person))!.Version;
        await FileAsync(VillageA, "2026-07", SubmissionStatus.Approved);
        await FileAsync(VillageA, "2026-08", SubmissionStatus.Approved);
        await FileAsync(VillageA, "2026-09");
        // Neither a draft, another village's filing nor a month before the guard's is handed over.
        await FileAsync(VillageA, "2026-10", SubmissionStatus.Draft);
        await FileAsync(VillageB, "2026-09");
        var before = await Store.CountAsync();

        IReadOnlyList<Submission>? seen = null;
        var s = Session();
        s.KeepToVillage(VillageA);
        s.GuardFilings(new FilingGuard(VillageA, "2026-08", closed => { seen = closed; return new MonthClosedException(); }));
        s.Change(person, version, new Dictionary<string, object?> { ["name"] = "张三丰" }, new DateOnly(2026, 8, 15));
        // A record that does not exist, and a stale version: the closed month is told before either.
        s.Change(Guid.NewGuid(), 1, new Dictionary<string, object?> { ["name"] = "无此人" }, new DateOnly(2026, 8, 15));
        await Assert.ThrowsAsync<MonthClosedException>(() => s.SaveChangesAsync());

        Assert.Equal([("2026-08", SubmissionStatus.Approved), ("2026-09", SubmissionStatus.Submitted)], seen!.Select(c => (c.Period, c.Status)));
        Assert.Equal(before, await Store.CountAsync());
        Assert.Equal(version, (await Store.GetAsync(person))!.Version);

        var stale = Session();
        stale.GuardFilings(new FilingGuard(VillageA, "2026-08", _ => new MonthClosedException()));
        stale.Change(person, version + 5, new Dictionary<string, object?> { ["name"] = "张三丰" }, new DateOnly(2026, 8, 15));
        await Assert.ThrowsAsync<MonthClosedException>(() => stale.SaveChangesAsync());
    }

    [Fact]
    public async Task AFilingGuardThatFindsNothingToRefuseLetsTheSaveThroughAndSeesMonthsClosedAfterTheOperationsWereCollected()
    {
        var (_, person) = await SeedFamilyAsync();
        var version = (await Store.GetAsync(person))!.Version;
        IReadOnlyList<Submission>? seen = null;
        var s = Session();
        s.KeepToVillage(VillageA);
        s.GuardFilings(new FilingGuard(VillageA, "2026-11", closed => { seen = closed; return null; }));
        s.Change(person, version, new Dictionary<string, object?> { ["name"] = "张三丰" }, new DateOnly(2026, 11, 15));
        s.SetPeriodic(person, "subsidy", "2026-11", 100m, 0);
        // Filed after the save was put together, before it was sent: the save's own read sees it.
        await FileAsync(VillageA, "2026-11");
        await s.SaveChangesAsync();
        Assert.Equal(["2026-11"], seen!.Select(c => c.Period));
        Assert.Equal("张三丰", (await Store.GetAsync(person))!.Fields["name"]);

        // A save of new records only reads no record first; the guard is still judged before anything is written.
        var created = Session();
        created.GuardFilings(new FilingGuard(VillageA, "2026-11", closed => closed.Count > 0 ? new MonthClosedException() : null));
        created.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "李四" }, new DateOnly(2026, 11, 15));
        var before = await Store.CountAsync();
        await Assert.ThrowsAsync<MonthClosedException>(() => created.SaveChangesAsync());
        Assert.Equal(before, await Store.CountAsync());
    }
}
