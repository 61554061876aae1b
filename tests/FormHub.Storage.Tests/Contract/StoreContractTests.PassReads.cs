using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>The live materializer's reads for a whole pass of villages at once (issue 12): report periods and submissions.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>A village of the test county's townships 102 and 103, 300 each (600 of them: more than an IN list's chunk).</summary>
    private static string PassVillage(int i) => $"361025{102 + i / 300:D3}{1 + i % 300:D3}";

    /// <summary>A village of the second county (on the sharded store's home shard, while the test county has its own).</summary>
    private const string HomeCountyVillage = "361026101201";

    [Fact]
    public async Task ThePeriodsOfManyUnitsAreReadAtOnceAndEveryUnitAskedIsAnswered()
    {
        var at = Clock.GetUtcNow();
        StoredReportRow Row(string template, int version, string period, string unit) =>
            new(template, version, period, unit, unit.EndsWith("000", StringComparison.Ordinal) ? 4 : 5, "{}", at);
        await Store.SaveReportRowsAsync(
        [
            Row("mz-dibao", 1, "2026-11", VillageA),
            Row("mz-dibao", 1, "2026-09", VillageA),
            Row("mz-dibao", 2, "2026-12", VillageA),
            Row("ny-quarterly", 1, "2026Q4", VillageA),
            Row("mz-dibao", 1, "2026-08", VillageB),
            Row("mz-dibao", 1, "2026-10", PassVillage(550)),
            Row("mz-dibao", 1, "2026-07", HomeCountyVillage),
            Row("mz-dibao", 1, "2026-07", "361025101000"),
        ]);

        string[] asked = [VillageA, VillageB, HomeCountyVillage, .. Enumerable.Range(0, 600).Select(PassVillage), VillageA];
        var periods = await Store.GetReportPeriodsAsync(asked);

        Assert.Equal(asked.Distinct().Order(StringComparer.Ordinal), periods.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([("mz-dibao", 1), ("mz-dibao", 2), ("ny-quarterly", 1)], periods[VillageA].Versions.Order());
        Assert.Equal(["2026-09", "2026-11"], periods[VillageA].Of("mz-dibao", 1));
        Assert.Equal(["2026-12"], periods[VillageA].Of("mz-dibao", 2));
        Assert.Equal(["2026Q4"], periods[VillageA].Of("ny-quarterly", 1));
        Assert.Equal(["2026-08"], periods[VillageB].Of("mz-dibao", 1));
        Assert.Equal(["2026-10"], periods[PassVillage(550)].Of("mz-dibao", 1));
        Assert.Equal(["2026-07"], periods[HomeCountyVillage].Of("mz-dibao", 1));
        Assert.Empty(periods[PassVillage(0)].Versions);
        // The same answer as unit by unit; a township's rows are its own, never a village's.
        foreach (var unit in new[] { VillageA, VillageB, PassVillage(550), PassVillage(599) })
        {
            var one = await Store.GetReportPeriodsAsync(unit);
            Assert.Equal(one.Versions.Order(), periods[unit].Versions.Order());
            Assert.All(one.Versions, v => Assert.Equal(one.Of(v.TemplateId, v.Version), periods[unit].Of(v.TemplateId, v.Version)));
        }
        Assert.Empty(await Store.GetReportPeriodsAsync(Array.Empty<string>()));
    }

    [Fact]
    public async Task APassBoundReadsOnlyTheNamedTemplatesFromTheirOwnFirstPeriodOn()
    {
        var at = Clock.GetUtcNow();
        await Store.SaveReportRowsAsync(
        [
            new("mz-dibao", 1, "2026-09", VillageA, 5, "{}", at),
            new("mz-dibao", 1, "2026-11", VillageA, 5, "{}", at),
            new("mz-dibao", 2, "2026-12", VillageA, 5, "{}", at),
            new("ny-quarterly", 1, "2026Q3", VillageA, 5, "{}", at),
            new("ny-quarterly", 1, "2026Q4", VillageA, 5, "{}", at),
            new("tj-labour", 1, "2026Q4", VillageA, 5, "{}", at),
            new("mz-dibao", 1, "2026-10", HomeCountyVillage, 5, "{}", at),
        ]);
        var since = new Dictionary<string, string> { ["mz-dibao"] = "2026-10", ["ny-quarterly"] = "2026Q4" };

        var periods = await Store.GetReportPeriodsAsync([VillageA, VillageB, HomeCountyVillage], since);

        Assert.Equal(["2026-11"], periods[VillageA].Of("mz-dibao", 1));
        Assert.Equal(["2026-12"], periods[VillageA].Of("mz-dibao", 2));
        Assert.Equal(["2026Q4"], periods[VillageA].Of("ny-quarterly", 1));
        Assert.Empty(periods[VillageA].Of("tj-labour", 1));
        Assert.Equal(["2026-10"], periods[HomeCountyVillage].Of("mz-dibao", 1));
        Assert.Empty(periods[VillageB].Versions);
    }

    /// <summary>Stores a village's first submission of a period straight in <paramref name="status"/>.</summary>
    private async Task SaveSubmissionStatusAsync(string village, string period, SubmissionStatus status)
    {
        var at = Clock.GetUtcNow();
        await Store.SaveSubmissionAsync(Submission.NewDraft(village, period) with { Status = status, UpdatedBy = "x", UpdatedAt = at }, 0,
            new AuditEntry(0, at, "x", "submit", village, period, null));
    }

    [Fact]
    public async Task TheSubmissionsOfManyVillagesAndMonthsAreReadAtOnceAndPairsNeverActedOnAreDrafts()
    {
        (string, string, SubmissionStatus)[] stored =
        [
            (VillageA, "2026-10", SubmissionStatus.Approved),
            (VillageA, "2026-11", SubmissionStatus.Returned),
            (VillageB, "2026-11", SubmissionStatus.Submitted),
            (VillageB, "2026-10", SubmissionStatus.RevisionRequested),
            (PassVillage(560), "2026-11", SubmissionStatus.Approved),
            (PassVillage(561), "2026-10", SubmissionStatus.Approved), // not asked for: (561, 2026-11) is
            (HomeCountyVillage, "2026-11", SubmissionStatus.Approved),
        ];
        foreach (var (village, period, status) in stored) await SaveSubmissionStatusAsync(village, period, status);

        (string, string)[] asked =
        [
            (VillageA, "2026-10"), (VillageA, "2026-11"), (VillageA, "2026-12"), (VillageB, "2026-10"), (VillageB, "2026-11"),
            (HomeCountyVillage, "2026-11"), .. Enumerable.Range(0, 600).Select(i => (PassVillage(i), "2026-11")), (VillageA, "2026-10"),
        ];
        var submissions = await Store.GetSubmissionsAsync(asked);

        Assert.Equal(asked.Distinct().Order(), submissions.Keys.Order());
        Assert.All(submissions, s => Assert.Equal(s.Key, (s.Value.VillageCode, s.Value.Period)));
        Assert.Equal(
            [SubmissionStatus.Approved, SubmissionStatus.Returned, SubmissionStatus.Draft, SubmissionStatus.RevisionRequested, SubmissionStatus.Submitted, SubmissionStatus.Approved],
            asked[..6].Select(k => submissions[k].Status));
        Assert.Equal([PassVillage(560)], submissions.Where(s => s.Value.IsApproved && s.Key.Item1.StartsWith("36102510", StringComparison.Ordinal)
            && s.Key.Item1 is not VillageA and not VillageB).Select(s => s.Key.Item1));
        Assert.Equal(0, submissions[(PassVillage(561), "2026-11")].Version);
        // The same answer as pair by pair.
        foreach (var key in asked[..6].Append((PassVillage(560), "2026-11")))
            Assert.Equal(await Store.GetSubmissionAsync(key.Item1, key.Item2), submissions[key]);
        Assert.Empty(await Store.GetSubmissionsAsync(Array.Empty<(string, string)>()));
    }
}
