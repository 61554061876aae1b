using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Validation;
using FormHub.Distribution;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Shards;
using FormHub.Storage.Templates;
using Npgsql;

namespace FormHub.Cli.Tests;

/// <summary>
/// A province on two PostgreSQL servers (issue 17, item 3): four counties as tenants, two on each server's database, behind
/// the sharded store the CLI and server open from FORMHUB_SHARDS. Both servers come from ./test.sh
/// (FORMHUB_TEST_POSTGRES and FORMHUB_TEST_POSTGRES_2); each test uses a fresh schema on both.
/// </summary>
public sealed class ProvinceShardTests : IAsyncLifetime
{
    private const string Province = "360000000000";
    private const string CityJian = "360800000000";
    private const string CityYichun = "360900000000";

    /// <summary>County → shard: 吉安市 has counties on both shards, 宜春市 one on the second.</summary>
    private static readonly (string County, string Shard)[] Placement =
        [("360821000000", "a"), ("360822000000", "a"), ("360823000000", "b"), ("360921000000", "b")];

    /// <summary>A county the regions know but the layout places nowhere.</summary>
    private const string UnplacedCounty = "360922000000";

    private const string DibaoTemplate = """
        id: dibao
        version: 1
        title: 低保月报
        department: 民政
        period: monthly
        columns:
          - id: persons
            title: 低保人数
            value: "sum(households, 'dibao_persons', {dibao_status: '在保'})"
          - id: hh
            title: 低保户数
            value: "count(households, {dibao_status: '在保'})"
        """;

