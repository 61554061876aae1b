using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Shared;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// A periodic field's own period (catalog <c>period:</c>, issue 13 item 1) decides the key every value is kept under,
/// whoever writes it; values kept under another key before fields owned their period are moved on start, through the
/// event log, once. Run on both engines.
/// </summary>
public abstract class OwnPeriodContractTests(IStoreEngine engine) : IAsyncLifetime
{
    private const string Village = TestRegions.Shangtang;
    private static readonly DateOnly Jan1 = new(2026, 1, 1);
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "formhub-key-" + Guid.NewGuid().ToString("N"), "audit.key");
    private IFormHubStore _store = null!;

    /// <summary>低保金 (household.dibao_amount) is kept per month, 补贴 (person.subsidy) per year here.</summary>
    private static FieldCatalog Catalog(PeriodType dibao = PeriodType.Monthly, PeriodType subsidy = PeriodType.Yearly)
    {
        var c = TestCatalog.Create();
        return new FieldCatalog(c.EntityTypes, c.EntityTypes.SelectMany(t => c.FieldsOf(t.Key)).Select(f => f.Key switch
        {
            "household.dibao_amount" => f with { OwnPeriod = dibao },
            "person.subsidy" => f with { OwnPeriod = subsidy },
            _ => f,
        }));
    }

    public async Task InitializeAsync()
    {
        // As the old schedule inferred it: 低保金 read only by a 季报 was kept per quarter, 补贴 read by a 月报 per month.
        _store = await engine.CreateStoreAsync(Catalog(dibao: PeriodType.Quarterly, subsidy: PeriodType.Monthly), _clock, _keyFile);
        await TestRegions.SaveAsync(_store);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await engine.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_keyFile)!, recursive: true);
    }

    private async Task<IFormHubStore> ReopenAsync(FieldCatalog catalog)
    {
        // As a deployment from before the catalog was kept in the store, whose catalog came from the shipped files at each
        // start: the new catalog is the one the store starts with.
        await engine.Behind.ForgetCatalogVersionsAsync();
        await _store.DisposeAsync();
        _store = await engine.CreateStoreAsync(catalog, _clock, _keyFile);
        return _store;
    }

    private async Task<(Guid Household, Guid Person)> SeedAsync()
    {
        var s = _store.OpenSession("cadre-a", ChangeSource.Form);
        var hh = s.Create("household", Village, new Dictionary<string, object?> { ["head_name"] = "张三", ["dibao_status"] = "在保", ["dibao_persons"] = 2 }, Jan1);
        var p = s.Create("person", Village, new Dictionary<string, object?> { ["name"] = "张三", ["household"] = hh.ToString() }, Jan1);
        await s.SaveChangesAsync();
        return (hh, p);
    }

    private async Task<Dictionary<string, object?>> ValuesAsync(string period) =>
        (await _store.GetPeriodicValuesAsync(Village, period)).ToDictionary(v => v.Field, v => v.Value);

    [Fact]
    public async Task AValueIsKeptUnderItsFieldsOwnPeriodWhateverPeriodTheWriterNames()
    {
        await ReopenAsync(Catalog());
        var (hh, p) = await SeedAsync();
        var s = _store.OpenSession("cadre-a", ChangeSource.Form);
        s.SetPeriodic(p, "subsidy", "2026-11", 1200m);   // the form for November: a yearly value belongs to 2026
        s.SetPeriodic(hh, "dibao_amount", "2026-11", 600m);
        await s.SaveChangesAsync();

        Assert.Equal(1200m, (await ValuesAsync("2026"))["subsidy"]);
        Assert.Empty(await _store.GetPeriodicValuesAsync(Village, "2026-11", "person"));
        Assert.Equal(600m, (await ValuesAsync("2026-11"))["dibao_amount"]);
    }

    [Fact]
    public async Task AMonthlyValueNamedForAQuarterIsRefusedAndNothingIsWritten()
    {
        await ReopenAsync(Catalog());
        var (hh, _) = await SeedAsync();
        var before = await _store.CountAsync();
        var s = _store.OpenSession("cadre-a", ChangeSource.Api);
        s.SetPeriodic(hh, "dibao_amount", "2026Q4", 1800m);

        var refused = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());

        Assert.Equal("「低保金」按月填报，期别应写到月（如 2026-12），不能整个记在2026年第四季度", refused.Errors.Single().Message.Zh);
        Assert.Equal(before, await _store.CountAsync());
    }

    [Fact]
    public async Task ValuesUnderAnOldInferredKeyMoveToTheFieldsOwnPeriodOnStartOnceAndTheLogStillVerifies()
    {
        var (hh, p) = await SeedAsync();
        var s = _store.OpenSession("cadre-a", ChangeSource.Form);
        s.SetPeriodic(hh, "dibao_amount", "2026Q4", 1800m);   // kept per quarter by the old schedule
        s.SetPeriodic(p, "subsidy", "2026-11", 120m);
        await s.SaveChangesAsync();
        _clock.Now = _clock.Now.AddMinutes(5);
        var later = _store.OpenSession("cadre-a", ChangeSource.Form);
        later.SetPeriodic(p, "subsidy", "2026-10", 100m);      // saved last: the year keeps this one
        await later.SaveChangesAsync();
        var eventsBefore = (await _store.CountAsync()).Events;

        await ReopenAsync(Catalog());

        // The quarter's 低保金 goes to its last month, so the quarter's sum is unchanged; the year's 补贴 is the last saved.
        Assert.Equal(1800m, (await ValuesAsync("2026-12"))["dibao_amount"]);
        Assert.Empty(await _store.GetPeriodicValuesAsync(Village, "2026Q4"));
        Assert.Equal(100m, (await ValuesAsync("2026"))["subsidy"]);
        Assert.Empty(await _store.GetPeriodicValuesAsync(Village, "2026-10"));
        Assert.Empty(await _store.GetPeriodicValuesAsync(Village, "2026-11"));
        // Each move is in the chained log (three cleared, two set), which still replays to exactly what is stored.
        Assert.Equal(eventsBefore + 5, (await _store.CountAsync()).Events);
        var verified = await _store.VerifyAsync(Village);
        Assert.True(verified.IsIntact, string.Join("; ", verified.Breaks.Select(b => b.Problem).Concat(verified.Differences.Select(d => d.Problem))));

        // Idempotent: the next start finds nothing to move.
        await ReopenAsync(Catalog());
        Assert.Equal(0, await ((IOwnPeriodMigration)_store).MovePeriodicValuesToOwnPeriodsAsync());
        Assert.Equal(eventsBefore + 5, (await _store.CountAsync()).Events);
    }
}

public sealed class SqliteOwnPeriodTests() : OwnPeriodContractTests(new SqliteEngine());

public sealed class MartenOwnPeriodTests() : OwnPeriodContractTests(new MartenEngine());

/// <summary>The same contract through the sharded store, the county on the second server (issue 17, item 3).</summary>
public sealed class ShardedOwnPeriodTests() : OwnPeriodContractTests(new ShardedEngine());
