using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using FormHub.Tests.Shared;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// PostgreSQL saves in different villages run in parallel, so an event can take its sequence number and commit after a
/// later one. The feed must hold the later one back rather than let a reader's cursor pass the earlier one. (Other tests'
/// transactions can hold changes back too, for a moment: what must appear is awaited with <see cref="SettledFeed"/>; what
/// must not appear is checked while the early transaction is certainly still open.)
/// </summary>
public abstract class ChangeFeedContractTests<TEngine>(TEngine engine) : IAsyncLifetime where TEngine : IStoreEngine, IHoldsSavesOpen
{
    private const string VillageA = TestRegions.Shangtang;
    private const string VillageB = TestRegions.Xiatang;
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    private readonly TEngine _engine = engine;
    private IFormHubStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _engine.CreateStoreAsync(TestCatalog.Create(), new FixedClock(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)));
        await TestRegions.SaveAsync(_store, withXiatang: true);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task CreateHouseholdAsync(string village, string head)
    {
        var s = _store.OpenSession("cadre", ChangeSource.Form);
        s.Create("household", village, new Dictionary<string, object?> { ["head_name"] = head }, Jan1);
        await s.SaveChangesAsync();
    }

    // A copy of village A's first event, appended by a transaction that has not committed yet.
    private Task<Npgsql.NpgsqlTransaction> AppendWithoutCommittingAsync() => _engine.AppendWithoutCommittingAsync(VillageA);

    protected TEngine Engine => _engine;

    protected IFormHubStore Store { get => _store; set => _store = value; }

    protected Task CreateHouseholdInAsync(string village, string head) => CreateHouseholdAsync(village, head);

    [Fact]
    public async Task AChangeCommittedWhileAnEarlierSaveRunsWaitsForItSoNoReaderSkipsTheEarlierOne()
    {
        await CreateHouseholdAsync(VillageA, "张三");
        // Settled: under load another test's open transaction (on any schema of the server) can hold 张三's event back
        // for a moment; a start taken then lies before it, and 张三 would appear after it as if the early writer leaked.
        var start = await SettledFeed.EndAsync(_store);

        await using (var early = await AppendWithoutCommittingAsync())
        {
            await CreateHouseholdAsync(VillageB, "王五");
            Assert.Empty(await _store.ReadChangesAsync(start));
            Assert.Equal(start, await _store.GetFeedEndAsync());

            await early.CommitAsync();
        }

        var changes = await SettledFeed.ChangesAsync(_store, start, 2);
        Assert.Equal([VillageA, VillageB], changes.Select(c => c.VillageCode));
        Assert.True(changes[0].Cursor < changes[1].Cursor);
        Assert.Equal(changes[1].Cursor, await _store.GetFeedEndAsync());
    }

    [Fact]
    public async Task ASaveThatRollsBackReleasesTheChangesHeldBehindIt()
    {
        await CreateHouseholdAsync(VillageA, "张三");
        // Settled: under load another test's open transaction (on any schema of the server) can hold 张三's event back
        // for a moment; a start taken then lies before it, and 张三 would appear after it as if the early writer leaked.
        var start = await SettledFeed.EndAsync(_store);

        await using (var early = await AppendWithoutCommittingAsync())
        {
            await CreateHouseholdAsync(VillageB, "王五");
            Assert.Empty(await _store.ReadChangesAsync(start));
            await early.RollbackAsync();
        }

        Assert.Equal([VillageB], (await SettledFeed.ChangesAsync(_store, start, 1)).Select(c => c.VillageCode));
    }
}

public sealed class MartenChangeFeedTests() : ChangeFeedContractTests<MartenEngine>(new MartenEngine());
