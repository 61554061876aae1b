using FormHub.Storage.Templates;

namespace FormHub.Storage.Tests.Contract;

/// <summary>Templates as versioned documents (issue 15 §3): the template log and admission decisions behave alike on both engines.</summary>
public abstract partial class StoreContractTests
{
    private TemplateLogEntry Published(string id, int version, string yaml, string? from = null) =>
        new(0, id, TemplateLogKind.Published, version, yaml, from, "admin", Clock.GetUtcNow(), null);

    [Fact]
    public async Task AnEmptyTemplateLogHasRevisionZeroAndAppendsNumberTheLogInOrder()
    {
        Assert.Equal(0, await Store.GetTemplateRevisionAsync());
        Assert.Equal(2, await Store.AppendTemplateLogAsync([Published("a", 1, "id: a"), Published("b", 1, "id: b\n中文：是")], 0));
        Assert.Equal(3, await Store.AppendTemplateLogAsync(
            [new TemplateLogEntry(0, "a", TemplateLogKind.Stopped, null, null, "2027-01", "admin", Clock.GetUtcNow(), "合并到民政月报")], 2));

        var log = await Store.ReadTemplateLogAsync();
        Assert.Equal([1L, 2L, 3L], log.Select(e => e.Seq));
        Assert.Equal(("b", 1, "id: b\n中文：是"), (log[1].TemplateId, log[1].Version!.Value, log[1].Yaml!));
        Assert.Equal((TemplateLogKind.Stopped, "2027-01", "合并到民政月报", (int?)null), (log[2].Kind, log[2].Period, log[2].Note, log[2].Version));
        Assert.Equal(Clock.GetUtcNow(), log[2].At);
        Assert.Equal(3, await Store.GetTemplateRevisionAsync());
    }

    [Fact]
    public async Task AnAppendBehindTheRevisionIsRefusedAndWritesNothing()
    {
        await Store.AppendTemplateLogAsync([Published("a", 1, "id: a")], 0);

        var refused = await Assert.ThrowsAsync<TemplateConflictException>(() => Store.AppendTemplateLogAsync([Published("a", 2, "id: a v2"), Published("c", 1, "id: c")], 0));

        Assert.Contains("已被他人更新", refused.Text.Zh);
        Assert.Single(await Store.ReadTemplateLogAsync());
    }

    [Fact]
    public async Task APublishedVersionCannotBePublishedAgainAndTheWholeAppendRollsBack()
    {
        await Store.AppendTemplateLogAsync([Published("a", 1, "id: a")], 0);

        await Assert.ThrowsAsync<TemplateConflictException>(() => Store.AppendTemplateLogAsync([Published("b", 1, "id: b"), Published("a", 1, "id: a 改")], 1));

        Assert.Equal(["a"], (await Store.ReadTemplateLogAsync()).Select(e => e.TemplateId));
        Assert.Equal(1, await Store.GetTemplateRevisionAsync());
    }

    [Fact]
    public async Task AdmissionDecisionsAreKeptInOrderWithTheirAnalysis()
    {
        var first = await Store.SaveAdmissionAsync(new AdmissionDecision(0, "t", "h1", AdmissionVerdict.Refused, null, "与民政月报重复", "{\"cells\":3}", "admin", Clock.GetUtcNow()));
        var second = await Store.SaveAdmissionAsync(new AdmissionDecision(0, "t", "h2", AdmissionVerdict.Merged, "mz-dibao-monthly", "并入", "{}", "admin2", Clock.GetUtcNow()));

        Assert.Equal((1L, 2L), (first.Seq, second.Seq));
        var all = await Store.ListAdmissionsAsync();
        Assert.Equal([AdmissionVerdict.Refused, AdmissionVerdict.Merged], all.Select(d => d.Verdict));
        Assert.Equal(("h2", "mz-dibao-monthly", "{}", "admin2"), (all[1].ContentHash, all[1].MergeInto, all[1].Analysis, all[1].UserName));
        Assert.Equal("{\"cells\":3}", all[0].Analysis);
        // Decisions are not part of the template revision: servers need not reload templates for them.
        Assert.Equal(0, await Store.GetTemplateRevisionAsync());
    }
}
