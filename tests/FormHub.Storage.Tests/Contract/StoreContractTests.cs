using FormHub.Core.OrgUnits;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;
using FormHub.Tests.Shared;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// The behaviour every storage engine must share. Each engine runs these through its own subclass, so the test
/// output lists every test once per engine.
/// </summary>
public abstract partial class StoreContractTests(IStoreEngine engine) : IAsyncLifetime
{
    protected const string VillageA = "361025101201";
    protected const string VillageB = "361025101202";
    protected static readonly DateOnly Jan1 = new(2026, 1, 1);

    protected readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    protected IFormHubStore Store = null!;

    public async Task InitializeAsync()
    {
        Store = await engine.CreateStoreAsync(TestCatalog.Create(), Clock);
        await Store.SaveRegionsAsync(
        [
            new OrgUnit(RegionCode.Parse("360000000000"), "江西省"),
            new OrgUnit(RegionCode.Parse("361000000000"), "抚州市"),
            new OrgUnit(RegionCode.Parse("361025000000"), "清溪县"),
            new OrgUnit(RegionCode.Parse("361025101000"), "石门镇"),
            new OrgUnit(RegionCode.Parse(VillageA), "上塘村委会"),
            new OrgUnit(RegionCode.Parse(VillageB), "下塘村委会"),
        ]);
    }

    public async Task DisposeAsync() => await engine.DisposeAsync();

    private IStoreSession Session(ChangeSource source = ChangeSource.Form) => Store.OpenSession("cadre-a", source);

    private int _familySerial = 10;

    /// <summary>A household and its person; each family's person has an ID number of their own (one person is never registered twice).</summary>
    private async Task<(Guid Household, Guid Person)> SeedFamilyAsync(string village = VillageA, string name = "张三")
    {
        var serial = ++_familySerial;
        var s = Session();
        var hh = s.Create("household", village, new Dictionary<string, object?> { ["head_name"] = name, ["dibao_status"] = "在保", ["dibao_persons"] = 2 }, Jan1);
        var p = s.Create("person", village, new Dictionary<string, object?>
        {
            ["name"] = name, ["id_number"] = TestIds.IdNumber(1950, 3, 1, serial), ["household"] = hh.ToString(), ["party_member"] = true,
        }, Jan1);
        await s.SaveChangesAsync();
        return (hh, p);
    }

    [Fact]
    public async Task RowsAreCountedOverEveryTableAndOpeningAStoreAddsNone()
    {
        // Only the six regions saved above: the seeded catalog and the engine's own bookkeeping do not count (a restore needs 0).
        Assert.Equal(6, await Store.CountRowsAsync());
        await SeedFamilyAsync();
        Assert.True(await Store.CountRowsAsync() > 6);
    }

