using FormHub.Core.Catalog;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using FormHub.Storage.Tests.Engines;

namespace FormHub.Storage.Tests.Contract;

/// <summary>The catalog as versioned documents in the store (issue 15, §2): seeded once, saved with who and when, seen by every store object.</summary>
public abstract partial class StoreContractTests
{
    private static FieldCatalog With(FieldCatalog catalog, params FieldDefinition[] fields)
    {
        var replaced = fields.Select(f => f.Key).ToHashSet();
        return new FieldCatalog(catalog.EntityTypes, catalog.Fields.Where(f => !replaced.Contains(f.Key)).Concat(fields));
    }

    private static readonly FieldDefinition Hobby = new()
    {
        EntityType = "person", Name = "hobby", Type = FieldType.Enum, LabelZh = "爱好", LabelEn = "Hobby", OwnerDepartment = "文旅",
        Options = ["书法", "象棋"], Validation = new FieldValidation { Required = false },
    };

    [Fact]
    public async Task AnEmptyStoreIsSeededWithTheCatalogItWasOpenedWithAsVersionOne()
    {
        Assert.Equal(1, Store.CatalogVersion);
        Assert.Equal(CatalogJson.Write(TestCatalog.Create()), CatalogJson.Write(Store.Catalog));
        var history = await Store.ListCatalogVersionsAsync();
        var first = Assert.Single(history);
        Assert.Equal((1L, "formhub"), (first.Version, first.ChangedBy));
        Assert.Contains("form-templates/catalog", first.Summary);
        // Opening the store again with another catalog does not replace the stored one: the files only seed an empty store.
        await using var reopened = await engine.CreateStoreAsync(With(TestCatalog.Create(), Hobby), Clock);
        Assert.Null(reopened.Catalog.FindField("person.hobby"));
        Assert.Single(await reopened.ListCatalogVersionsAsync());
    }

    [Fact]
    public async Task ASavedVersionIsSeenByAnotherStoreOnTheSameDatabaseWithoutReopeningIt()
    {
        await using var other = await engine.CreateStoreAsync(TestCatalog.Create(), Clock);
        var saved = await Store.SaveCatalogAsync(With(Store.Catalog, Hobby), 1, "admin", "新增字段 person.hobby（爱好）");

        Assert.Equal(new CatalogVersionInfo(2, "admin", Clock.GetUtcNow(), "新增字段 person.hobby（爱好）"), saved);
        Assert.Equal(2, Store.CatalogVersion);
        Assert.NotNull(Store.Catalog.FindField("person.hobby"));
        Assert.Null(other.Catalog.FindField("person.hobby"));
        Assert.True(await other.RefreshCatalogAsync());
        Assert.Equal(2, other.CatalogVersion);
        Assert.Equal(CatalogJson.Write(Store.Catalog), CatalogJson.Write(other.Catalog));
        Assert.False(await other.RefreshCatalogAsync());
        Assert.Equal([2L, 1L], (await other.ListCatalogVersionsAsync()).Select(v => v.Version));
        Assert.Null((await other.ReadCatalogVersionAsync(1))!.FindField("person.hobby"));
    }

    [Fact]
    public async Task ASaveChecksValuesAgainstTheNewestVersionSavedElsewhere()
    {
        var (_, person) = await SeedFamilyAsync();
        await using var other = await engine.CreateStoreAsync(TestCatalog.Create(), Clock);
        await other.SaveCatalogAsync(With(other.Catalog, Hobby), 1, "admin", "新增字段");

        // This store object still holds version 1, yet its next save knows the field and its options.
        var refused = Session();
        refused.Change(person, 1, new Dictionary<string, object?> { ["hobby"] = "围棋" }, Jan1);
        var error = await Assert.ThrowsAsync<StoreValidationException>(() => refused.SaveChangesAsync());
        Assert.Contains("书法", error.Errors.Single().Message.Zh);
        var s = Session();
        s.Change(person, 1, new Dictionary<string, object?> { ["hobby"] = "象棋" }, Jan1);
        await s.SaveChangesAsync();
        Assert.Equal("象棋", (await Store.GetAsync(person))!["hobby"]);
    }

    [Fact]
    public async Task ASaveFromAStaleVersionIsRefusedAndNothingIsStored()
    {
        await using var other = await engine.CreateStoreAsync(TestCatalog.Create(), Clock);
        await other.SaveCatalogAsync(With(other.Catalog, Hobby), 1, "admin-a", "新增字段");
        var conflict = await Assert.ThrowsAsync<CatalogConflictException>(() =>
            Store.SaveCatalogAsync(With(TestCatalog.Create(), Hobby with { LabelZh = "兴趣" }), 1, "admin-b", "新增字段"));

        Assert.Contains("第1版，当前为第2版", conflict.Text.Zh);
        Assert.Equal(2, Store.CatalogVersion);
        Assert.Equal("爱好", Store.Catalog.FindField("person.hobby")!.LabelZh);
        Assert.Equal(2, (await Store.ListCatalogVersionsAsync()).Count);
    }

    [Fact]
    public async Task StoredValuesOfAFieldAreCountedOverDocumentsAndPeriodicValues()
    {
        var (hh1, _) = await SeedFamilyAsync(name: "张三");
        var (hh2, _) = await SeedFamilyAsync(name: "李四");
        await SeedFamilyAsync(VillageB, "王五");
        var s = Session();
        s.Change(hh2, 1, new Dictionary<string, object?> { ["dibao_persons"] = 3, ["dibao_status"] = null }, Jan1);
        s.SetPeriodic(hh1, "dibao_amount", "2026-10", 600m);
        s.SetPeriodic(hh1, "dibao_amount", "2026-11", 600.5m);
        s.SetPeriodic(hh2, "dibao_amount", "2026-11", 600m);
        await s.SaveChangesAsync();

        Assert.Equal([new StoredValueCount("2", 2), new StoredValueCount("3", 1)], await Store.CountStoredValuesAsync("household", "dibao_persons"));
        Assert.Equal([new StoredValueCount("\"在保\"", 2), new StoredValueCount("null", 1)], await Store.CountStoredValuesAsync("household", "dibao_status"));
        var amounts = await Store.CountStoredValuesAsync("household", "dibao_amount");
        Assert.Equal(3, amounts.Where(a => a.Json != "null").Sum(a => a.Count));
        Assert.Contains(new StoredValueCount("600.5", 1), amounts);
        Assert.Empty((await Store.CountStoredValuesAsync("person", "hobby")).Where(a => a.Json != "null"));
    }

    [Fact]
    public async Task AValueStoredBeforeATypeChangeIsReadAsTheNewTypeAndTheChainStillVerifies()
    {
        var (hh, _) = await SeedFamilyAsync();
        var old = Store.Catalog.FindField("household.dibao_persons")!;
        await Store.SaveCatalogAsync(With(Store.Catalog, old with { Type = FieldType.Text, Validation = FieldValidation.None }), 1, "admin", "类型改为文本");

        Assert.Equal("2", (await Store.GetAsync(hh))!["dibao_persons"]);
        Assert.Equal("2", StoredFieldValue.Read("2", FieldType.Text));
        Assert.Equal(12L, StoredFieldValue.Read("\"12\"", FieldType.Int));
        Assert.Equal("十二", StoredFieldValue.Read("\"十二\"", FieldType.Int));
        var verification = await Store.VerifyAsync(VillageA);
        Assert.True(verification.IsIntact, string.Join("; ", verification.Breaks.Select(b => b.Problem).Concat(verification.Differences.Select(d => d.ToString()))));
    }
}
