using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// A county setting that rests on what the county has filed (启用月份: no month it leaves out may hold a filing) is checked
/// and appended in one step: a submission is either seen by the check or commits after the setting, never in between.
/// </summary>
public abstract partial class StoreContractTests
{
    private const string County = "361025000000";
    private const string SettingAction = "settings.reporting-start";

    private AuditEntry StartLine(string month) => new(0, Clock.GetUtcNow(), "admin", SettingAction, County, month, "自" + month + "起");

    private Task<Submission> FileAsync(string village, string month, SubmissionStatus status = SubmissionStatus.Submitted) =>
        Store.SaveSubmissionAsync(Submission.NewDraft(village, month) with { Status = status, UpdatedBy = "cadre" }, 0,
            new AuditEntry(0, Clock.GetUtcNow(), "cadre", "submit", village, month, null));

    [Fact]
    public async Task ACountySettingIsAppendedOnlyWhileNoneOfTheMonthsItLeavesOutIsFiled()
    {
        await FileAsync(VillageA, "2026-09");
        await FileAsync(VillageB, "2026-09");
        await FileAsync(VillageB, "2026-08", SubmissionStatus.Approved);
        // A draft someone only saved is not a filing.
        await FileAsync(VillageA, "2026-10", SubmissionStatus.Draft);

        var refused = await Store.AppendAuditUnlessFiledAsync(StartLine("2026-11"), ["2026-10", "2026-09", "2026-08"]);

        Assert.Equal([("2026-09", VillageA), ("2026-09", VillageB), ("2026-08", VillageB)], refused.Select(s => (s.Period, s.VillageCode)));
        Assert.DoesNotContain(await Store.ListAuditAsync(County), a => a.Action == SettingAction);

        Assert.Empty(await Store.AppendAuditUnlessFiledAsync(StartLine("2026-10"), ["2026-07", "2026-06"]));
        Assert.Empty(await Store.AppendAuditUnlessFiledAsync(StartLine("2026-08"), []));
        Assert.Equal(["2026-08", "2026-10"], (await Store.ListAuditAsync(County)).Where(a => a.Action == SettingAction).Select(a => a.Period!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ASubmissionRacingACountySettingIsSeenByItsCheckOrCommitsAfterIt()
    {
        for (var round = 1; round <= 6; round++)
        {
            var month = $"2025-{round:00}";
            var both = await Task.WhenAll(
                Task.Run(async () => { await FileAsync(VillageA, month); return true; }),
                Task.Run(async () => (await Store.AppendAuditUnlessFiledAsync(StartLine($"2025-{round + 1:00}"), [month])).Count == 0));
            var lines = (await Store.ListAuditAsync(County, month)).Concat(await Store.ListAuditAsync(County, $"2025-{round + 1:00}"))
                .Where(a => a.Period == month && a.Action == "submit" || a.Period == $"2025-{round + 1:00}" && a.Action == SettingAction).ToList();
            var submitted = lines.Single(a => a.Action == "submit");
            if (both[1])
                // Appended: its check did not see the submission, so the submission committed after it.
                Assert.True(submitted.Seq > lines.Single(a => a.Action == SettingAction).Seq, $"round {round}: the submission committed between the check and the append");
            else
                Assert.DoesNotContain(lines, a => a.Action == SettingAction);
        }
    }

    [Fact]
    public async Task TheNewestSettingLineIsTheCountysHighestSeqWhateverItsClockSays()
    {
        Assert.Null(await Store.NewestSettingLineAsync(SettingAction, County));
        Assert.Empty(await Store.AppendAuditUnlessFiledAsync(StartLine("2026-08"), []));
        // Appended later with an earlier clock (skew between servers): still the newest, by seq.
        Assert.Empty(await Store.AppendAuditUnlessFiledAsync(StartLine("2026-09") with { At = Clock.GetUtcNow().AddHours(-1) }, []));
        await Store.AppendAuditAsync(new AuditEntry(0, Clock.GetUtcNow(), "admin", "settings.other", County, "2026-10", null));

        var newest = await Store.NewestSettingLineAsync(SettingAction, County);
        Assert.Equal("2026-09", newest?.Period);
        var submitted = Submission.NewDraft(VillageA, "2026-09") with { Status = SubmissionStatus.Submitted, UpdatedBy = "cadre" };
        // The store's guard compares against this very seq.
        Assert.Equal(1, (await Store.SaveSubmissionAsync(submitted, 0, new AuditEntry(0, Clock.GetUtcNow(), "cadre", "submit", VillageA, "2026-09", null),
            new AuditGuard(SettingAction, County, newest!.Seq))).Version);
    }

    [Fact]
    public async Task ASubmissionGuardedByTheCountysSettingIsStoredOnlyWhileThatSettingIsTheNewest()
    {
        var submit = new AuditEntry(0, Clock.GetUtcNow(), "cadre", "submit", VillageA, "2026-09", null);
        var submitted = Submission.NewDraft(VillageA, "2026-09") with { Status = SubmissionStatus.Submitted, UpdatedBy = "cadre" };

        // No setting yet (0): stored.
        Assert.Equal(1, (await Store.SaveSubmissionAsync(submitted, 0, submit, new AuditGuard(SettingAction, County, 0))).Version);

        Assert.Empty(await Store.AppendAuditUnlessFiledAsync(StartLine("2026-09"), ["2026-08"]));
        var setting = (await Store.ListAuditAsync(County)).Single(a => a.Action == SettingAction);
        var returned = submitted with { Status = SubmissionStatus.Returned, Comment = "请补充" };
        // Decided under the old setting (none): refused, nothing written.
        var refused = await Assert.ThrowsAsync<AuditGuardException>(() => Store.SaveSubmissionAsync(returned, 1,
            submit with { Action = "return" }, new AuditGuard(SettingAction, County, 0)));
        Assert.Equal(setting.Seq, refused.ActualSeq);
        Assert.Equal((SubmissionStatus.Submitted, 1L), ((await Store.GetSubmissionAsync(VillageA, "2026-09")).Status, (await Store.GetSubmissionAsync(VillageA, "2026-09")).Version));
        Assert.DoesNotContain(await Store.ListAuditAsync(VillageA), a => a.Action == "return");

        // Under the setting now in force: stored.
        Assert.Equal(2, (await Store.SaveSubmissionAsync(returned, 1, submit with { Action = "return" }, new AuditGuard(SettingAction, County, setting.Seq))).Version);
    }
}
