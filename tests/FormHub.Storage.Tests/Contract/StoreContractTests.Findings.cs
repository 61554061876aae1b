using FormHub.Core.Rules;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Findings of record rules (issue 18): stored per village and month with when they appeared and were resolved.</summary>
public abstract partial class StoreContractTests
{
    private static FindingDraft Draft(string rule, Guid entity, string message) =>
        new(rule, entity, "person", FindingLevel.Warning, message, new Dictionary<string, string?> { ["age"] = "85" });

    [Fact]
    public async Task AFindingAppearsStaysOpenWithItsFirstAppearanceAndIsResolvedWhenNoLongerFound()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var first = Clock.GetUtcNow();
        var saved = await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [Draft("r1", a, "张三 85周岁"), Draft("r1", b, "李四 90周岁")], first);
        Assert.Equal(new FindingChanges(2, 0, 2), saved);

        var later = first.AddMinutes(5);
        saved = await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [Draft("r1", a, "张三 86周岁")], later);
        Assert.Equal(new FindingChanges(0, 1, 1), saved);

        var open = Assert.Single(await Store.ListFindingsAsync(VillageA, "2026-11"));
        Assert.Equal((a, "张三 86周岁", first), (open.EntityId, open.Message, open.AppearedAt));
        Assert.Equal("85", open.Values["age"]);
        var all = await Store.ListFindingsAsync("361025000000", "2026-11", includeResolved: true);
        Assert.Equal(later, Assert.Single(all, f => f.EntityId == b).ResolvedAt);
        Assert.Empty(await Store.ListFindingsAsync(VillageA, "2026-12"));
    }

    [Fact]
    public async Task AFindingKeepsTheRulesEnglishMessageAndTakesANewOneWhileOpen()
    {
        var a = Guid.NewGuid();
        var plain = Guid.NewGuid();
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"],
            [Draft("r1", a, "张三 85周岁") with { MessageEn = "张三, aged 85" }, Draft("r1", plain, "李四 90周岁")], Clock.GetUtcNow());
        var stored = await Store.ListFindingsAsync(VillageA, "2026-11");
        Assert.Equal("张三, aged 85", Assert.Single(stored, f => f.EntityId == a).MessageEn);
        Assert.Null(Assert.Single(stored, f => f.EntityId == plain).MessageEn);

        // Only the English text changed: the open finding takes it (same appearance), as it takes a new Chinese message.
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"],
            [Draft("r1", a, "张三 85周岁") with { MessageEn = "张三, aged 85, not paid" }, Draft("r1", plain, "李四 90周岁")], Clock.GetUtcNow().AddMinutes(1));
        var again = Assert.Single(await Store.ListFindingsAsync(VillageA, "2026-11"), f => f.EntityId == a);
        Assert.Equal(("张三, aged 85, not paid", Clock.GetUtcNow()), (again.MessageEn, again.AppearedAt));
    }

    [Fact]
    public async Task SavingOneRulesFindingsLeavesOtherRulesAndVillagesAlone()
    {
        var a = Guid.NewGuid();
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1", "r2"], [Draft("r1", a, "一"), Draft("r2", a, "二")], Clock.GetUtcNow());
        await Store.SaveFindingsAsync(VillageB, "2026-11", ["r1"], [Draft("r1", Guid.NewGuid(), "三")], Clock.GetUtcNow());

        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [], Clock.GetUtcNow());

        Assert.Equal(["r2"], (await Store.ListFindingsAsync(VillageA, "2026-11")).Select(f => f.RuleId));
        Assert.Single(await Store.ListFindingsAsync(VillageB, "2026-11"));
    }

    [Fact]
    public async Task AFindingKeepsItsLinksToRecordsInOtherVillagesAndTakesNewOnesWhenTheyChange()
    {
        var a = Guid.NewGuid();
        var elsewhere = Guid.NewGuid();
        var third = Guid.NewGuid();
        var linked = Draft("r1", a, "同一人") with { Related = [new FindingLink(elsewhere, "person", VillageB)] };
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [linked, Draft("r1", Guid.NewGuid(), "无关联")], Clock.GetUtcNow());

        var stored = await Store.ListFindingsAsync(VillageA, "2026-11");
        Assert.Equal([new FindingLink(elsewhere, "person", VillageB)], Assert.Single(stored, f => f.EntityId == a).Related);
        Assert.Empty(Assert.Single(stored, f => f.EntityId != a).Related);

        // Only the links changed: the same finding (same appearance) now names both other records.
        var more = linked with { Related = [new FindingLink(elsewhere, "person", VillageB), new FindingLink(third, "person", VillageB)] };
        var saved = await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [more], Clock.GetUtcNow().AddMinutes(1));
        Assert.Equal(0, saved.Appeared);
        var again = Assert.Single(await Store.ListFindingsAsync(VillageA, "2026-11"));
        Assert.Equal([elsewhere, third], again.Related.Select(l => l.EntityId));
        Assert.Equal(Clock.GetUtcNow(), again.AppearedAt);
    }

    [Fact]
    public async Task AFindingThatComesBackAfterBeingResolvedIsANewOne()
    {
        var a = Guid.NewGuid();
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [Draft("r1", a, "一")], Clock.GetUtcNow());
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [], Clock.GetUtcNow().AddMinutes(1));
        await Store.SaveFindingsAsync(VillageA, "2026-11", ["r1"], [Draft("r1", a, "一")], Clock.GetUtcNow().AddMinutes(2));

        var all = await Store.ListFindingsAsync(VillageA, "2026-11", includeResolved: true);
        Assert.Equal(2, all.Count);
        Assert.Equal(Clock.GetUtcNow().AddMinutes(2), Assert.Single(all, f => f.IsOpen).AppearedAt);
    }

    [Fact]
    public async Task AnEligibilityOutcomeIsKeptPerRuleAndRecordReplacedWhenRecordedAgainAndAudited()
    {
        var a = Guid.NewGuid();
        var audit = new AuditEntry(0, Clock.GetUtcNow(), "mz-user", "eligibility.outcome", VillageA, null, "r1 张三：已申请");
        await Store.SaveEligibilityOutcomeAsync(new EligibilityOutcome("r1", a, VillageA, "已申请", null, "mz-user", Clock.GetUtcNow()), audit);
        await Store.SaveEligibilityOutcomeAsync(new EligibilityOutcome("r1", a, VillageA, "不符合", "户籍已迁出", "mz-user", Clock.GetUtcNow()), audit);

        var outcome = Assert.Single(await Store.ListEligibilityOutcomesAsync("361025000000"));
        Assert.Equal(("不符合", "户籍已迁出"), (outcome.Outcome, outcome.Reason));
        Assert.Empty(await Store.ListEligibilityOutcomesAsync(VillageB));
        Assert.Equal(2, (await Store.ListAuditAsync(VillageA)).Count(e => e.Action == "eligibility.outcome"));
    }
}
