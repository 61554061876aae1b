using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Reports.Outliers;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// Outliers of report columns against the village's own history and its township's other villages (issue 18 item 3),
/// with expectations worked out by hand in the comments.
/// </summary>
public class OutlierTests
{
    // Counts: 4 three times, 5 six times, 6 three times.
    private static readonly decimal[] History = [4, 5, 5, 6, 4, 5, 6, 5, 4, 5, 6, 5];

    [Fact]
    public void MadJudgesAgainstTheMedianAndScaledMedianAbsoluteDeviation()
    {
        // Median 5; |x − 5| is six 0s and six 1s, so MAD = 0.5 and the scale 1.4826 × 0.5 = 0.7413;
        // threshold 3.5 reaches 2.59455 either side: 2.40545–7.59455.
        var twelve = OutlierDetector.Judge(12, History, OutlierSettings.Default, 6)!;
        Assert.Equal(5m, twelve.Centre);
        Assert.Equal(0.7413m, twelve.Scale);
        Assert.Equal(2.40545m, twelve.Low);
        Assert.Equal(7.59455m, twelve.High);
        Assert.Equal((4m, 6m), (twelve.SeenMin, twelve.SeenMax));
        Assert.True(twelve.IsOutlier);
        Assert.False(OutlierDetector.Judge(7, History, OutlierSettings.Default, 6)!.IsOutlier);
        Assert.True(OutlierDetector.Judge(2, History, OutlierSettings.Default, 6)!.IsOutlier);
        // Small counts: 0, 0, 0, 0, 2, 0 give median 0 and the floor scale 0.5 (expected 0–1.75), but 2 was seen before: not an outlier.
        Assert.False(OutlierDetector.Judge(2, [0, 0, 0, 0, 2, 0], OutlierSettings.Default, 5)!.IsOutlier);
        Assert.True(OutlierDetector.Judge(3, [0, 0, 0, 0, 2, 0], OutlierSettings.Default, 5)!.IsOutlier);
    }

    [Fact]
    public void ZScoreJudgesAgainstTheMeanAndStandardDeviation()
    {
        // Mean 5; squared deviations sum to 6 over 12 values: variance 0.5, sd 0.70711; threshold 3 reaches 2.12132: 2.87868–7.12132.
        var settings = new OutlierSettings { Method = OutlierMethod.ZScore };
        var eight = OutlierDetector.Judge(8, History, settings, 6)!;
        Assert.Equal(5m, eight.Centre);
        Assert.Equal(2.88m, Math.Round(eight.Low, 2));
        Assert.Equal(7.12m, Math.Round(eight.High, 2));
        Assert.True(eight.IsOutlier);
        Assert.False(OutlierDetector.Judge(7, History, settings, 6)!.IsOutlier);
    }

    [Fact]
    public void ASteadyHistoryToleratesASmallStepButNotAJump()
    {
        // Six 5s: MAD and mean absolute deviation are 0, so the scale is the floor max(10 % of 5, 0.5) = 0.5: 3.25–6.75.
        decimal[] steady = [5, 5, 5, 5, 5, 5];
        Assert.False(OutlierDetector.Judge(6, steady, OutlierSettings.Default, 6)!.IsOutlier);
        Assert.True(OutlierDetector.Judge(7, steady, OutlierSettings.Default, 6)!.IsOutlier);
        // Never below zero when nothing before was: six 0s expect 0–1.75.
        var zero = OutlierDetector.Judge(1, [0, 0, 0, 0, 0, 0], OutlierSettings.Default, 6)!;
        Assert.Equal((0m, 1.75m), (zero.Low, zero.High));
    }

    [Fact]
    public void HistoryShorterThanTheMinimumSaysNothing()
    {
        Assert.Null(OutlierDetector.Judge(100, [4, 5, 6, 5, 4], OutlierSettings.Default, 6));
        Assert.NotNull(OutlierDetector.Judge(100, [4, 5, 6, 5, 4], OutlierSettings.Default with { MinHistory = 5 }, 5));
    }

