using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Validation;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

public sealed class SeedCommandTests : IDisposable
{
    private const string County = "360835000000";   // 清溪县
    private const string AddressCode = "360835";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Today in China, as the seed dates its history.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>The seeded months: the two before the current one, and the current one.</summary>
    private static IReadOnlyList<Period> SeededMonths()
    {
        var current = Period.Containing(Today, PeriodType.Monthly);
        return [current.Previous.Previous, current.Previous, current];
    }

    private Task<CliResult> SeedTinyAsync(params string[] extra) =>
        _cli.RunAsync(["seed", "--villages", "3", "--persons-per-village", "30", .. extra]);

    private static async Task<List<string>> VillagesAsync(IFormHubStore store) =>
        (await store.GetRegionsAsync()).Where(u => u.Level == OrgLevel.Village).Select(u => u.Code.Value).ToList();

    private static async Task<List<EntityDocument>> AllAsync(IFormHubStore store, string village, string type) =>
        (await store.ListAsync(new EntityQuery(village, type) { IncludeRetired = true, Take = 10_000 })).Items.ToList();

    [Fact]
    public async Task ATinyCountyGetsResidentsWithValidIdNumbersThatFitTheirHouseholds()
    {
        var seed = await SeedTinyAsync();

        Assert.True(seed.ExitCode == 0, seed.ToString());
        Assert.Contains("已生成演示县 清溪县（360835000000）：", seed.Out);
        Assert.Contains("3 个村", seed.Out);
        Assert.Matches(@"报表 [\d,]+ 行（14 个模板）", seed.Out);
        Assert.Matches(@"用时 \d+\.\d 秒", seed.Out);
        Assert.Equal("", seed.Err);

        await using var store = await _cli.OpenStoreAsync();
        var villages = await VillagesAsync(store);
        Assert.Equal(3, villages.Count);

        // One demo account per role, scoped to the seeded units, with a hashed password.
        var accounts = await store.ListAccountsAsync();
        Assert.Equal([FormHub.Storage.Accounts.AccountRole.Cadre, FormHub.Storage.Accounts.AccountRole.Reviewer,
            FormHub.Storage.Accounts.AccountRole.Department, FormHub.Storage.Accounts.AccountRole.Admin], accounts.Select(a => a.Role));
        var cadre = accounts[0];
        Assert.Contains(cadre.CaptureScope, villages);
        Assert.True(FormHub.Storage.Accounts.PasswordHashing.Verify(cadre, "FormHub2026"));
        Assert.Equal("360835000000", accounts.Single(a => a.Role == FormHub.Storage.Accounts.AccountRole.Department).ViewScope);
        Assert.Contains("演示账号", seed.Out);
        var seen = new HashSet<string>();
        var persons = 0;
        foreach (var village in villages)
        {
            var households = (await AllAsync(store, village, "household")).ToDictionary(h => h.Id.ToString());
            Assert.NotEmpty(households);
            var people = await AllAsync(store, village, "person");
            var byHousehold = people.GroupBy(p => (string)p["household"]!).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var person in people)
            {
                persons++;
                var id = (string)person["id_number"]!;
                var parsed = ChineseIdNumber.Validate(id, Today);
                Assert.True(parsed.IsValid, $"{person["name"]} {id}: {parsed.Error?.Zh}");
                Assert.StartsWith(AddressCode, id);
                Assert.True(seen.Add(id), $"ID number {id} issued twice");
                Assert.True(households.ContainsKey((string)person["household"]!), $"{person["name"]} points at a household of another village");
                if (person["phone"] is string phone) Assert.True(MobileNumber.Validate(phone).IsValid, phone);
            }

            // Relations fit the ages and sexes the ID numbers give: a spouse is of the other sex, parents are a
            // generation older than the head, children a generation younger, grandchildren two.
            foreach (var (householdId, members) in byHousehold)
            {
                var heads = members.Where(m => (string?)m["relation_to_head"] == "户主").ToList();
                Assert.Single(heads);
                var head = ChineseIdNumber.Validate((string)heads[0]["id_number"]!, Today).Value!;
                Assert.Equal(households[householdId]["name"], heads[0]["name"]);
                foreach (var member in members)
                {
                    var who = ChineseIdNumber.Validate((string)member["id_number"]!, Today).Value!;
                    var years = (head.BirthDate.DayNumber - who.BirthDate.DayNumber) / 365.25;
                    switch ((string?)member["relation_to_head"])
                    {
                        case "配偶":
                            Assert.NotEqual(head.Gender, who.Gender);
                            break;
                        case "父母":
                            Assert.True(years >= 18, $"{member["name"]} is only {years:0} years older than the head");
                            break;
                        case "子女":
                            Assert.True(-years >= 18, $"{member["name"]} is only {-years:0} years younger than the head");
                            break;
                        case "孙子女":
                            Assert.True(-years >= 30, $"{member["name"]} is only {-years:0} years younger than the grandparent");
                            break;
                    }
                }
            }
        }
        Assert.InRange(persons, 90, 100); // 30 a village, plus any newborns
    }

    [Fact]
    public async Task SeedingAgainRefusesWithoutForceAndChangesNothingThenForceRebuildsTheSameCounty()
    {
        var first = await SeedTinyAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = await _cli.CountAsync();
        var ids = await IdNumbersAsync();

        var again = await SeedTinyAsync();

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"数据库中已有 {before.Entities} 条记录，如要重建演示数据请先删除", again.Err);
        Assert.Contains("或加 --force", again.Err);
        Assert.Equal(before, await _cli.CountAsync());

        var forced = await SeedTinyAsync("--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("已删除原有数据文件", forced.Out);
        var after = await _cli.CountAsync();
        Assert.Equal(before.Entities, after.Entities);
        Assert.Equal(before.Events, after.Events);
        Assert.Equal(before.PeriodicValues, after.PeriodicValues);
        // The same seed on the same day builds the same county.
        Assert.Equal(ids, await IdNumbersAsync());
    }

    private async Task<List<string>> IdNumbersAsync()
    {
        await using var store = await _cli.OpenStoreAsync();
        var ids = new List<string>();
        foreach (var village in await VillagesAsync(store))
            ids.AddRange((await AllAsync(store, village, "person")).Select(p => (string)p["id_number"]!));
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task EveryShippedTemplateEvaluatesCleanlyForEveryTinyVillageInEachSeededMonth()
    {
        var seed = await SeedTinyAsync("--seed", "7");
        Assert.True(seed.ExitCode == 0, seed.ToString());

        await AssertReportsCleanAsync();
    }

    [Fact]
    public async Task DemoSeedsTheDemoCountyOnFirstStartWithHistoryCleanReportsAndIntactAuditChainsThenNeverAgain()
    {
        var first = await _cli.RunAsync("demo");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("首次运行", first.Out);
        Assert.Contains("已导入演示区划", first.Out);
        Assert.Contains("已生成演示县 清溪县（360835000000）：4 个乡镇、22 个村", first.Out);
        Assert.Contains("区划数：29（省 1、市 1、县 1、乡镇 4、村 22）", first.Out);
        var counts = await _cli.CountAsync();
        Assert.InRange(counts.Entities, 2_640 + 22 + 600, 2_640 + 22 + 1_200); // 22 × 120 persons, their households and the villages
        Assert.Contains($"记录：{counts.Entities} 个实体、{counts.Events} 条事件、{counts.PeriodicValues} 个周期值", first.Out);

        await AssertReportsCleanAsync();
        await AssertHistoryAsync();

        var audit = await _cli.RunAsync("audit", "verify", "--all");
        Assert.True(audit.ExitCode == 0, audit.ToString());
        Assert.Contains("共核验 22 个村", audit.Out);

        var second = await _cli.RunAsync("demo");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("未重新生成", second.Out);
        Assert.Contains("已有区划，未重复导入", second.Out);
        Assert.Equal(counts, await _cli.CountAsync());
    }

    /// <summary>
    /// Every template in force in each seeded month has a row for every village (and the rollups above), with no cell
    /// error and every error-level check passed; the live materializer has nothing left to do.
    /// </summary>
    private async Task AssertReportsCleanAsync()
    {
        var catalog = CatalogLoader.LoadDirectory(RepositoryRoot.Combine("form-templates", "catalog"));
        var library = TemplateLibrary.LoadDirectory(RepositoryRoot.Combine("form-templates", "templates"), catalog);
        Assert.Equal(14, library.Ids.Count());
        await using var store = await _cli.OpenStoreAsync();
        var deriver = new ReportDeriver(store, library, new TemplateEvaluator(), new NarrativeRenderer());
        var units = (await store.GetRegionsAsync()).Where(u => u.Code.IsWithin(RegionCode.Parse(County))).ToList();
        Assert.Contains(units, u => u.Level == OrgLevel.Village);

        var problems = new List<string>();
        var checkedRows = 0;
        foreach (var month in SeededMonths())
        {
            foreach (var (template, period) in library.InForceOn(month.Start))
            {
                foreach (var unit in units)
                {
                    var row = await deriver.GetRowAsync(template.Template.Id, template.Template.Version, period.Key, unit.Code.Value);
                    if (row is null)
                    {
                        problems.Add($"{template.Template.Id} {period.Key} {unit.Name}: no row");
                        continue;
                    }
                    checkedRows++;
                    problems.AddRange(row.CellErrors.Select(e => $"{template.Template.Id} {period.Key} {unit.Name} cell {e.Key}: {e.Value.Zh}"));
                    problems.AddRange(row.Checks.Where(c => c.Level == CheckLevel.Error && !c.Passed)
                        .Select(c => $"{template.Template.Id} {period.Key} {unit.Name} check failed: {c.Message} {c.Failure?.Message.Zh}"));
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(3 * 14 * units.Count, checkedRows);

        Assert.Equal(0, await new LiveReportMaterializer(store, deriver).ProcessPendingAsync());
    }

    /// <summary>Registers imported by <c>seed</c>, then months of payments and a cadre's changes, deaths among them.</summary>
    private async Task AssertHistoryAsync()
    {
        await using var store = await _cli.OpenStoreAsync();
        var months = SeededMonths();
        var lastYear = (months[0].Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var deaths = 0;
        foreach (var village in await VillagesAsync(store))
        {
            foreach (var month in months)
            {
                var values = await store.GetPeriodicValuesAsync(village, month.Key);
                Assert.Contains(values, v => v.Field == "hazards_found");
            }
            Assert.Contains(await store.GetPeriodicValuesAsync(village, lastYear, "village"), v => v.Field == "collective_income");

            foreach (var person in (await AllAsync(store, village, "person")).Where(p => p.Retirement?.Reason == RetirementReason.Death))
            {
                deaths++;
                var history = await store.GetHistoryAsync(person.Id);
                Assert.Equal((EventKind.Created, "seed", ChangeSource.Import), (history[0].Kind, history[0].User, history[0].Source));
                var retired = history.Single(e => e.Kind == EventKind.Retired);
                Assert.Equal(("demo-cadre", ChangeSource.Form), (retired.User, retired.Source));
                Assert.InRange(retired.ValidFrom, months[0].Start, Today);
                Assert.True(retired.RecordedAt > history[0].RecordedAt);
            }
        }
        Assert.True(deaths > 0, "no death was recorded in the demo county");
    }

    [Fact]
    public async Task MoreVillagesThanTheDemoCountyAddTownshipsWithWellFormedCodesAndChineseNames()
    {
        var seed = await _cli.RunAsync("seed", "--villages", "25", "--persons-per-village", "8");

        Assert.True(seed.ExitCode == 0, seed.ToString());
        await using var store = await _cli.OpenStoreAsync();
        var regions = await store.GetRegionsAsync();
        var villages = regions.Where(u => u.Level == OrgLevel.Village).ToList();
        Assert.Equal(25, villages.Count);
        var added = villages.Where(v => v.Code.Value.StartsWith("360835102", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, added.Count);
        Assert.All(added, v =>
        {
            Assert.Equal(VillageKind.VillageCommittee, v.Code.VillageKind);
            Assert.EndsWith("村委会", v.Name);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2}村委会$", v.Name);
        });
        var town = Assert.Single(regions, u => u.Code.Value == "360835102000");
        Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2}镇$", town.Name);
        Assert.Equal(regions.Count, regions.Select(u => u.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("--villages", "0", "--villages 应在 1 到")]
    [InlineData("--persons-per-village", "0", "--persons-per-village 应在 1 到")]
    public async Task OutOfRangeSizesAreInputErrors(string option, string value, string message)
    {
        var seed = await _cli.RunAsync("seed", option, value);

        Assert.Equal(1, seed.ExitCode);
        Assert.Contains(message, seed.Err);
        Assert.False(File.Exists(_cli.DatabaseFile));
    }

    [Fact]
    public async Task ForceIsRefusedOnPostgresBeforeConnecting()
    {
        var seed = await _cli.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["FORMHUB_POSTGRES"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3" }, "seed", "--force");

        Assert.Equal(1, seed.ExitCode);
        Assert.Contains("PostgreSQL 上不支持 --force", seed.Err);
    }
}