    [Fact]
    public async Task ALinkToAnotherVillagesRecordIsRefusedAndNothingIsWritten()
    {
        var (otherHousehold, _) = await SeedFamilyAsync(VillageB, "王五");
        var before = await Store.CountAsync();
        var s = Session();
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "赵六", ["household"] = otherHousehold.ToString() }, Jan1);

        var refused = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());
        Assert.Contains("本村", refused.Errors.Single().Message.Zh);
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task CreatedEntityIsReadBackWithCanonicalValueTypes()
    {
        var s = Session();
        var id = s.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = " 李四 ", ["dibao_persons"] = "3", ["dibao_status"] = "在保" }, Jan1);
        await s.SaveChangesAsync();

        var doc = await Store.GetAsync(id);
        Assert.NotNull(doc);
        Assert.Equal(1, doc.Version);
        Assert.Equal("household", doc.EntityType);
        Assert.Equal(VillageA, doc.VillageCode);
        Assert.Equal("李四", doc["head_name"]);
        Assert.Equal(3L, doc["dibao_persons"]);
        Assert.Equal(Jan1, doc.ValidFrom);
        Assert.Null(doc.Retirement);
    }

    [Fact]
    public async Task ChangeIsRecordedAsAnEventWithOldAndNewValuesUserAndSource()
    {
        var (hh, _) = await SeedFamilyAsync();
        var s = Store.OpenSession("cadre-b", ChangeSource.Api);
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3L, ["head_name"] = "张三" }, new DateOnly(2026, 6, 1));
        var result = await s.SaveChangesAsync();

        Assert.Equal(2, result.Versions[hh]);
        var history = await Store.GetHistoryAsync(hh);
        Assert.Equal(2, history.Count);
        var change = history[1];
        Assert.Equal(EventKind.Changed, change.Kind);
        Assert.Equal("cadre-b", change.User);
        Assert.Equal(ChangeSource.Api, change.Source);
        Assert.Equal(new DateOnly(2026, 6, 1), change.ValidFrom);
        var field = Assert.Single(change.Changes); // head_name did not change, so it is not in the event
        Assert.Equal(new FieldChange("dibao_persons", 2L, 3L), field);
        Assert.Equal(3, change.VillageSequence); // the village chain: household, person, then this change
        Assert.Equal(64, change.Hash.Length);
        Assert.NotEqual(history[0].Hash, change.Hash);
    }

    [Fact]
    public async Task StaleVersionIsRejectedNamingTheEntityAndNothingIsWritten()
    {
        var (hh, person) = await SeedFamilyAsync();
        var first = Session();
        first.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 1 }, Jan1);
        await first.SaveChangesAsync();
        var before = await Store.CountAsync();

        var stale = Session();
        stale.Change(person, 1, new Dictionary<string, object?> { ["name"] = "张叁" }, Jan1);
        stale.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 2 }, Jan1);
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.SaveChangesAsync());

        Assert.Equal(hh, error.EntityId);
        Assert.Contains("张三", error.Text.Zh);
        Assert.Contains("已在其他窗口或由他人修改", error.Text.Zh);
        Assert.DoesNotContain(hh.ToString(), error.Text.Zh); // no internal id in what a person reads
        Assert.Equal(before, await Store.CountAsync());
        Assert.Equal("张三", (await Store.GetAsync(person))!["name"]);
        Assert.Equal(1L, (await Store.GetAsync(hh))!["dibao_persons"]);
    }

    [Fact]
    public async Task InvalidValueHalfwayThroughASaveWritesNothingAndListsEveryProblem()
    {
        await SeedFamilyAsync();
        var before = await Store.CountAsync();
        var s = Session();
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "王五", ["id_number"] = TestIds.IdNumber(1960, 1, 1, 21) }, Jan1);
        var bad = TestIds.IdNumber(1970, 5, 5, 31);
        bad = bad[..17] + (bad[17] == '1' ? '2' : '1');
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "赵六", ["id_number"] = bad }, Jan1);
        s.Create("person", VillageA, new Dictionary<string, object?> { ["id_number"] = TestIds.IdNumber(1980, 1, 1, 41), ["shoe_size"] = 42 }, Jan1);

        var error = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());

        Assert.Contains(error.Errors, e => e.OperationIndex == 1 && e.Field == "id_number" && e.Message.Zh.Contains("校验位错误"));
        Assert.Contains(error.Errors, e => e.OperationIndex == 2 && e.Field == "name" && e.Message.Zh.Contains("必填"));
        Assert.Contains(error.Errors, e => e.OperationIndex == 2 && e.Field == "shoe_size");
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task RetiredEntityLeavesTheCurrentRosterButIsNeverDeleted()
    {
        var (_, person) = await SeedFamilyAsync();
        var s = Session();
        s.Retire(person, 1, new DateOnly(2026, 10, 15), RetirementReason.Death, "病故");
        await s.SaveChangesAsync();

        var roster = await Store.ListAsync(new EntityQuery(VillageA, "person"));
        Assert.Empty(roster.Items);
        var all = await Store.ListAsync(new EntityQuery(VillageA, "person") { IncludeRetired = true });
        var doc = Assert.Single(all.Items);
        Assert.Equal(new Retirement(new DateOnly(2026, 10, 15), RetirementReason.Death, "病故"), doc.Retirement);
        Assert.Equal(2, doc.Version);
    }

    [Fact]
    public async Task RetiredEntityCannotBeChanged()
    {
        var (_, person) = await SeedFamilyAsync();
        var s = Session();
        s.Retire(person, 1, new DateOnly(2026, 10, 15), RetirementReason.MovedOut);
        await s.SaveChangesAsync();

        var change = Session();
        change.Change(person, 2, new Dictionary<string, object?> { ["name"] = "张叁" }, new DateOnly(2026, 11, 1));
        var error = await Assert.ThrowsAsync<StoreValidationException>(() => change.SaveChangesAsync());
        Assert.Contains("注销", error.Errors[0].Message.Zh);
    }

    [Fact]
    public async Task RosterFiltersByFieldValuesAndPages()
    {
        var s = Session();
        for (var i = 0; i < 7; i++)
        {
            s.Create("person", VillageA, new Dictionary<string, object?>
            {
                ["name"] = $"村民{i}", ["party_member"] = i % 2 == 0, ["disability_grade"] = i < 3 ? "二级" : null,
                ["monthly_income"] = i == 4 ? 1500.5m : 800m,
            }, Jan1);
        }
        s.Create("person", VillageB, new Dictionary<string, object?> { ["name"] = "外村人", ["party_member"] = true }, Jan1);
        await s.SaveChangesAsync();

        var party = await Store.ListAsync(new EntityQuery(VillageA, "person") { Filters = new Dictionary<string, object?> { ["party_member"] = true } });
        Assert.Equal(4, party.Total);
        var graded = await Store.ListAsync(new EntityQuery(VillageA, "person")
        {
            Filters = new Dictionary<string, object?> { ["disability_grade"] = "二级", ["party_member"] = "是" },
        });
        Assert.Equal(["村民0", "村民2"], graded.Items.Select(p => (string)p["name"]!).Order());
        var income = await Store.ListAsync(new EntityQuery(VillageA, "person") { Filters = new Dictionary<string, object?> { ["monthly_income"] = 1500.50m } });
        Assert.Equal("村民4", Assert.Single(income.Items)["name"]);

        var page1 = await Store.ListAsync(new EntityQuery(VillageA, "person") { Take = 3 });
        var page3 = await Store.ListAsync(new EntityQuery(VillageA, "person") { Skip = 6, Take = 3 });
        Assert.Equal(7, page1.Total);
        Assert.Equal(3, page1.Items.Count);
        Assert.Single(page3.Items);
        Assert.DoesNotContain(page3.Items[0].Id, page1.Items.Select(p => p.Id));
        // Every page tells the whole total: a later one, a short one, one past the end.
        Assert.Equal(7, (await Store.ListAsync(new EntityQuery(VillageA, "person") { Skip = 3, Take = 3 })).Total);
        Assert.Equal(7, page3.Total);
        var pastTheEnd = await Store.ListAsync(new EntityQuery(VillageA, "person") { Skip = 9, Take = 3 });
        Assert.Empty(pastTheEnd.Items);
        Assert.Equal(7, pastTheEnd.Total);
    }

    [Fact]
    public async Task UnknownFilterFieldIsAClearError()
    {
        var error = await Assert.ThrowsAsync<StoreValidationException>(() =>
            Store.ListAsync(new EntityQuery(VillageA, "person") { Filters = new Dictionary<string, object?> { ["shoe_size"] = 42 } }));
        Assert.Contains("shoe_size", error.Text.Zh);
    }

    [Fact]
    public async Task SearchFindsByNameOrByAFragmentOfTheIdNumber()
    {
        await SeedFamilyAsync(name: "张三");
        var s = Session();
        var id = TestIds.IdNumber(1988, 8, 8, 52);
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "李小红", ["id_number"] = id }, Jan1);
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "50%_折扣" }, Jan1);
        await s.SaveChangesAsync();

        Assert.Equal("李小红", Assert.Single((await Store.ListAsync(new EntityQuery(VillageA, "person") { Search = "小红" })).Items)["name"]);
        Assert.Equal("李小红", Assert.Single((await Store.ListAsync(new EntityQuery(VillageA, "person") { Search = id[6..14] })).Items)["name"]);
        Assert.Single((await Store.ListAsync(new EntityQuery(VillageA, "person") { Search = "%_" })).Items);
        Assert.Empty((await Store.ListAsync(new EntityQuery(VillageB, "person") { Search = "小红" })).Items);
    }

    [Fact]
    public async Task AsOfReadShowsTheEntityAsItStoodOnThatDay()
    {
        var (hh, _) = await SeedFamilyAsync();
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_status"] = "停保" }, new DateOnly(2026, 7, 1));
        await s.SaveChangesAsync();

        Assert.Null(await Store.GetAsOfAsync(hh, new DateOnly(2025, 12, 31)));
        Assert.Equal("在保", (await Store.GetAsOfAsync(hh, new DateOnly(2026, 6, 30)))!["dibao_status"]);
        Assert.Equal("停保", (await Store.GetAsOfAsync(hh, new DateOnly(2026, 7, 1)))!["dibao_status"]);
        Assert.Equal("停保", (await Store.GetAsync(hh))!["dibao_status"]);
    }

    [Fact]
    public async Task BackDatedCorrectionChangesHistoryButNotALaterValue()
    {
        var (hh, _) = await SeedFamilyAsync();
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 4 }, new DateOnly(2026, 9, 1));
        await s.SaveChangesAsync();
        var late = Session();
        late.Change(hh, 2, new Dictionary<string, object?> { ["dibao_persons"] = 3 }, new DateOnly(2026, 5, 1));
        await late.SaveChangesAsync();

        Assert.Equal(4L, (await Store.GetAsync(hh))!["dibao_persons"]);
        Assert.Equal(2L, (await Store.GetAsOfAsync(hh, new DateOnly(2026, 4, 30)))!["dibao_persons"]);
        Assert.Equal(3L, (await Store.GetAsOfAsync(hh, new DateOnly(2026, 6, 30)))!["dibao_persons"]);
        Assert.Equal(4L, (await Store.GetAsOfAsync(hh, new DateOnly(2026, 9, 30)))!["dibao_persons"]);
    }

    [Fact]
    public async Task VillageRosterAsOfADateLeavesOutThoseNotYetRegisteredOrAlreadyDead()
    {
        var (hh, person) = await SeedFamilyAsync();
        var s = Session();
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "新生儿", ["household"] = hh.ToString() }, new DateOnly(2026, 11, 10));
        s.Retire(person, 1, new DateOnly(2026, 11, 5), RetirementReason.Death);
        await s.SaveChangesAsync();

        string[] Names(IReadOnlyList<EntityDocument> docs) => docs.Select(d => (string)d["name"]!).Order().ToArray();
        Assert.Equal(["张三"], Names(await Store.ListAsOfAsync(VillageA, "person", new DateOnly(2026, 10, 31))));
        Assert.Empty(await Store.ListAsOfAsync(VillageA, "person", new DateOnly(2026, 11, 7)));
        Assert.Equal(["新生儿"], Names(await Store.ListAsOfAsync(VillageA, "person", new DateOnly(2026, 11, 30))));
        Assert.Equal(["张三", "新生儿"], Names(await Store.ListAsOfAsync(VillageA, "person", new DateOnly(2026, 11, 30), includeRetired: true)));
    }

    [Fact]
    public async Task AVillagesTypesReadTogetherAsOfADateAreWhatEachTypeReadAloneGives()
    {
        var (hh, person) = await SeedFamilyAsync();
        await SeedFamilyAsync(VillageB, "王五");
        var s = Session();
        // Persons change after 2026-11-07 (so they are replayed as of then); households do not (read as stored).
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "新生儿", ["household"] = hh.ToString() }, new DateOnly(2026, 11, 10));
        s.Retire(person, 1, new DateOnly(2026, 11, 5), RetirementReason.Death);
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 4, ["head_name"] = "李\"四\"\\u4e00" }, new DateOnly(2026, 10, 1));
        await s.SaveChangesAsync();

        foreach (var day in new[] { new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 7), new DateOnly(2026, 11, 30) })
        {
            foreach (var retired in new[] { false, true })
            {
                var together = await Store.ListVillageAsOfAsync(VillageA, ["household", "person", "household", "village"], day, retired);
                Assert.Equal(["household", "person", "village"], together.Keys.Order());
                foreach (var type in together.Keys)
                {
                    var alone = await Store.ListAsOfAsync(VillageA, type, day, retired);
                    Assert.Equal(alone.Select(d => (d.Id, d.Version, d.Retirement)), together[type].Select(d => (d.Id, d.Version, d.Retirement)));
                    Assert.Equal(alone.Select(d => d.Fields.OrderBy(f => f.Key).ToList()), together[type].Select(d => d.Fields.OrderBy(f => f.Key).ToList()));
                }
            }
        }
        var household = Assert.Single((await Store.ListVillageAsOfAsync(VillageA, ["household"], new DateOnly(2026, 11, 30)))["household"]);
        Assert.Equal(4L, household["dibao_persons"]);
        Assert.Equal("李\"四\"\\u4e00", household["head_name"]);
        Assert.Empty(await Store.ListVillageAsOfAsync(VillageA, [], new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public async Task ADocumentReadAsOfADateCarriesTheSameSaveTimeAsTheCurrentRead()
    {
        // A save time with a fraction of a second and an offset east of UTC: the as-of read of current documents parses
        // it its own way (SQLite: digit by digit), and must give the very instant and offset the current read does.
        foreach (var at in new[] { new DateTimeOffset(2026, 11, 23, 10, 4, 5, 678, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero) })
        {
            Clock.Now = at;
            var (hh, _) = await SeedFamilyAsync();
            var current = (await Store.GetAsync(hh))!.UpdatedAt;
            var asOf = (await Store.ListAsOfAsync(VillageA, "household", new DateOnly(2026, 11, 30))).Single(d => d.Id == hh).UpdatedAt;
            Assert.True(current.EqualsExact(asOf), $"{current:O} read as of a date as {asOf:O}");
            Assert.Equal(at.UtcTicks / TimeSpan.TicksPerMillisecond, current.UtcTicks / TimeSpan.TicksPerMillisecond);
        }
    }

    [Fact]
    public async Task SeveralEntitiesComeInOneReadAndUnknownIdsAreLeftOut()
    {
        var (hh, person) = await SeedFamilyAsync();
        var (other, _) = await SeedFamilyAsync(VillageB, "王五");
        var missing = Guid.NewGuid();

        var found = await Store.GetManyAsync([hh, person, other, missing, hh]);

        Assert.Equal(new[] { hh, person, other }.Order(), found.Keys.Order());
        Assert.Equal("household", found[hh].EntityType);
        Assert.Equal(VillageB, found[other].VillageCode);
        Assert.Equal("张三", found[person]["name"]);
        Assert.Empty(await Store.GetManyAsync([]));
    }

    [Fact]
    public async Task PeriodicValuesOfChosenEntitiesAndPeriodsComeInOneRead()
    {
        var (hhA, _) = await SeedFamilyAsync();
        var (hhA2, _) = await SeedFamilyAsync(VillageA, "李四");
        var s = Session();
        s.SetPeriodic(hhA, "dibao_amount", "2026-10", 600m);
        s.SetPeriodic(hhA, "dibao_amount", "2026-11", 610m);
        s.SetPeriodic(hhA, "dibao_amount", "2026-12", 620m);
        s.SetPeriodic(hhA2, "dibao_amount", "2026-11", 700m);
        await s.SaveChangesAsync();

        var values = await Store.GetPeriodicValuesAsync(VillageA, ["2026-10", "2026-11"], [hhA]);
        Assert.Equal([("2026-10", 600m), ("2026-11", 610m)], values.Select(v => (v.Period, (decimal)v.Value!)));
        Assert.All(values, v => Assert.Equal(hhA, v.EntityId));
        Assert.Empty(await Store.GetPeriodicValuesAsync(VillageB, ["2026-11"], [hhA, hhA2]));
        Assert.Empty(await Store.GetPeriodicValuesAsync(VillageA, ["2026-11"], []));
    }

    [Fact]
    public async Task PeriodicValuesAreKeyedByEntityFieldAndPeriod()
    {
        var (hh, _) = await SeedFamilyAsync();
        var s = Session();
        s.SetPeriodic(hh, "dibao_amount", "2026-10", 620m);
        s.SetPeriodic(hh, "dibao_amount", "2026-11", "650.50");
        await s.SaveChangesAsync();
        var again = Session();
        again.SetPeriodic(hh, "dibao_amount", "2026-11", 660m);
        again.SetPeriodic(hh, "dibao_amount", "2026-10", null);
        await again.SaveChangesAsync();

        Assert.Empty(await Store.GetPeriodicValuesAsync(VillageA, "2026-10"));
        var nov = Assert.Single(await Store.GetPeriodicValuesAsync(VillageA, "2026-11", "household"));
        Assert.Equal(new PeriodicValue(hh, "household", "dibao_amount", "2026-11", 660m, 2), nov);
        var history = await Store.GetHistoryAsync(hh);
        Assert.Contains(history, e => e.Kind == EventKind.PeriodicSet && e.Period == "2026-11" && Equals(e.Changes[0].Old, 650.50m) && Equals(e.Changes[0].New, 660m));
    }

    [Fact]
    public async Task PeriodicAndAttributeFieldsCannotBeMixedUp()
    {
        var (hh, _) = await SeedFamilyAsync();
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_amount"] = 600m }, Jan1);
        s.SetPeriodic(hh, "dibao_persons", "2026-11", 2);
        s.SetPeriodic(hh, "dibao_amount", "2026-13", 1m);
        var error = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());
        Assert.Equal(3, error.Errors.Count);
        Assert.Contains(error.Errors, e => e.Message.Zh.Contains("按期填报"));
        Assert.Contains(error.Errors, e => e.Message.Zh.Contains("期别“2026-13”无效"));
    }

    [Fact]
    public async Task MultiEntitySaveLandsWhole()
    {
        var before = await Store.CountAsync();
        var s = Session();
        var hh = s.Create("household", VillageA, new Dictionary<string, object?> { ["head_name"] = "陈一" }, Jan1);
        for (var i = 0; i < 4; i++)
            s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = $"陈{i}", ["household"] = hh.ToString() }, Jan1);
        s.SetPeriodic(hh, "dibao_amount", "2026-11", 300m);
        var result = await s.SaveChangesAsync();

        Assert.Equal(6, result.EventsWritten);
        var after = await Store.CountAsync();
        Assert.Equal(before.Entities + 5, after.Entities);
        Assert.Equal(before.Events + 6, after.Events);
        Assert.Equal(before.PeriodicValues + 1, after.PeriodicValues);
        Assert.Equal(0, s.PendingCount);
    }

    [Fact]
    public async Task ReferenceToAMissingOrWrongEntityIsRefused()
    {
        var (hh, person) = await SeedFamilyAsync();
        var s = Session();
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "甲", ["household"] = Guid.NewGuid().ToString() }, Jan1);
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "乙", ["household"] = person.ToString() }, Jan1);
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "丙", ["household"] = hh.ToString() }, Jan1);
        var error = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());
        Assert.Equal([0, 1], error.Errors.Select(e => e.OperationIndex).Order());
        Assert.Contains("不存在", error.Errors.Single(e => e.OperationIndex == 0).Message.Zh);
    }

    [Fact]
    public async Task RecordsBelongOnlyToKnownVillages()
    {
        var s = Session();
        s.Create("person", VillageA[..9] + "299", new Dictionary<string, object?> { ["name"] = "甲" }, Jan1);
        s.Create("person", "361025101000", new Dictionary<string, object?> { ["name"] = "乙" }, Jan1);
        s.Create("person", "36102510120", new Dictionary<string, object?> { ["name"] = "丙" }, Jan1);
        s.Create("robot", VillageA, new Dictionary<string, object?> { ["name"] = "丁" }, Jan1);
        var error = await Assert.ThrowsAsync<StoreValidationException>(() => s.SaveChangesAsync());
        Assert.Equal([0, 1, 2, 3], error.Errors.Select(e => e.OperationIndex).Order());
        Assert.Contains("请先导入区划", error.Errors.Single(e => e.OperationIndex == 0).Message.Zh);
        Assert.Equal(0, (await Store.CountAsync()).Entities);
    }

    [Fact]
    public async Task ChangingAMissingEntityIsNotFound()
    {
        var s = Session();
        var missing = Guid.NewGuid();
        s.Change(missing, 1, new Dictionary<string, object?> { ["name"] = "甲" }, Jan1);
        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => s.SaveChangesAsync());
        Assert.Equal(missing, error.EntityId);
    }

    [Fact]
    public async Task ChangeFeedListsEachVillageAndPeriodAfterTheCursor()
    {
        await SeedFamilyAsync(VillageA);
        var start = await SettledFeed.EndAsync(Store);
        Assert.Equal((await Store.ReadChangesAsync(FeedCursor.Start)).Max(c => c.Cursor), start);
        var (hhB, _) = await SeedFamilyAsync(VillageB, "王五");
        var s = Session();
        s.SetPeriodic(hhB, "dibao_amount", "2026-10", 500m);
        s.Change(hhB, 1, new Dictionary<string, object?> { ["dibao_persons"] = 1 }, new DateOnly(2026, 11, 3));
        await s.SaveChangesAsync();

        var changes = await SettledFeed.ChangesAsync(Store, start, 4);
        Assert.All(changes, c => Assert.Equal(VillageB, c.VillageCode));
        Assert.Equal(4, changes.Count);
        Assert.Contains(changes, c => c.Period == "2026-10" && c.Fields.SequenceEqual(["dibao_amount"]) && c.EntityId == hhB);
        Assert.Contains(changes, c => c.Period == "2026-11" && c.Fields.SequenceEqual(["dibao_persons"]) && c.EntityId == hhB);
        // Each change names its entity: the live materializer patches the villages it keeps by it.
        Assert.All(changes, c => Assert.NotEqual(Guid.Empty, c.EntityId));
        Assert.Equal(changes.Select(c => c.Cursor).Order(), changes.Select(c => c.Cursor));
        Assert.Empty(await Store.ReadChangesAsync(changes[^1].Cursor));
    }

    [Fact]
    public async Task UntouchedEventLogVerifies()
    {
        await SeedFamilyAsync(VillageA);
        await SeedFamilyAsync(VillageB, "王五");
        var s = Session();
        s.Create("person", VillageA, new Dictionary<string, object?> { ["name"] = "李四" }, Jan1);
        await s.SaveChangesAsync();

        var result = await Store.VerifyAsync(VillageA);
        Assert.True(result.IsIntact, string.Join("; ", result.Breaks));
        Assert.Equal(3, result.EventsChecked);
    }

    [Fact]
    public async Task VerifyNamesAnEventAlteredBehindTheStoresBack()
    {
        var (hh, _) = await SeedFamilyAsync();
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, Jan1);
        await s.SaveChangesAsync();

        await engine.Behind.AlterEventPayloadAsync(VillageA, 3, "5]", "1]");

        var result = await Store.VerifyAsync(VillageA);
        var broken = Assert.Single(result.Breaks);
        Assert.Equal(3, broken.VillageSequence);
        Assert.Contains("被改动", broken.Problem);
    }

    [Fact]
    public async Task VerifyFindsRemovedEventsInTheMiddleAndAtTheEnd()
    {
        var (hh, _) = await SeedFamilyAsync();
        for (var v = 1; v <= 3; v++)
        {
            var s = Session();
            s.Change(hh, v, new Dictionary<string, object?> { ["dibao_persons"] = v + 5 }, Jan1);
            await s.SaveChangesAsync();
        }
        await engine.Behind.DeleteEventsAsync(VillageA, 2, 5);

        var result = await Store.VerifyAsync(VillageA);
        Assert.Contains(result.Breaks, b => b.VillageSequence == 2 && b.Problem.Contains("缺失"));
        Assert.Contains(result.Breaks, b => b.Problem.Contains("末尾事件缺失"));
    }

    [Fact]
    public async Task RegionsAreStoredAndRenamedInPlace()
    {
        await Store.SaveRegionsAsync([new OrgUnit(RegionCode.Parse(VillageA), "上塘村")]);
        var regions = await Store.GetRegionsAsync();
        Assert.Equal(6, regions.Count);
        Assert.Equal("上塘村", regions.Single(r => r.Code.Value == VillageA).Name);
    }

    [Fact]
    public async Task ReportRowsAreReplacedInPlaceAndListedUnderAUnit()
    {
        var at = Clock.GetUtcNow();
        await SaveSampleReportRowsAsync(at);
        await Store.SaveReportRowsAsync([new StoredReportRow("mz-dibao", 1, "2026-11", VillageA, 5, "{\"values\":{\"hh\":5}}", at)]);

        var row = await Store.GetReportRowAsync("mz-dibao", 1, "2026-11", VillageA);
        Assert.Contains("5", row!.Payload);
        var township = await Store.GetReportRowsAsync("mz-dibao", 1, "2026-11", "361025101000");
        Assert.Equal(["361025101000", VillageA, VillageB], township.Select(r => r.UnitCode));
        Assert.Equal([VillageA, VillageB], (await Store.GetReportRowsAsync("mz-dibao", 1, "2026-11", "361025101000", OrgLevel.Village)).Select(r => r.UnitCode));
        Assert.Null(await Store.GetReportRowAsync("mz-dibao", 1, "2026-12", VillageA));
    }

    [Fact]
    public async Task AUnitsReportPeriodsAreReadForEveryTemplateVersionAtOnce()
    {
        var at = Clock.GetUtcNow();
        await Store.SaveReportRowsAsync(
        [
            new StoredReportRow("mz-dibao", 1, "2026-11", VillageA, 5, "{}", at),
            new StoredReportRow("mz-dibao", 1, "2026-09", VillageA, 5, "{}", at),
            new StoredReportRow("mz-dibao", 1, "2026-10", VillageA, 5, "{}", at),
            new StoredReportRow("mz-dibao", 2, "2026-12", VillageA, 5, "{}", at),
            new StoredReportRow("ny-quarterly", 1, "2026Q4", VillageA, 5, "{}", at),
            new StoredReportRow("mz-dibao", 1, "2026-08", VillageB, 5, "{}", at),
            new StoredReportRow("mz-dibao", 1, "2026-07", "361025101000", 4, "{}", at),
        ]);

        var periods = await Store.GetReportPeriodsAsync(VillageA);
        Assert.Equal([("mz-dibao", 1), ("mz-dibao", 2), ("ny-quarterly", 1)], periods.Versions.Order());
        Assert.Equal(["2026-09", "2026-10", "2026-11"], periods.Of("mz-dibao", 1));
        Assert.Equal(["2026-12"], periods.Of("mz-dibao", 2));
        Assert.Equal(["2026Q4"], periods.Of("ny-quarterly", 1));
        Assert.Empty(periods.Of("mz-dibao", 3));
        Assert.Equal(["2026-08"], (await Store.GetReportPeriodsAsync(VillageB)).Of("mz-dibao", 1));
        Assert.Empty((await Store.GetReportPeriodsAsync("361025101203")).Versions);
    }

    [Fact]
    public async Task TypedValuesAreCountedPerVillageFromFormEventsOnly()
    {
        var (hh, person) = await SeedFamilyAsync(); // typed in the form: household 3 fields, person 4 fields
        var import = Store.OpenSession("importer", ChangeSource.Import);
        import.Create("household", VillageB, new Dictionary<string, object?> { ["head_name"] = "导入户", ["dibao_persons"] = 1 }, Jan1);
        await import.SaveChangesAsync();
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3, ["dibao_status"] = "停保" }, Jan1);
        s.Retire(person, 1, new DateOnly(2026, 11, 20), RetirementReason.MovedOut);
        await s.SaveChangesAsync();

        var now = Clock.GetUtcNow();
        var counts = await Store.CountTypedValuesAsync(RegionCode.Parse("361025000000"), now.AddDays(-1), now.AddDays(1));
        Assert.Equal(3 + 4 + 2 + 1, counts[VillageA]);
        Assert.False(counts.ContainsKey(VillageB));
        Assert.Empty(await Store.CountTypedValuesAsync(RegionCode.Parse(VillageA), now.AddDays(1), now.AddDays(2)));
    }

    [Fact]
    public async Task AccountsKeepAHashNotThePasswordAndAreReplacedByUserName()
    {
        var cadre = new FormHub.Storage.Accounts.UserAccount
        {
            UserName = "cadre-a", DisplayName = "上塘村 村干部", Role = FormHub.Storage.Accounts.AccountRole.Cadre,
            CaptureScope = VillageA, ViewScope = VillageA, PasswordHash = FormHub.Storage.Accounts.PasswordHashing.Hash("Demo@2026"),
        };
        await Store.SaveAccountAsync(cadre);
        await Store.SaveAccountAsync(cadre with { DisplayName = "上塘村 会计" });

        var stored = await Store.FindAccountAsync("cadre-a");
        Assert.Equal("上塘村 会计", stored!.DisplayName);
        Assert.DoesNotContain("Demo@2026", stored.PasswordHash);
        Assert.True(FormHub.Storage.Accounts.PasswordHashing.Verify(stored, "Demo@2026"));
        Assert.False(FormHub.Storage.Accounts.PasswordHashing.Verify(stored, "demo@2026"));
        Assert.Single(await Store.ListAccountsAsync());
        Assert.Null(await Store.FindAccountAsync("nobody"));
    }

    [Fact]
    public async Task SubmissionsMoveByVersionAndWriteTheirAuditLineInTheSameTransaction()
    {
        Assert.Equal(SubmissionStatus.Draft, (await Store.GetSubmissionAsync(VillageA, "2026-11")).Status);
        var at = Clock.GetUtcNow();
        var submitted = await Store.SaveSubmissionAsync(
            Submission.NewDraft(VillageA, "2026-11") with { Status = SubmissionStatus.Submitted, UpdatedBy = "cadre-a", UpdatedAt = at, SubmittedAt = at },
            0, new AuditEntry(0, at, "cadre-a", "submit", VillageA, "2026-11", null));
        Assert.Equal(1, submitted.Version);

        // A second reviewer acting on the same version loses, and leaves no audit line behind.
        var returned = submitted with { Status = SubmissionStatus.Returned, Comment = "低保人数有误", UpdatedBy = "reviewer" };
        await Store.SaveSubmissionAsync(returned, 1, new AuditEntry(0, at, "reviewer", "return", VillageA, "2026-11", "低保人数有误"));
        await Assert.ThrowsAsync<SubmissionConflictException>(() =>
            Store.SaveSubmissionAsync(submitted with { Status = SubmissionStatus.Approved }, 1, new AuditEntry(0, at, "reviewer2", "approve", VillageA, "2026-11", null)));

        var stored = await Store.GetSubmissionAsync(VillageA, "2026-11");
        Assert.Equal((SubmissionStatus.Returned, "低保人数有误", 2L), (stored.Status, stored.Comment, stored.Version));
        Assert.Equal(at, stored.SubmittedAt);
        Assert.Single(await Store.ListSubmissionsAsync(VillageA[..9] + "000", "2026-11"));
        Assert.Empty(await Store.ListSubmissionsAsync(VillageA[..9] + "000", "2026-10"));
        var audit = await Store.ListAuditAsync(VillageA[..9] + "000");
        Assert.Equal(["return", "submit"], audit.Select(a => a.Action));
        await Store.AppendAuditAsync(new AuditEntry(0, at, "cadre-a", "sign-in", null, null, "127.0.0.1"));
        Assert.Equal(3, (await Store.ListAuditAsync(null)).Count);
        // A line appended on its own reads back whole.
        var line = (await Store.ListAuditAsync(null)).Single(a => a.Action == "sign-in");
        Assert.Equal((at, "cadre-a", (string?)null, (string?)null, (string?)"127.0.0.1"), (line.At, line.User, line.UnitCode, line.Period, line.Detail));
        Assert.Equal(2, (await Store.ListAuditAsync(null, "2026-11")).Count);
    }

    [Fact]
    public async Task TheClosedMonthsOfAVillageFromAMonthOnAreTheSubmittedApprovedOrRevisionAskedOnesInPeriodOrder()
    {
        await SaveSubmissionStatusAsync(VillageA, "2026-09", SubmissionStatus.Approved);
        await SaveSubmissionStatusAsync(VillageA, "2026-12", SubmissionStatus.Submitted);
        await SaveSubmissionStatusAsync(VillageA, "2026-10", SubmissionStatus.RevisionRequested);
        await SaveSubmissionStatusAsync(VillageA, "2026-11", SubmissionStatus.Returned);
        await SaveSubmissionStatusAsync(VillageA, "2027-01", SubmissionStatus.Draft);
        await SaveSubmissionStatusAsync(VillageB, "2026-11", SubmissionStatus.Approved);

        var closed = await Store.ListClosedSubmissionsAsync(VillageA, "2026-10");
        Assert.Equal([("2026-10", SubmissionStatus.RevisionRequested), ("2026-12", SubmissionStatus.Submitted)],
            closed.Select(c => (c.Period, c.Status)));
        Assert.All(closed, c => Assert.Equal(VillageA, c.VillageCode));
        Assert.Empty(await Store.ListClosedSubmissionsAsync(VillageA, "2027-01"));
    }

    [Fact]
    public async Task ASubscriptionIsToldOnceIntoInboxFeedAndWebhookAndDeletedWithAllOfIt()
    {
        var at = Clock.GetUtcNow();
        var withHook = new Subscription(Guid.NewGuid(), "minzheng", "mz-dibao-monthly", VillageA[..6] + "000000", "token-1", "https://example.org/hook", "secret", at);
        var plain = withHook with { Id = Guid.NewGuid(), FeedToken = "token-2", WebhookUrl = null, WebhookSecret = null };
        await Store.SaveSubscriptionAsync(withHook);
        await Store.SaveSubscriptionAsync(plain);
        Assert.Equal(2, (await Store.ListSubscriptionsAsync("minzheng")).Count);
        Assert.Empty(await Store.ListSubscriptionsAsync("someone-else"));
        Assert.Equal("", await Store.GetToldStateAsync(withHook.Id, "2026-11"));

        var told = new Notification(0, withHook.Id, "minzheng", "mz-dibao-monthly", withHook.UnitCode, "2026-11", "ready", "低保月报已齐", "22 个村全部审核", at, null);
        var id = await Store.TellAsync(told, "ready", "{\"state\":\"ready\"}", at);
        await Store.TellAsync(told with { SubscriptionId = plain.Id }, "ready", "{}", at);
        Assert.Equal("ready", await Store.GetToldStateAsync(withHook.Id, "2026-11"));
        // Told already (say, by a second server): nothing more is written.
        Assert.Equal(0, await Store.TellAsync(told, "ready", "{}", at));
        Assert.Equal(2, (await Store.ListNotificationsAsync("minzheng")).Count);
        Assert.Equal(id, Assert.Single(await Store.ListNotificationsAsync("minzheng", withHook.Id)).Id);
        Assert.False(await Store.MarkReadAsync("someone-else", id, at));
        Assert.True(await Store.MarkReadAsync("minzheng", id, at));
        Assert.NotNull((await Store.ListNotificationsAsync("minzheng", withHook.Id))[0].ReadAt);

        // Only the subscription with a webhook gets a delivery; it is due now, claimed once, and leaves the queue once delivered.
        var lease = TimeSpan.FromMinutes(3);
        var due = Assert.Single(await Store.ClaimDueDeliveriesAsync(at, lease));
        Assert.Equal(("https://example.org/hook", DeliveryStatus.Pending, 0), (due.Url, due.Status, due.Attempts));
        Assert.Empty(await Store.ClaimDueDeliveriesAsync(at, lease));                 // claimed: a second sender finds nothing
        Assert.Single(await Store.ClaimDueDeliveriesAsync(at.AddMinutes(4), lease));  // the lease ran out (the sender died)
        await Store.SaveDeliveryAttemptAsync(due.Id, DeliveryStatus.Pending, 1, at.AddMinutes(10), 500, "HTTP 500", at);
        Assert.Empty(await Store.ClaimDueDeliveriesAsync(at.AddMinutes(9), lease));
        Assert.Single(await Store.ClaimDueDeliveriesAsync(at.AddMinutes(11), lease));
        await Store.SaveDeliveryAttemptAsync(due.Id, DeliveryStatus.Delivered, 2, at.AddMinutes(11), 204, null, at.AddMinutes(11));
        Assert.Empty(await Store.ClaimDueDeliveriesAsync(at.AddHours(1), lease));
        var log = Assert.Single(await Store.ListDeliveriesAsync(withHook.Id));
        Assert.Equal((DeliveryStatus.Delivered, 2, 204), (log.Status, log.Attempts, log.LastStatusCode));

        await Store.DeleteSubscriptionAsync(withHook.Id);
        Assert.Null(await Store.GetSubscriptionAsync(withHook.Id));
        Assert.Empty(await Store.ListDeliveriesAsync(withHook.Id));
        Assert.Single(await Store.ListNotificationsAsync("minzheng"));
    }

    [Fact]
    public async Task AnUploadedLayoutReplacesThePreviousOneWithItsAuditLine()
    {
        Assert.Null(await Store.GetLayoutAsync("mz-dibao-monthly"));
        Assert.Empty(await Store.ListLayoutTemplatesAsync());
        await Store.SaveLayoutAsync(new ReportLayout("mz-dibao-monthly", [1, 2, 3], "低保.xlsx", "admin", Clock.GetUtcNow()));
        await Store.SaveLayoutAsync(new ReportLayout("mz-dibao-monthly", [4, 5], "低保-新.xlsx", "admin", Clock.GetUtcNow()),
            new AuditEntry(0, Clock.GetUtcNow(), "admin", "template.layout", null, null, "mz-dibao-monthly: 低保-新.xlsx"));
        var layout = await Store.GetLayoutAsync("mz-dibao-monthly");
        Assert.Equal("mz-dibao-monthly: 低保-新.xlsx", Assert.Single(await Store.ListAuditByActionAsync(["template."], null, null, 10)).Detail);
        Assert.Equal(new byte[] { 4, 5 }, layout!.Content);
        Assert.Equal("低保-新.xlsx", layout.FileName);
        Assert.Equal(["mz-dibao-monthly"], await Store.ListLayoutTemplatesAsync());
    }

    /// <summary>An upgrade of the SQLite engine's older tables: only the SQLite class runs it.</summary>
    protected async Task AFeedPositionKeptTheOldWayIsCarriedOverOnStart()
    {
        await SeedFamilyAsync();
        await SeedFamilyAsync(VillageB, "王五");
        var all = await SettledFeed.ChangesAsync(Store, FeedCursor.Start, 4);
        await engine.ExecuteAsync("CREATE TABLE {cursors} (name text PRIMARY KEY, position bigint NOT NULL)");
        await engine.ExecuteAsync($"INSERT INTO {{cursors}} (name, position) VALUES ('materializer', {all[1].Cursor.Sequence})");

        await Store.DisposeAsync();
        Store = await engine.CreateStoreAsync(TestCatalog.Create(), Clock);

        var resumed = await Store.GetCursorAsync("materializer");
        Assert.Equal(all[1].Cursor, resumed);
        Assert.Equal(all.Skip(2).Select(c => c.Cursor), (await Store.ReadChangesAsync(resumed)).Select(c => c.Cursor));
        await Store.DisposeAsync();
        Store = await engine.CreateStoreAsync(TestCatalog.Create(), Clock); // carried over once: the old table is gone
        Assert.Equal(resumed, await Store.GetCursorAsync("materializer"));
    }

    [Fact]
    public async Task CursorsStartAtZeroAndRemember()
    {
        Assert.Equal(FeedCursor.Start, await Store.GetCursorAsync("materializer"));
        await Store.SetCursorAsync("materializer", new FeedCursor(7, 42));
        await Store.SetCursorAsync("materializer", new FeedCursor(8, 43));
        Assert.Equal(new FeedCursor(8, 43), await Store.GetCursorAsync("materializer"));
    }

    [Fact]
    public async Task ConcurrentSavesOfTheSameRecordLetOneWinAndRejectTheOther()
    {
        var (hh, _) = await SeedFamilyAsync();
        var tasks = Enumerable.Range(0, 6).Select(async i =>
        {
            var s = Store.OpenSession("cadre-" + i, ChangeSource.Form);
            s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 10 + i }, Jan1);
            try { await s.SaveChangesAsync(); return true; }
            catch (ConcurrencyConflictException) { return false; }
        }).ToList();
        var outcomes = await Task.WhenAll(tasks);

        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(2, (await Store.GetAsync(hh))!.Version);
        Assert.True((await Store.VerifyAsync(VillageA)).IsIntact);
    }

    [Fact]
    public async Task ConcurrentSavesInTwoVillagesKeepEachVillagesChainIntactAndTheFeedComplete()
    {
        var start = await SettledFeed.EndAsync(Store);
        var saves = Enumerable.Range(0, 16).Select(async i =>
        {
            var s = Store.OpenSession("cadre-" + i, ChangeSource.Form);
            s.Create("household", i % 2 == 0 ? VillageA : VillageB, new Dictionary<string, object?> { ["head_name"] = "户主" + i }, Jan1);
            await s.SaveChangesAsync();
        });
        await Task.WhenAll(saves);

        foreach (var village in new[] { VillageA, VillageB })
        {
            var chain = await Store.VerifyAsync(village);
            Assert.True(chain.IsIntact);
            Assert.Equal(8, chain.EventsChecked);
        }
        var changes = await SettledFeed.ChangesAsync(Store, start, 16);
        Assert.Equal(16, changes.Count);
        Assert.Equal(changes.Select(c => c.Cursor).Order(), changes.Select(c => c.Cursor));
    }
}

public sealed class SqliteStoreContractTests() : StoreContractTests(new SqliteEngine())
{
    [Fact]
    public Task AFeedPositionKeptTheOldWayIsCarriedOverOnStartOfTheSchema() => AFeedPositionKeptTheOldWayIsCarriedOverOnStart();
}

public sealed class MartenStoreContractTests() : StoreContractTests(new MartenEngine());

/// <summary>The same contract through the sharded store, the county on the second server (issue 17, item 3).</summary>
public sealed class ShardedStoreContractTests() : StoreContractTests(new ShardedEngine());