    [Fact]
    public void FixedBoundsAreMinMax()
    {
        var bounded = new OutlierSettings { Min = 0, Max = 50 };
        Assert.True(OutlierDetector.IsOutsideBounds(51, bounded));
        Assert.True(OutlierDetector.IsOutsideBounds(-1, bounded));
        Assert.False(OutlierDetector.IsOutsideBounds(50, bounded));
        Assert.False(OutlierDetector.IsOutsideBounds(1000, OutlierSettings.Default));
    }

    [Fact]
    public void ATemplateColumnSetsOrTurnsOffItsOutlierCheck()
    {
        var template = TemplateLoader.Load("t.yaml", Template("{method: zscore, threshold: 2.5, min_history: 3, peers: false, min: 0, max: 40}")
            + "  - id: ratio\n    title: 比例\n    value: 1\n    outlier: off\n");
        var found = template.Columns[0].Outlier;
        Assert.Equal(new OutlierSettings { Method = OutlierMethod.ZScore, Threshold = 2.5m, MinHistory = 3, Peers = false, Min = 0, Max = 40 }, found);
        Assert.False(template.Columns[1].Outlier.Enabled);
    }

    [Fact]
    public async Task AValueOutsideTheSetRangeIsSaidInEnglishToo()
    {
        await using var f = await ReportFixture.CreateAsync();
        var template = f.Compile(Template("{min: 0, max: 40, peers: false}"));
        var village = new OrgUnit(RegionCode.Parse(ReportFixture.VillageA), "石门村委会");
        var draft = Assert.Single(OutlierDeriver.Judge(template, Period.Parse("2026-11"), village,
            new Dictionary<string, object?> { ["found"] = 50m }, [], []));
        Assert.Equal("石门村委会本月排查发现隐患数50处，超出设定范围0–40处", draft.Message);
        Assert.Equal("石门村委会: 排查发现隐患数 this month 50 sites; outside the set range 0–40 sites", draft.MessageEn);
    }

    [Fact]
    public void AWrongOutlierSettingIsRefusedAtItsLineAndColumn()
    {
        // Line 10 is "    outlier: {method: median, min_history: 0}": median stands at column 23, the 0 at column 44.
        var e = Assert.Throws<SourceProblemException>(() => TemplateLoader.Load("t.yaml", Template("{method: median, min_history: 0}")));
        Assert.Contains(e.Problems, p => p.Line == 10 && p.Column == 23 && p.Message.Zh.Contains("median") && p.Message.Zh.Contains("mad, zscore"));
        Assert.Contains(e.Problems, p => p.Line == 10 && p.Column == 44 && p.Message.Zh.Contains("min_history"));
    }

    [Fact]
    public void AThresholdTooLargeToComputeOrMoreHistoryRequiredThanReadIsRefused()
    {
        var e = Assert.Throws<SourceProblemException>(() => TemplateLoader.Load("t.yaml", Template("{threshold: 1e28, min_history: 13, history: 12}")));
        Assert.Contains(e.Problems, p => p.Line == 10 && p.Message.Zh.Contains("threshold") && p.Message.Zh.Contains("过大"));
        Assert.Contains(e.Problems, p => p.Message.Zh.Contains("min_history（13）大于 history（12）"));
    }

    private static string Template(string outlier) =>
        HazardsTemplate + "\n    outlier: " + outlier + "\n";

