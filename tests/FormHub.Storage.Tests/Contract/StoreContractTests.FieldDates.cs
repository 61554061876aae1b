using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// Each field's valid-from date, stored only where it differs from the record's own (a loaded record stores none): a
/// back-dated change still leaves a later value standing, and records stored with every field dated read as before.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly DateOnly Feb1 = new(2026, 2, 1), Mar1 = new(2026, 3, 1), May1 = new(2026, 5, 1);

    [Fact]
    public async Task ALoadedRecordStoresNoFieldDatesAndFieldsChangedOnDifferentDaysReadRightAsOfEachDay()
    {
        var (hh, person) = await SeedFamilyAsync();
        Assert.Empty(await engine.Behind.ReadFieldDatesAsync(hh));
        Assert.Empty(await engine.Behind.ReadFieldDatesAsync(person));

        await ChangeInMarchAndMayAsync(hh);
        // Recorded last, valid from before both: history only for dibao_persons (its value of March 1 stands), the current
        // value for head_name (which took effect with the record); a change on the record's own day stores no date.
        var s = Session();
        s.Change(hh, 3, new Dictionary<string, object?> { ["dibao_persons"] = 5, ["head_name"] = "张三（更正）" }, Feb1);
        await s.SaveChangesAsync();
        s = Session();
        s.Change(person, 1, new Dictionary<string, object?> { ["party_member"] = false }, Jan1);
        await s.SaveChangesAsync();

        await AssertHouseholdHistoryAsync(hh);
        Assert.Equal(["dibao_persons=2026-03-01", "dibao_status=2026-05-01", "head_name=2026-02-01"], await StoredFieldDatesAsync(hh));
        Assert.Empty(await engine.Behind.ReadFieldDatesAsync(person));
        Assert.Equal(false, (await Store.GetAsync(person))!["party_member"]);
        var verified = await Store.VerifyAsync(VillageA);
        Assert.True(verified.IsIntact, string.Join("; ", verified.Breaks.Select(b => b.Problem).Concat(verified.Differences.Select(d => d.Problem))));
    }

    [Fact]
    public async Task ARecordStoredWithEveryFieldDatedReadsAndTakesBackDatedChangesAsBefore()
    {
        var (hh, _) = await SeedFamilyAsync();
        await ChangeInMarchAndMayAsync(hh);
        // The shape written before the dates were sparse: every field, the record's own date repeated.
        await engine.Behind.SetFieldDatesAsync(hh, new Dictionary<string, string>
        {
            ["head_name"] = "2026-01-01", ["dibao_status"] = "2026-05-01", ["dibao_persons"] = "2026-03-01",
        });

        Assert.Equal(3L, (await Store.GetAsync(hh))!["dibao_persons"]);
        var s = Session();
        s.Change(hh, 3, new Dictionary<string, object?> { ["dibao_persons"] = 5, ["head_name"] = "张三（更正）" }, Feb1);
        await s.SaveChangesAsync();

        await AssertHouseholdHistoryAsync(hh);
        // Written again, the record's dates are sparse.
        Assert.Equal(["dibao_persons=2026-03-01", "dibao_status=2026-05-01", "head_name=2026-02-01"], await StoredFieldDatesAsync(hh));
        var verified = await Store.VerifyAsync(VillageA);
        Assert.True(verified.IsIntact, string.Join("; ", verified.Breaks.Select(b => b.Problem).Concat(verified.Differences.Select(d => d.Problem))));
    }

    /// <summary>The household's changes of the tests below: 3 persons from March 1, 停保 from May 1, each saved alone.</summary>
    private async Task ChangeInMarchAndMayAsync(Guid hh)
    {
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, Mar1);
        await s.SaveChangesAsync();
        s = Session();
        s.Change(hh, 2, new Dictionary<string, object?> { ["dibao_status"] = "停保" }, May1);
        await s.SaveChangesAsync();
    }

    private async Task<string[]> StoredFieldDatesAsync(Guid id) =>
        (await engine.Behind.ReadFieldDatesAsync(id)).Select(kv => $"{kv.Key}={kv.Value}").Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The household of the tests above: created January 1 (张三, 在保, 2 persons), 3 persons from March 1, 停保 from May 1,
    /// then recorded late: 5 persons and the corrected name from February 1.
    /// </summary>
    private async Task AssertHouseholdHistoryAsync(Guid hh)
    {
        var current = (await Store.GetAsync(hh))!;
        Assert.Equal((3L, "停保", "张三（更正）"), (current["dibao_persons"], current["dibao_status"], current["head_name"]));
        (object?, object?, object?) On(EntityDocument d) => (d["dibao_persons"], d["dibao_status"], d["head_name"]);
        var expected = new Dictionary<DateOnly, (object?, object?, object?)>
        {
            [new DateOnly(2026, 1, 31)] = (2L, "在保", "张三"),
            [Feb1] = (5L, "在保", "张三（更正）"),
            [new DateOnly(2026, 2, 28)] = (5L, "在保", "张三（更正）"),
            [Mar1] = (3L, "在保", "张三（更正）"),
            [new DateOnly(2026, 4, 30)] = (3L, "在保", "张三（更正）"),
            [May1] = (3L, "停保", "张三（更正）"),
            [new DateOnly(2026, 11, 30)] = (3L, "停保", "张三（更正）"),
        };
        foreach (var (day, values) in expected)
        {
            Assert.Equal(values, On((await Store.GetAsOfAsync(hh, day))!));
        }
        var together = await Store.ListVillageAsOfDaysAsync(VillageA, ["household"], expected.Keys.ToList());
        foreach (var (day, values) in expected)
        {
            Assert.Equal(values, On(Assert.Single(together[day]["household"], d => d.Id == hh)));
        }
    }
}