    private readonly string _schema = "shard_" + Guid.NewGuid().ToString("N");
    private readonly string _root = Directory.CreateTempSubdirectory("formhub-shards-").FullName;
    private readonly FieldCatalog _catalog = CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog"));
    private readonly Period _month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly);
    private readonly List<string> _otherSchemas = [];
    private string _serverA = null!;
    private string _serverB = null!;
    private IFormHubStore _store = null!;

    private static string Server(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } cs ? cs
        : throw new InvalidOperationException($"{variable} is not set: run the tests with ./test.sh, which starts two PostgreSQL servers");

    public async Task InitializeAsync()
    {
        _serverA = Server("FORMHUB_TEST_POSTGRES");
        _serverB = Server("FORMHUB_TEST_POSTGRES_2");
        Assert.NotEqual(new NpgsqlConnectionStringBuilder(_serverA).Port, new NpgsqlConnectionStringBuilder(_serverB).Port);
        _store = await OpenStoreAsync(_serverA);
        await _store.SaveRegionsAsync(Regions());
    }

    /// <summary>
    /// The province's store over this test's schema (or <paramref name="schema"/>, a fresh one seeded with
    /// <paramref name="catalog"/> and the regions), with shard a reached through <paramref name="serverA"/>.
    /// </summary>
    private async Task<IFormHubStore> OpenStoreAsync(string serverA, FieldCatalog? catalog = null, string? schema = null)
    {
        if (schema is not null) _otherSchemas.Add(schema);
        var layout = Path.Combine(_root, $"shards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(layout, System.Text.Json.JsonSerializer.Serialize(new
        {
            shards = new[] { new { name = "a", connection = serverA }, new { name = "b", connection = _serverB } },
            counties = Placement.ToDictionary(p => p.County[..6], p => p.Shard),
        }));
        var store = await FormHubStoreFactory.OpenAsync(new StorageOptions
        {
            ShardLayoutFile = layout, PostgresSchema = schema ?? _schema, DataDirectory = Path.Combine(_root, "data"), AuditKeyFile = Path.Combine(_root, "audit.key"),
        }, catalog ?? _catalog);
        if (schema is not null) await store.SaveRegionsAsync(Regions());
        return store;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        foreach (var server in new[] { _serverA, _serverB })
        foreach (var schema in _otherSchemas.Append(_schema))
            await ExecuteAsync(server, $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>江西省 › 吉安市, 宜春市 › the placed counties › one township each › two villages each.</summary>
    private static List<OrgUnit> Regions()
    {
        var units = new List<OrgUnit> { new(RegionCode.Parse(Province), "江西省"), new(RegionCode.Parse(CityJian), "吉安市"), new(RegionCode.Parse(CityYichun), "宜春市") };
        foreach (var county in Placement.Select(p => p.County)) units.AddRange(CountyUnits(county));
        return units;
    }

    private static List<OrgUnit> CountyUnits(string county)
    {
        var c = county[..6];
        return [new(RegionCode.Parse(county), $"县{c}"), new(RegionCode.Parse($"{c}100000"), $"镇{c}"),
            new(RegionCode.Parse($"{c}100200"), $"村{c}甲"), new(RegionCode.Parse($"{c}100201"), $"村{c}乙")];
    }

    private static IEnumerable<string> VillagesOf(string county) => [county[..6] + "100200", county[..6] + "100201"];

    /// <summary>Each village gets households in 在保 with a few persons each, and one not in 保; returns 低保人数 per village.</summary>
    private async Task<Dictionary<string, decimal>> SeedAsync()
    {
        var expected = new Dictionary<string, decimal>();
        var n = 0;
        foreach (var village in Placement.SelectMany(p => VillagesOf(p.County)))
        {
            n++;
            var session = _store.OpenSession("seed", ChangeSource.Import);
            decimal persons = 0;
            for (var h = 0; h < 1 + n % 3; h++)
            {
                var size = 1 + (n + h) % 4;
                persons += size;
                session.Create("household", village, new Dictionary<string, object?> { ["name"] = $"户{n}-{h}", ["dibao_status"] = "在保", ["dibao_persons"] = size }, new DateOnly(2026, 1, 1));
            }
            session.Create("household", village, new Dictionary<string, object?> { ["name"] = $"户{n}-x", ["dibao_status"] = "停保", ["dibao_persons"] = 9 }, new DateOnly(2026, 1, 1));
            await session.SaveChangesAsync();
            expected[village] = persons;
        }
        return expected;
    }

    private ReportDeriver Deriver()
    {
        var template = new TemplateCompiler(_catalog).Compile(TemplateLoader.Load("dibao.yaml", DibaoTemplate));
        return new ReportDeriver(_store, new TemplateLibrary([template]), new TemplateEvaluator(), new NarrativeRenderer());
    }

    private async Task<decimal?> PersonsAsync(ReportDeriver deriver, string unit) =>
        (await deriver.GetRowAsync("dibao", 1, _month.Key, unit))?["persons"] as decimal?;

    [Fact]
    public async Task TheProvinceRowIsTheSumOfItsCountiesOnBothServersLiveAndAfterApproval()
    {
        var expected = await SeedAsync();
        var deriver = Deriver();

        // One live materializer per shard's change feed; each derives its own counties and rolls up to the province.
        var materializers = ShardedFormHubStore.FeedsOf(_store).Select(feed => new LiveReportMaterializer(feed, deriver)).ToList();
        Assert.Equal(2, materializers.Count);
        var total = expected.Values.Sum();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await PersonsAsync(deriver, Province) != total)
        {
            Assert.True(DateTime.UtcNow < deadline, $"province row {await PersonsAsync(deriver, Province)} never reached {total}");
            foreach (var m in materializers) await m.ProcessPendingAsync();
            await Task.Delay(100);
        }
        await AssertRollupsAsync(deriver, expected);

        // Approve the month in every village (submit, then approve: the workflow derives and freezes the rows).
        var regions = new RegionDirectory(_store, TimeProvider.System);
        var workflow = new SubmissionWorkflow(_store, deriver, new FilingCalendar(deriver.Library, TimeProvider.System), regions, TimeProvider.System);
        var tree = new RegionTree(await _store.GetRegionsAsync());
        foreach (var village in expected.Keys)
        {
            var unit = tree.Find(village)!;
            var submitted = await workflow.SubmitAsync(new Actor("cadre"), unit, _month, 0, default);
            await workflow.ApproveAsync(new Actor("reviewer"), unit, _month, submitted.Version, null, default);
        }
        var approved = await _store.ListSubmissionsAsync(Province, _month.Key);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), approved.Select(s => s.VillageCode));
        Assert.All(approved, s => Assert.Equal(SubmissionStatus.Approved, s.Status));

        // A cold rebuild of the whole province reads every shard and keeps the approved rows.
        await deriver.RebuildAsync(RegionCode.Parse(Province), _month);
        await AssertRollupsAsync(deriver, expected);
        Assert.Equal(total, await PersonsAsync(deriver, Province));

        // The province and city rows, read back across shards, are each the sum of their county rows.
        var counties = await deriver.GetRowsAsync("dibao", 1, _month.Key, Province, OrgLevel.County);
        Assert.Equal(Placement.Select(p => p.County), counties.Select(r => r.UnitCode));
        Assert.Equal(counties.Sum(r => (decimal)r["persons"]!), await PersonsAsync(deriver, Province));
        Assert.Equal(counties.Sum(r => (decimal)r["hh"]!), (await deriver.GetRowAsync("dibao", 1, _month.Key, Province))!["hh"]);

        // The department's view of the province: completeness counts the villages of both shards, and the approved-only
        // table (rolled up from approved village rows of every shard) totals the same.
        var template = deriver.Library.InForce("dibao", _month)!;
        var province = tree.Find(Province)!;
        var completeness = new CompletenessCalculator(_store, regions, TimeProvider.System);
        var filed = await completeness.ForAsync(template, _month, province, default);
        Assert.Equal((expected.Count, expected.Count), (filed.Villages, filed.Approved));
        var builder = new ReportTableBuilder(deriver, regions, completeness, new PrintPages(RepositoryRoot.Templates, deriver.Library), TimeProvider.System);
        var (table, _) = await builder.BuildAsync(template, _month, province, ReportDepth.Full, "民政厅", default, approvedOnly: true);
        Assert.Equal(expected.Count, table.Rows.Count(r => r.Kind == Exports.ReportRowKind.Unit));
        Assert.Equal(total, table.Rows.Single(r => r.Kind == Exports.ReportRowKind.Total).Values[0]);
    }

    [Fact]
    public async Task TwoShardsRollingTheSameCityUpAtOnceLeaveItAndTheProvinceTheSumOfTheirCounties()
    {
        var expected = await SeedAsync();
        var deriver = Deriver();
        await deriver.RebuildAsync(RegionCode.Parse(Province), _month);
        // A new household in a county of each shard, both in 吉安市.
        var changed = new[] { ("360821100200", 5m), ("360823100200", 7m) };
        foreach (var (village, persons) in changed)
        {
            var session = _store.OpenSession("cadre", ChangeSource.Form);
            session.Create("household", village, new Dictionary<string, object?> { ["name"] = "新户", ["dibao_status"] = "在保", ["dibao_persons"] = persons }, new DateOnly(2026, 1, 1));
            await session.SaveChangesAsync();
            expected[village] += persons;
        }

        // Each shard's materializer re-derives its village and rolls up. The first to read 吉安市's county rows goes on only
        // once the other has written the city (or after 5 s): unheld, it then writes last a city, and a province, that miss
        // the other shard's new county row.
        var racing = StaleCityRollup.Around(_store, CityJian, TimeSpan.FromSeconds(5));
        var live = new ReportDeriver(racing, deriver.Library, new TemplateEvaluator(), new NarrativeRenderer());
        var tree = await live.LoadRegionsAsync();
        var work = new[] { (deriver.Library.InForce("dibao", _month)!, _month) };
        await Task.WhenAll(changed.Select(c => Task.Run(() => live.RefreshVillageAsync(tree, tree.Find(c.Item1)!, work))));

        Assert.Equal(2, StaleCityRollup.ReadsOf(racing));
        await AssertRollupsAsync(deriver, expected);
    }

    [Fact]
    public async Task AProvinceRebuildRollsTheCityUpUnderTheHoldALiveSaveTakes()
    {
        var expected = await SeedAsync();
        var deriver = Deriver();
        await deriver.RebuildAsync(RegionCode.Parse(Province), _month);
        var tree = await deriver.LoadRegionsAsync();
        var work = new[] { (deriver.Library.InForce("dibao", _month)!, _month) };

        // While the rebuild rolls 吉安市 up (its county rows read), a cadre saves a household in 县360823 (shard b) and that
        // shard's materializer refreshes it up to the city; the rebuild's read is handed back once that pass is done or
        // after 5 s. Unheld, the pass writes the city first and the rebuild then writes one without the new household.
        const string village = "360823100200";
        Task? live = null;
        var racing = LiveSaveDuringCityRead.Around(_store, CityJian, () => live = Task.Run(async () =>
        {
            var session = _store.OpenSession("cadre", ChangeSource.Form);
            session.Create("household", village, new Dictionary<string, object?> { ["name"] = "新户", ["dibao_status"] = "在保", ["dibao_persons"] = 7 }, new DateOnly(2026, 1, 1));
            await session.SaveChangesAsync();
            await deriver.RefreshVillageAsync(tree, tree.Find(village)!, work);
        }), TimeSpan.FromSeconds(5));
        var rebuild = new ReportDeriver(racing, deriver.Library, new TemplateEvaluator(), new NarrativeRenderer());
        await rebuild.RebuildAsync(RegionCode.Parse(Province), _month);
        Assert.NotNull(live);
        await live.WaitAsync(TimeSpan.FromSeconds(30));
        expected[village] += 7;

        // The city is read twice: under the hold, and again by the rebuild's catch-up, which derives the village saved
        // while it ran once more with the rollups above it.
        Assert.Equal(2, LiveSaveDuringCityRead.ReadsOf(racing));
        await AssertRollupsAsync(deriver, expected);
    }

    [Fact]
    public async Task ADuplicateIdNumberHeldInCountiesOnTwoShardsIsListedForTheProvinceTheCityAndEachCounty()
    {
        // Registered before saves checked the other shards (here: straight on shard b, behind the province's check): one
        // number in 县360821 (a) and 县360823 (b), both in 吉安市; another in 县360822 (a, 吉安市) and 县360921 (b, 宜春市).
        var shardB = ((ShardedFormHubStore)_store).Shards["b"];
        var (inJian, acrossCities, moved) = (IdNumber(1), IdNumber(2), IdNumber(3));
        var zhang = await RegisterAsync("360821100200", inJian, "张三");
        var zhangAgain = await RegisterAsync(shardB, "360823100201", inJian, "张三");
        var li = await RegisterAsync("360822100200", acrossCities, "李四");
        var liAgain = await RegisterAsync(shardB, "360921100200", acrossCities, "李四");
        // Held twice once, but one holder has since moved out (retired): no longer a duplicate.
        await RegisterAsync("360821100201", moved, "王五");
        var wangGone = await RegisterAsync(shardB, "360823100200", moved, "王五");
        var retire = _store.OpenSession("cadre", ChangeSource.Form);
        retire.Retire(wangGone, 1, new DateOnly(2026, 3, 1), RetirementReason.MovedOut);
        await retire.SaveChangesAsync();

        // Each number listed with its holders' ids.
        async Task<List<string>> ListedAsync(string unit) =>
            (await _store.FindDuplicateIdentitiesAsync(RegionCode.Parse(unit))).Select(d => $"{d.IdNumber}: {string.Join(", ", d.Holders.Select(h => h.Record.Id))}").ToList();

        // The province and a city see every number held under them on one shard and anywhere on another, with every
        // holder (in village order), wherever it lives; a county sees the numbers its own records hold.
        List<string> both = [$"{inJian}: {zhang}, {zhangAgain}", $"{acrossCities}: {li}, {liAgain}"];
        Assert.Equal(both, await ListedAsync(Province));
        Assert.Equal(both, await ListedAsync(CityJian));
        Assert.Equal([both[1]], await ListedAsync(CityYichun));
        Assert.Equal([both[0]], await ListedAsync("360821000000"));
        Assert.Equal([both[0]], await ListedAsync("360823000000"));
        Assert.Equal([both[1]], await ListedAsync("360822000000"));
        Assert.Equal([both[1]], await ListedAsync("360921000000"));

        // The holder on the other shard is described as one database describes it (its village, township and household
        // head), for the duplicates board to show outside the viewer's scope masked.
        var seenFromB = Assert.Single(await _store.FindDuplicateIdentitiesAsync(RegionCode.Parse("360823000000")));
        var other = seenFromB.Holders.Single(h => h.Record.Id == zhang).Holder;
        Assert.Equal(("360821100200", "村360821甲", "镇360821", "张三"), (other.VillageCode, other.VillageName, other.TownshipName, other.HouseholdHead));

        // Resolved by retiring the second record (重复录入): gone from every view.
        var resolve = _store.OpenSession("reviewer", ChangeSource.Form);
        resolve.Retire(zhangAgain, 1, new DateOnly(2026, 3, 1), RetirementReason.Duplicate);
        await resolve.SaveChangesAsync();
        Assert.Equal([both[1]], await ListedAsync(Province));
        Assert.Empty(await ListedAsync("360823000000"));
    }

    private static string IdNumber(int serial)
    {
        var first17 = $"360821195003{serial:D2}{serial % 1000:D3}";
        return first17 + ChineseIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>A household with its head, the given ID number, in <paramref name="village"/>; returns the person's id.</summary>
    private Task<Guid> RegisterAsync(string village, string idNumber, string name = "张三") => RegisterAsync(_store, village, idNumber, name);

    private static async Task<Guid> RegisterAsync(IFormHubStore store, string village, string idNumber, string name)
    {
        var session = store.OpenSession("cadre", ChangeSource.Form);
        var household = session.Create("household", village, new Dictionary<string, object?> { ["name"] = name }, new DateOnly(2026, 1, 1));
        var person = session.Create("person", village, new Dictionary<string, object?>
        {
            ["name"] = name, ["id_number"] = idNumber, ["household"] = household.ToString(), ["relation_to_head"] = "户主",
        }, new DateOnly(2026, 1, 1));
        await session.SaveChangesAsync();
        return person;
    }

    [Fact]
    public async Task AnIdNumberHeldByALiveRecordOnAnotherShardIsRefusedAsInOneDatabase()
    {
        // 张三 lives in 县360821 (shard a). Registering his number in 县360823 (shard b) is refused as one database refuses it.
        var number = IdNumber(11);
        var zhang = await RegisterAsync("360821100200", number);
        var refused = await Assert.ThrowsAsync<StoreValidationException>(() => RegisterAsync("360823100201", number, "张三丰"));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("id_number", error.Field);
        Assert.Equal("「公民身份号码」：该号码已登记在镇360821村360821甲（户主 张*），同一个人不能登记两次。如是迁入，请原村先办理迁出注销；如是录入错误，请核对号码",
            error.Message.Zh);
        Assert.Equal(zhang, error.ExistingHolder!.EntityId);
        Assert.Equal(0, (await _store.ListAsync(new EntityQuery("360823100201", "household"))).Total);

        // A person already on shard b taking the number by a change is refused the same way, and keeps his own.
        var other = await RegisterAsync("360823100201", IdNumber(12), "李四");
        var change = _store.OpenSession("cadre", ChangeSource.Form);
        change.Change(other, 1, new Dictionary<string, object?> { ["id_number"] = number }, new DateOnly(2026, 2, 1));
        var changed = await Assert.ThrowsAsync<StoreValidationException>(() => change.SaveChangesAsync());
        Assert.Contains("同一个人不能登记两次", Assert.Single(changed.Errors).Message.Zh);
        Assert.Equal(IdNumber(12), (await _store.GetAsync(other))!.Fields["id_number"]);
        // A change that leaves the number alone goes through.
        var rename = _store.OpenSession("cadre", ChangeSource.Form);
        rename.Change(other, 1, new Dictionary<string, object?> { ["name"] = "李四光", ["id_number"] = IdNumber(12) }, new DateOnly(2026, 2, 1));
        await rename.SaveChangesAsync();

        // Moving: once 县360821 retires his record (迁出), 县360823 registers him.
        var retire = _store.OpenSession("cadre", ChangeSource.Form);
        retire.Retire(zhang, 1, new DateOnly(2026, 3, 1), RetirementReason.MovedOut);
        await retire.SaveChangesAsync();
        var moved = await RegisterAsync("360823100201", number);
        Assert.Equal("360823100201", (await _store.GetAsync(moved))!.VillageCode);
    }

    [Fact]
    public async Task TwoShardsRegisteringOneNumberAtOnceKeepOneRecord()
    {
        for (var round = 0; round < 6; round++)
        {
            var number = IdNumber(20 + round);
            var saves = await Task.WhenAll(new[] { "360821100200", "360823100200" }.Select(village => Task.Run(async () =>
            {
                try
                {
                    await RegisterAsync(village, number);
                    return true;
                }
                catch (StoreValidationException e) when (e.Errors.Single().Message.Zh.Contains("同一个人不能登记两次"))
                {
                    return false;
                }
            })));
            Assert.Equal(1, saves.Count(saved => saved));
            Assert.Single(await _store.FindIdNumberHoldersAsync([number]));
        }
    }

    /// <summary>The catalog with a person's ID number optional (as a province may configure it).</summary>
    private FieldCatalog RelaxedCatalog()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, "catalog-relaxed")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Templates, "catalog")))
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        var person = Path.Combine(directory, "person.yaml");
        var text = File.ReadAllText(person);
        var at = text.IndexOf("validation: {required: true}", text.IndexOf("- name: id_number", StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(person, text.Remove(at, "validation: {required: true}".Length).Insert(at, "validation: {required: false}"));
        return CatalogLoader.LoadDirectory(directory);
    }

    /// <summary>A person (with household) in <paramref name="village"/> added to a load, with or without an ID number.</summary>
    private static Guid AddPerson(IBulkStoreSession load, string village, string name, string? idNumber)
    {
        var household = load.Create("household", village, new Dictionary<string, object?> { ["name"] = name }, new DateOnly(2026, 1, 1));
        var fields = new Dictionary<string, object?> { ["name"] = name, ["household"] = household.ToString(), ["relation_to_head"] = "户主" };
        if (idNumber is not null) fields["id_number"] = idNumber;
        return load.Create("person", village, fields, new DateOnly(2026, 1, 1));
    }

    [Fact]
    public async Task ASaveRegisteringANumberDuringACountyLoadIsRefusedToRetryAndTheLoadCommits()
    {
        // A province whose persons may be entered without their number. A load on shard b: its first batch carries no ID
        // number, its second gives one by a change of a record of the load (checked against the other shards like a new
        // person's), its third creates people with numbers.
        await using var store = await OpenStoreAsync(_serverA, RelaxedCatalog(), _schema + "_relaxed");
        await using var load = store.OpenBulkSession("loader", ChangeSource.Import);
        var early = AddPerson(load, "360823100200", "王五", null);
        await load.FlushAsync();
        load.Change(early, 1, new Dictionary<string, object?> { ["id_number"] = IdNumber(13) }, new DateOnly(2026, 1, 2));
        await load.FlushAsync();

        // Meanwhile registering a number, on the load's shard or the other, waits a few seconds and is refused as busy,
        // with nothing written — not left stalling behind the load (nor, on shard b, deadlocked with it).
        foreach (var village in new[] { "360823100201", "360821100201" })
        {
            var started = DateTime.UtcNow;
            var busy = await Assert.ThrowsAsync<ImportBusyException>(() => RegisterAsync(store, village, IdNumber(14), "赵六"));
            Assert.Contains("请稍后再试", busy.Text.Zh);
            Assert.InRange(DateTime.UtcNow - started, ImportBusyException.Wait * 0.9, ImportBusyException.Wait * 4);
            Assert.Equal(0, (await store.ListAsync(new EntityQuery(village, "household"))).Total);
        }

        AddPerson(load, "360823100200", "钱七", IdNumber(15));
        await load.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));
        await load.CommitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(await store.FindIdNumberHoldersAsync([IdNumber(13)]));
        Assert.Single(await store.FindIdNumberHoldersAsync([IdNumber(15)]));

        // Once the load is in, the same save goes through.
        await RegisterAsync(store, "360821100201", IdNumber(14), "赵六");
    }

    [Fact]
    public async Task ALoadGivingARecordItCreatedANumberHeldOnAnotherShardIsRefused()
    {
        // A province whose persons may be entered without their number. 张三 is registered in 县360821 (shard a).
        await using var store = await OpenStoreAsync(_serverA, RelaxedCatalog(), _schema + "_late");
        var number = IdNumber(4);
        var zhang = await RegisterAsync(store, "360821100200", number, "张三");

        // A load on shard b enters a person without a number in one batch and gives him 张三's in a later one: the record
        // is only in the load's transaction, which the other shards' look-up does not need, but its type is.
        await using (var load = store.OpenBulkSession("loader", ChangeSource.Import))
        {
            var early = AddPerson(load, "360823100200", "张三", null);
            await load.FlushAsync();
            load.Change(early, 1, new Dictionary<string, object?> { ["id_number"] = number }, new DateOnly(2026, 1, 2));
            var refused = await Assert.ThrowsAsync<StoreValidationException>(() => load.FlushAsync());
            var error = Assert.Single(refused.Errors);
            Assert.Contains("同一个人不能登记两次", error.Message.Zh);
            Assert.Equal(zhang, error.ExistingHolder!.EntityId);
        }
        // Nothing of the load was kept.
        Assert.Equal(0, (await store.ListAsync(new EntityQuery("360823100200", "household"))).Total);

        // The same for a number corrected within the load: created with one, changed in the next batch to 张三's.
        await using (var load = store.OpenBulkSession("loader", ChangeSource.Import))
        {
            var corrected = AddPerson(load, "360823100201", "张山", IdNumber(5));
            await load.FlushAsync();
            load.Change(corrected, 1, new Dictionary<string, object?> { ["id_number"] = number }, new DateOnly(2026, 1, 2));
            Assert.Contains("同一个人不能登记两次", Assert.Single((await Assert.ThrowsAsync<StoreValidationException>(() => load.FlushAsync())).Errors).Message.Zh);
        }
        Assert.Equal([zhang], (await store.FindIdNumberHoldersAsync([number, IdNumber(5)])).Select(h => h.Record.Id));

        // A number nobody holds, given the same way, goes in with the load.
        await using (var load = store.OpenBulkSession("loader", ChangeSource.Import))
        {
            var late = AddPerson(load, "360823100200", "李四", null);
            await load.FlushAsync();
            load.Change(late, 1, new Dictionary<string, object?> { ["id_number"] = IdNumber(6) }, new DateOnly(2026, 1, 2));
            await load.CommitAsync();
            Assert.Equal([late], (await store.FindIdNumberHoldersAsync([IdNumber(6)])).Select(h => h.Record.Id));
        }
    }

    [Fact]
    public async Task ALoadOutlivingTheHomeServersIdleTransactionLimitStillCommits()
    {
        // Server a (the home shard, where the province's ID-number lock is held, idle while the load writes to b) ends
        // transactions idle for half a second.
        await using var store = await OpenStoreAsync(_serverA + ";Options=-c idle_in_transaction_session_timeout=500");
        await using var load = store.OpenBulkSession("loader", ChangeSource.Import);
        AddPerson(load, "360823100200", "孙八", IdNumber(16));
        await load.FlushAsync();
        await Task.Delay(1_500);
        AddPerson(load, "360823100201", "周九", IdNumber(17));
        await load.CommitAsync();
        Assert.Single(await store.FindIdNumberHoldersAsync([IdNumber(16)]));
        Assert.Single(await store.FindIdNumberHoldersAsync([IdNumber(17)]));
    }

    private async Task AssertRollupsAsync(ReportDeriver deriver, Dictionary<string, decimal> expected)
    {
        foreach (var (county, _) in Placement)
            Assert.Equal(VillagesOf(county).Sum(v => expected[v]), await PersonsAsync(deriver, county));
        Assert.Equal(expected.Where(e => e.Key.StartsWith("3608")).Sum(e => e.Value), await PersonsAsync(deriver, CityJian));
        Assert.Equal(expected.Where(e => e.Key.StartsWith("3609")).Sum(e => e.Value), await PersonsAsync(deriver, CityYichun));
        Assert.Equal(expected.Values.Sum(), await PersonsAsync(deriver, Province));
    }

    [Fact]
    public async Task ACountysDataIsOnlyInItsShardsDatabase()
    {
        var expected = await SeedAsync();
        var deriver = Deriver();
        await deriver.RebuildAsync(RegionCode.Parse(Province), _month);
        var tree = new RegionTree(await _store.GetRegionsAsync());
        var workflow = new SubmissionWorkflow(_store, deriver, new FilingCalendar(deriver.Library, TimeProvider.System), new RegionDirectory(_store, TimeProvider.System),
            TimeProvider.System);
        foreach (var village in expected.Keys)
            await workflow.SubmitAsync(new Actor("cadre"), tree.Find(village)!, _month, 0, default);

        foreach (var (server, shard) in new[] { (_serverA, "a"), (_serverB, "b") })
        {
            var mine = Placement.Where(p => p.Shard == shard).Select(p => p.County[..6]).Order().ToList();
            Assert.Equal(mine, await ColumnAsync(server, "SELECT DISTINCT left(village_code, 6) FROM mt_doc_entities ORDER BY 1"));
            Assert.Equal(mine, await ColumnAsync(server, "SELECT DISTINCT left(stream_id, 6) FROM mt_events ORDER BY 1"));
            Assert.Equal(mine, await ColumnAsync(server, "SELECT DISTINCT left(data ->> 'villageCode', 6) FROM mt_doc_submissions ORDER BY 1"));
            // Village, township and county rows of its own counties; city and province rows only on the home shard.
            var units = await ColumnAsync(server, "SELECT DISTINCT data ->> 'unitCode' FROM mt_doc_report_rows ORDER BY 1");
            Assert.Equal(mine, units.Where(u => !u.EndsWith("00000000")).Select(u => u[..6]).Distinct().Order().ToList());
            Assert.Equal(shard == "a" ? [Province, CityJian, CityYichun] : [], units.Where(u => u.EndsWith("00000000")).Order().ToList());
        }
        // The definitions are on the home shard; a catalog version saved through the store is copied to the other shard.
        await _store.AppendTemplateLogAsync([new TemplateLogEntry(0, "dibao", TemplateLogKind.Published, 1, DibaoTemplate, null, "admin", DateTimeOffset.UtcNow, "test")], 0);
        await _store.SaveCatalogAsync(_store.Catalog, _store.CatalogVersion, "admin", "新版本");
        Assert.Equal(["1", "2"], await ColumnAsync(_serverB, "SELECT id::text FROM mt_doc_catalog_versions ORDER BY id"));
        Assert.NotEmpty(await ColumnAsync(_serverA, "SELECT id::text FROM mt_doc_template_log"));
        Assert.Empty(await ColumnAsync(_serverB, "SELECT id::text FROM mt_doc_template_log"));
        Assert.Equal(await ColumnAsync(_serverA, "SELECT id::text FROM mt_doc_catalog_versions ORDER BY id"),
            await ColumnAsync(_serverB, "SELECT id::text FROM mt_doc_catalog_versions ORDER BY id"));
    }

    [Fact]
    public async Task ACountyPlacedOnNoShardAndASaveAcrossShardsAreRefusedWithNothingWritten()
    {
        // A county added to the regions but not yet to the layout.
        await _store.SaveRegionsAsync(CountyUnits(UnplacedCounty));
        var unplaced = _store.OpenSession("cadre", ChangeSource.Form);
        unplaced.Create("household", UnplacedCounty[..6] + "100200", new Dictionary<string, object?> { ["name"] = "户" }, new DateOnly(2026, 1, 1));
        var notPlaced = await Assert.ThrowsAsync<CountyNotPlacedException>(() => unplaced.SaveChangesAsync());
        Assert.Contains("未分配到任何数据库分片", notPlaced.Text.Zh);

        var across = _store.OpenSession("cadre", ChangeSource.Form);
        across.Create("household", "360821100200", new Dictionary<string, object?> { ["name"] = "甲" }, new DateOnly(2026, 1, 1));
        across.Create("household", "360823100200", new Dictionary<string, object?> { ["name"] = "乙" }, new DateOnly(2026, 1, 1));
        var refused = await Assert.ThrowsAsync<CrossShardSaveException>(() => across.SaveChangesAsync());
        Assert.Equal(["a", "b"], refused.ShardNames);
        Assert.Equal(0, (await _store.CountAsync()).Entities);
    }

    private async Task<List<string>> ColumnAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET search_path TO \"{_schema}\"; {sql}", connection);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