    internal const string HazardsTemplate = """
        id: hazards
        version: 1
        title: 安全隐患排查月报
        department: 应急管理
        period: monthly
        columns:
          - id: found
            title: 排查发现隐患数（处）
            value: village.hazards_found
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AVillageFarFromItsHistoryAndItsPeersIsNamedAndTheFixResolvesIt(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var month = Period.Parse("2026-11");
        var township = RegionCode.Parse(ReportFixture.Township);
        // 石门 (A) and 上塘 (B) have a year of 4–6; this month A reports 12, the other villages of 清溪镇 4–6.
        var thisMonth = new Dictionary<string, decimal>
        {
            [ReportFixture.VillageA] = 12, [ReportFixture.VillageB] = 5, ["360835100202"] = 4, ["360835100203"] = 6, ["360835100204"] = 5, ["360835100001"] = 5,
        };
        var s = f.Store.OpenSession("test", ChangeSource.Import);
        var records = new Dictionary<string, Guid>();
        foreach (var (code, value) in thisMonth)
        {
            records[code] = s.Create("village", code, new Dictionary<string, object?>(), new DateOnly(2025, 1, 1));
            s.SetPeriodic(records[code], "hazards_found", month.Key, (long)value);
        }
        var p = month;
        foreach (var past in History.Reverse())
        {
            p = p.Previous;
            s.SetPeriodic(records[ReportFixture.VillageA], "hazards_found", p.Key, (long)past);
            s.SetPeriodic(records[ReportFixture.VillageB], "hazards_found", p.Key, (long)past);
        }
        await s.SaveChangesAsync();
        var template = f.Compile(HazardsTemplate.Replace("    value: village", "    title_en: Hazards found\n    value: village"));
        var deriver = f.Deriver(template);
        for (p = Period.Parse("2025-11"); p.Start <= month.Start; p = Period.Containing(p.End.AddDays(1), PeriodType.Monthly))
            await deriver.RebuildAsync(township, p);

        var outliers = new OutlierDeriver(f.Store, deriver.Library);
        var tree = new RegionTree(await f.Store.GetRegionsAsync());
        var summary = await outliers.RunAsync(tree, township, month);
        Assert.Equal(1, summary.Appeared);

        var found = await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key);
        var finding = Assert.Single(found);
        Assert.Equal(("outlier:hazards:found", records[ReportFixture.VillageA], "village", ReportFixture.VillageA),
            (finding.RuleId, finding.EntityId, finding.EntityType, finding.VillageCode));
        // Peers of A: 5, 4, 6, 5, 5 — median 5, MAD 0, mean absolute deviation 0.4 × 1.2533 = 0.50132: expected 3.25–6.75;
        // the history's expected range (2.41–7.59) is the one shown.
        Assert.Equal("石门村委会本月排查发现隐患数12处，近12个月在4–6处之间；本乡镇其他5个村在4–6处之间（中位数5处），预期2.41–7.59处", finding.Message);
        // English mode reads it in English, built from the same figures (处 is "sites" in the glossary).
        Assert.Equal("石门村委会: Hazards found this month 12 sites; over the last 12 months between 4 sites and 6 sites; "
            + "the township's other 5 villages between 4 sites and 6 sites (median 5 sites); expected 2.41–7.59 sites", finding.MessageEn);
        Assert.Equal("12处", finding.Values["value"]);
        Assert.Equal("2.41–7.59处", finding.Values["expected"]);
        Assert.Equal("4–6处（12期，中位数5）", finding.Values["history"]);

        // The board lists it as 提示 under the template's department, beside the record rules.
        var board = new FindingBoard(f.Store, RuleBook.Empty, deriver.Library);
        var entry = Assert.Single(await board.ListAsync(township, month, Core.Rules.RuleAudience.Department, "应急管理", Core.Rules.RuleKind.Check));
        Assert.Equal(Core.Rules.FindingLevel.Info, entry.Rule.Level);
        Assert.Equal("异常值：安全隐患排查月报·排查发现隐患数（处）", entry.Rule.Title);
        Assert.Empty(await board.ListAsync(township, month, Core.Rules.RuleAudience.Department, "民政", null));

        // The cadre corrects the month to 5: the live pass re-derives the row and resolves the finding.
        var materializer = new LiveReportMaterializer(f.Store, deriver, findings: new FindingsDeriver(f.Store, RuleBook.Empty, new RuleEvaluator(), outliers: outliers));
        await materializer.ProcessPendingAsync();
        var fix = f.Store.OpenSession("cadre", ChangeSource.Form);
        fix.SetPeriodic(records[ReportFixture.VillageA], "hazards_found", month.Key, 5L);
        await fix.SaveChangesAsync();
        await SettledPasses.RunAsync(f.Store, materializer);
        Assert.Empty(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key));
        Assert.NotNull(Assert.Single(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key, includeResolved: true)).ResolvedAt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASaveInOneVillageJudgesItsTownshipPeersAgain(bool postgres)
    {
        if (postgres && Environment.GetEnvironmentVariable("FORMHUB_TEST_POSTGRES") is not { Length: > 0 }) return;
        await using var f = await ReportFixture.CreateAsync(postgres);
        var month = Period.Parse("2026-11");
        var township = RegionCode.Parse(ReportFixture.Township);
        const string Guihua = "360835100202";
        // No history anywhere: only the peers judge. 桂花 reports 20 against 5, 5, 6, 5, 4.
        var thisMonth = new Dictionary<string, long>
        {
            [ReportFixture.VillageA] = 5, [ReportFixture.VillageB] = 5, [Guihua] = 20, ["360835100203"] = 6, ["360835100204"] = 5, ["360835100001"] = 4,
        };
        var s = f.Store.OpenSession("test", ChangeSource.Import);
        var records = new Dictionary<string, Guid>();
        foreach (var (code, value) in thisMonth)
        {
            records[code] = s.Create("village", code, new Dictionary<string, object?>(), new DateOnly(2025, 1, 1));
            s.SetPeriodic(records[code], "hazards_found", month.Key, value);
        }
        await s.SaveChangesAsync();
        var deriver = f.Deriver(f.Compile(HazardsTemplate));
        await deriver.RebuildAsync(township, month);
        var outliers = new OutlierDeriver(f.Store, deriver.Library);
        await outliers.RunAsync(new RegionTree(await f.Store.GetRegionsAsync()), township, month);
        var before = Assert.Single(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key));
        Assert.Equal(Guihua, before.VillageCode);

        // 石门 saves 25: 桂花's 20 is now within what its peers reached, so its finding resolves in the same pass though
        // 桂花 changed nothing; 石门 itself is now far from the others (20, 5, 6, 5, 4).
        var materializer = new LiveReportMaterializer(f.Store, deriver, findings: new FindingsDeriver(f.Store, RuleBook.Empty, new RuleEvaluator(), outliers: outliers));
        await materializer.ProcessPendingAsync();
        var save = f.Store.OpenSession("cadre", ChangeSource.Form);
        save.SetPeriodic(records[ReportFixture.VillageA], "hazards_found", month.Key, 25L);
        await save.SaveChangesAsync();
        await SettledPasses.RunAsync(f.Store, materializer);
        var open = Assert.Single(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key));
        Assert.Equal(ReportFixture.VillageA, open.VillageCode);
        Assert.NotNull(Assert.Single(await f.Store.ListFindingsAsync(Guihua, month.Key, includeResolved: true)).ResolvedAt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ALivePassKeepsTheHistoryButJudgesWithAHistoryRowARebuildChanged(bool postgres)
    {
        if (postgres && Environment.GetEnvironmentVariable("FORMHUB_TEST_POSTGRES") is not { Length: > 0 }) return;
        await using var f = await ReportFixture.CreateAsync(postgres);
        var month = Period.Parse("2026-11");
        var township = RegionCode.Parse(ReportFixture.Township);
        // Every village of 清溪镇 reports 12 this month (no peer is far off); only 石门 (A) has a history, a year of 4–6.
        var codes = new[] { ReportFixture.VillageA, ReportFixture.VillageB, "360835100202", "360835100203", "360835100204", "360835100001" };
        var s = f.Store.OpenSession("test", ChangeSource.Import);
        var records = new Dictionary<string, Guid>();
        foreach (var code in codes)
        {
            records[code] = s.Create("village", code, new Dictionary<string, object?>(), new DateOnly(2025, 1, 1));
            s.SetPeriodic(records[code], "hazards_found", month.Key, 12L);
        }
        var p = month;
        foreach (var past in History.Reverse())
        {
            p = p.Previous;
            s.SetPeriodic(records[ReportFixture.VillageA], "hazards_found", p.Key, (long)past);
        }
        await s.SaveChangesAsync();
        var deriver = f.Deriver(f.Compile(HazardsTemplate));
        for (p = Period.Parse("2025-11"); p.Start <= month.Start; p = Period.Containing(p.End.AddDays(1), PeriodType.Monthly))
            await deriver.RebuildAsync(township, p);
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        var outliers = new OutlierDeriver(f.Store, deriver.Library, clock);
        var materializer = new LiveReportMaterializer(f.Store, deriver, findings: new FindingsDeriver(f.Store, RuleBook.Empty, new RuleEvaluator(), outliers: outliers));
        async Task SaveAndPassAsync(string village, long value)
        {
            var save = f.Store.OpenSession("cadre", ChangeSource.Form);
            save.SetPeriodic(records[village], "hazards_found", month.Key, value);
            await save.SaveChangesAsync();
            await SettledPasses.RunAsync(f.Store, materializer);
        }
        await materializer.ProcessPendingAsync();
        await SaveAndPassAsync(ReportFixture.VillageB, 13);
        // 12 against 4–6 of its own year.
        Assert.Equal(ReportFixture.VillageA, Assert.Single(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key)).VillageCode);

        // The next save reads no history period's rows again: nobody wrote them.
        var before = outliers.LivePeriodReads;
        var taken = outliers.LivePeriodsTakenFromPass;
        await SaveAndPassAsync(ReportFixture.VillageB, 12);
        Assert.Equal(before.Spared + 12, outliers.LivePeriodReads.Spared);
        // The month the pass wrote is judged with the rows its township rollup read back, not read a second time.
        Assert.Equal(before.Read + 1, outliers.LivePeriodReads.Read);
        Assert.Equal(taken + 1, outliers.LivePeriodsTakenFromPass);
        Assert.Equal(ReportFixture.VillageA, Assert.Single(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key)).VillageCode);

        // Another writer (an admin's rebuild, with the feed already past it: another process) makes A's past year 12 each.
        var fix = f.Store.OpenSession("admin", ChangeSource.Import);
        for (p = month.Previous; p.Start >= Period.Parse("2025-11").Start; p = p.Previous)
            fix.SetPeriodic(records[ReportFixture.VillageA], "hazards_found", p.Key, 12L);
        await fix.SaveChangesAsync();
        for (p = Period.Parse("2025-11"); p.Start < month.Start; p = Period.Containing(p.End.AddDays(1), PeriodType.Monthly))
            await deriver.RebuildAsync(township, p);
        await f.Store.SetCursorAsync(LiveReportMaterializer.CursorName, await f.Store.GetFeedEndAsync());
        // Within the recheck interval the kept history is trusted: B's next save still judges A with the old year.
        await SaveAndPassAsync(ReportFixture.VillageB, 13);
        Assert.Equal(ReportFixture.VillageA, Assert.Single(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key)).VillageCode);
        // Past it, the stamps are read: B's next save judges A with its new history, 12 as every month before, and the
        // finding resolves.
        clock.Advance(KeptVillageRows.DefaultRecheck);
        await SaveAndPassAsync(ReportFixture.VillageB, 12);
        Assert.Empty(await f.Store.ListFindingsAsync(ReportFixture.Township, month.Key));
    }

    /// <summary>A clock that moves only when told (from a real start: saves dated by it stay in the real month).</summary>
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;
        public void Advance(TimeSpan by) => _now += by;
        public override DateTimeOffset GetUtcNow() => _now;
    }
}
