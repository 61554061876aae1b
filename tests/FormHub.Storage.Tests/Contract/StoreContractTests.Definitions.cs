using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Templates;

namespace FormHub.Storage.Tests.Contract;

/// <summary>
/// Issue 15 leftovers on both engines: a catalog save and a template append each refuse when the other moved since the
/// caller checked against it (one lock for both), each writes its audit line in its own transaction, and the history of a
/// field's values is counted for a type change.
/// </summary>
public abstract partial class StoreContractTests
{
    private AuditEntry DefinitionsLine(string action, string subject) => new(0, Clock.GetUtcNow(), "admin", action, null, null, subject + ": 说明");

    [Fact]
    public async Task ACatalogSaveCheckedAgainstAnOlderTemplateRevisionIsRefusedAndWritesNoAuditLine()
    {
        await Store.AppendTemplateLogAsync([Published("a", 1, "id: a")], 0);
        var refused = await Assert.ThrowsAsync<CatalogConflictException>(() =>
            Store.SaveCatalogAsync(With(Store.Catalog, Hobby), 1, "admin", "新增字段", expectedTemplateRevision: 0, audit: DefinitionsLine("catalog.add", "person.hobby")));

        Assert.Contains("报表模板", refused.Text.Zh);
        Assert.Equal(1, Store.CatalogVersion);
        Assert.Single(await Store.ListCatalogVersionsAsync());
        Assert.Empty(await Store.ListAuditByActionAsync(["catalog."], null, null, 10));

        await Store.SaveCatalogAsync(With(Store.Catalog, Hobby), 1, "admin", "新增字段", expectedTemplateRevision: 1, audit: DefinitionsLine("catalog.add", "person.hobby_note"));
        Assert.Equal(2, Store.CatalogVersion);
        // The subject filter takes '_' literally (field keys and user names hold it), not as LIKE's any-character.
        var line = Assert.Single(await Store.ListAuditByActionAsync(["catalog."], null, "person.hobby_note", 10));
        Assert.Equal(("admin", "catalog.add"), (line.User, line.Action));
        Assert.Empty(await Store.ListAuditByActionAsync(["catalog."], null, "person.hobbyXnote", 10));
    }

    [Fact]
    public async Task ATemplateAppendCompiledAgainstAnOlderCatalogIsRefusedAndWritesNoAuditLine()
    {
        await Store.SaveCatalogAsync(With(Store.Catalog, Hobby), 1, "admin", "新增字段");
        var refused = await Assert.ThrowsAsync<TemplateConflictException>(() =>
            Store.AppendTemplateLogAsync([Published("a", 1, "id: a")], 0, expectedCatalogVersion: 1, audit: DefinitionsLine("template.publish", "a")));

        Assert.Contains("数据目录", refused.Text.Zh);
        Assert.Equal(0, await Store.GetTemplateRevisionAsync());
        Assert.Empty(await Store.ListAuditByActionAsync(["template."], null, null, 10));

        Assert.Equal(1, await Store.AppendTemplateLogAsync([Published("a", 1, "id: a")], 0, expectedCatalogVersion: 2, audit: DefinitionsLine("template.publish", "a")));
        Assert.Single(await Store.ListAuditByActionAsync(["template."], null, "a", 10));
    }

    [Fact]
    public async Task AnAdmissionDecisionWritesItsAuditLineNamingTheDecisionsNumber()
    {
        var saved = await Store.SaveAdmissionAsync(new AdmissionDecision(0, "t", "h", AdmissionVerdict.Admitted, null, "试点", "{}", "admin", Clock.GetUtcNow()),
            DefinitionsLine("admission.decide", "t"));
        var line = Assert.Single(await Store.ListAuditByActionAsync(["admission."], null, "t", 10));
        Assert.EndsWith($"(#{saved.Seq})", line.Detail);
    }

    [Fact]
    public async Task TheHistoryOfAFieldCountsEveryOldAndNewValueTheEventLogRecords()
    {
        var (hh, _) = await SeedFamilyAsync(name: "张三");
        var s = Session();
        s.Change(hh, 1, new Dictionary<string, object?> { ["head_name"] = "12" }, Jan1);
        await s.SaveChangesAsync();

        var history = await Store.CountHistoryValuesAsync("household", "head_name");
        // Created as 张三 (new), changed 张三 → 12 (old and new).
        Assert.Equal([new StoredValueCount("\"张三\"", 2), new StoredValueCount("\"12\"", 1)], history);
        Assert.Empty(await Store.CountHistoryValuesAsync("household", "no_such_field"));
        Assert.Equal([new StoredValueCount("\"12\"", 1)], (await Store.CountStoredValuesAsync("household", "head_name")).Where(v => v.Json != "null"));
    }
}
