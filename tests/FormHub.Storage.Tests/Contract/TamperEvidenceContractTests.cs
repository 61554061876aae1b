using FormHub.Storage.Audit;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// Tamper evidence against someone who can write to the database but cannot read the key file: the keyed chain, its
/// signed head, and the replay of the log against the current documents and periodic values. Run on both engines.
/// </summary>
public abstract class TamperEvidenceContractTests(IStoreEngine engine) : IAsyncLifetime
{
    private const string Village = TestRegions.Shangtang;
    private static readonly DateOnly Jan1 = new(2026, 1, 1);
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "formhub-key-" + Guid.NewGuid().ToString("N"), "audit.key");
    private IFormHubStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await engine.CreateStoreAsync(TestCatalog.Create(), _clock, _keyFile);
        await TestRegions.SaveAsync(_store);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await engine.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_keyFile)!, recursive: true);
    }

    private async Task<(Guid Household, Guid Person)> SeedAsync()
    {
        var s = _store.OpenSession("cadre-a", ChangeSource.Form);
        var hh = s.Create("household", Village, new Dictionary<string, object?> { ["head_name"] = "张三", ["dibao_status"] = "在保", ["dibao_persons"] = 2 }, Jan1);
        var p = s.Create("person", Village, new Dictionary<string, object?> { ["name"] = "张三", ["household"] = hh.ToString() }, Jan1);
        s.SetPeriodic(hh, "dibao_amount", "2026-10", 500m);
        await s.SaveChangesAsync();
        var change = _store.OpenSession("cadre-a", ChangeSource.Form);
        change.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, Jan1);
        await change.SaveChangesAsync();
        return (hh, p);
    }

    private async Task<IFormHubStore> ReopenAsync(string? keyFile = null)
    {
        await _store.DisposeAsync();
        _store = await engine.CreateStoreAsync(TestCatalog.Create(), _clock, keyFile ?? _keyFile);
        return _store;
    }

    [Fact]
    public async Task SignedChainAndMatchingDocumentsVerify()
    {
        await SeedAsync();

        var result = await _store.VerifyAsync(Village);

        Assert.True(result.IsIntact, string.Join("; ", result.Breaks.Select(b => b.Problem).Concat(result.Differences.Select(d => d.Problem))));
        Assert.Equal(4, result.EventsChecked);
        Assert.Equal(0, result.LegacyEvents);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ARewriteWithARecomputedUnkeyedChainIsCaught(bool dropKeyIds)
    {
        var (hh, p) = await SeedAsync();
        // The forger lowers 低保人数 from 5 to 1 in the log and in the document, and recomputes every hash and the head.
        await UnkeyedChainForger.RewriteAsync(engine, _store, Village, [hh, p],
            (4, "5]", "1]"), dropKeyIds);
        await engine.Behind.ReplaceInRecordsAsync(Village, ("\"dibao_persons\":5", "\"dibao_persons\":1"), ("\"dibao_persons\": 5", "\"dibao_persons\": 1"));

        var result = await _store.VerifyAsync(Village);

        Assert.False(result.IsIntact);
        Assert.Empty(result.Differences);
        Assert.Contains(result.Breaks, b => b.Problem.Contains("签名"));
    }

    [Fact]
    public async Task AnEditedCurrentDocumentIsCaughtNamingEntityFieldAndBothValues()
    {
        await SeedAsync();
        await engine.Behind.ReplaceInRecordsAsync(Village, ("在保", "停保"));

        var result = await _store.VerifyAsync(Village);

        Assert.Empty(result.Breaks);
        var difference = Assert.Single(result.Differences);
        Assert.Equal("dibao_status", difference.Field);
        Assert.Contains("户「张三」", difference.Problem);
        Assert.Contains("「低保状态」：库中为“停保”，按事件日志应为“在保”", difference.Problem);
    }

    [Fact]
    public async Task AnEditedPeriodicValueIsCaughtNamingThePeriod()
    {
        await SeedAsync();
        await engine.Behind.SetPeriodicValueAsync("dibao_amount", "900");

        var result = await _store.VerifyAsync(Village);

        var difference = Assert.Single(result.Differences);
        Assert.Contains("「低保金」（2026-10）：库中为“900”，按事件日志应为“500”", difference.Problem);
    }

    [Fact]
    public async Task ADocumentWithoutAnyEventIsCaught()
    {
        await SeedAsync();
        await engine.Behind.DeleteEventsAsync(Village, 2);

        var result = await _store.VerifyAsync(Village);

        Assert.Contains(result.Differences, d => d.Problem.Contains("事件日志中没有它的任何记录"));
    }

    [Fact]
    public async Task EventsSignedBeforeAKeyRotationStillVerifyAndNewOnesUseTheNewKey()
    {
        var (hh, _) = await SeedAsync();
        AuditKeyRing.Rotate(_keyFile);
        var store = await ReopenAsync();
        Assert.StartsWith("k2.", store.AuditKeys.Current.Id);
        var s = store.OpenSession("cadre-a", ChangeSource.Form);
        s.Change(hh, 2, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, Jan1);
        await s.SaveChangesAsync();

        var result = await store.VerifyAsync(Village);

        Assert.True(result.IsIntact, string.Join("; ", result.Breaks.Select(b => b.Problem)));
        var keys = (await engine.Behind.ReadEventsAsync(Village)).GroupBy(e => e.KeyId).OrderBy(g => g.Key, StringComparer.Ordinal);
        Assert.Equal([store.AuditKeys.Keys[0].Id + ":4", store.AuditKeys.Current.Id + ":1"], keys.Select(g => g.Key + ":" + g.Count()));
    }

    [Fact]
    public async Task WithoutTheKeyThatSignedThemEventsAreReportedAsUnverifiable()
    {
        await SeedAsync();
        var otherKeys = Path.Combine(Path.GetDirectoryName(_keyFile)!, "other.key");
        var store = await ReopenAsync(otherKeys);

        var result = await store.VerifyAsync(Village);

        Assert.False(result.IsIntact);
        Assert.Contains(result.Breaks, b => b.Problem.Contains("密钥文件") && b.Problem.Contains("中没有这个密钥"));
    }

    /// <summary>
    /// An upgrade of the SQLite engine's older tables: only the SQLite class runs it. A Marten store has no schema from
    /// before keys; its legacy events come by migration (issue 17, item 5).
    /// </summary>
    protected async Task AnUnkeyedLogFromBeforeKeysVerifiesAsLegacyAndIsSealedOnUpgrade()
    {
        var (hh, p) = await SeedAsync();
        // Make this database look like one written before keys existed: unkeyed SHA-256 events, no key columns.
        await UnkeyedChainForger.RewriteAsync(engine, _store, Village, [hh, p], null, dropKeyIds: true);
        await engine.ExecuteAsync("ALTER TABLE {events} DROP COLUMN key_id");
        await engine.ExecuteAsync("ALTER TABLE {village_chains} DROP COLUMN head_key_id");
        await engine.ExecuteAsync("ALTER TABLE {village_chains} DROP COLUMN head_mac");
        // Older still: feed positions kept the old way, so both upgrades run on the same start.
        await engine.ExecuteAsync("CREATE TABLE {cursors} (name text PRIMARY KEY, position bigint NOT NULL)");
        var store = await ReopenAsync().WaitAsync(TimeSpan.FromSeconds(60));

        var upgraded = await store.VerifyAsync(Village);
        Assert.True(upgraded.IsIntact, string.Join("; ", upgraded.Breaks.Select(b => b.Problem)));
        Assert.Equal(4, upgraded.LegacyEvents);

        var s = store.OpenSession("cadre-a", ChangeSource.Form);
        s.Change(hh, 2, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, Jan1);
        await s.SaveChangesAsync();
        var later = await store.VerifyAsync(Village);
        Assert.True(later.IsIntact, string.Join("; ", later.Breaks.Select(b => b.Problem)));
        Assert.Equal((5, 4), (later.EventsChecked, later.LegacyEvents));

        // After the upgrade, a legacy head can no longer be slipped in: the head's signature is required.
        await engine.Behind.ClearChainHeadSignatureAsync(Village);
        Assert.Contains((await store.VerifyAsync(Village)).Breaks, b => b.Problem.Contains("链头没有密钥签名"));
    }
}

public sealed class SqliteTamperEvidenceTests() : TamperEvidenceContractTests(new SqliteEngine())
{
    [Fact]
    public Task AnUnkeyedLogFromBeforeKeysVerifiesAsLegacyAndIsSealedOnUpgradeOfTheSchema() => AnUnkeyedLogFromBeforeKeysVerifiesAsLegacyAndIsSealedOnUpgrade();
}

public sealed class MartenTamperEvidenceTests() : TamperEvidenceContractTests(new MartenEngine());

/// <summary>The same contract through the sharded store, the county on the second server (issue 17, item 3).</summary>
public sealed class ShardedTamperEvidenceTests() : TamperEvidenceContractTests(new ShardedEngine());
