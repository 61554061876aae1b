using FormHub.Core.Catalog;
using FormHub.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.E2E.Tests;

/// <summary>
/// 发行版目录 in the browser, on a phone: after an upgrade the catalog page says which shipped fields differ from this
/// system's, and the admin applies one as a new catalog version.
/// </summary>
[Collection(TemplateWalkServerCollection.Name)]
public sealed class ShippedCatalogOfferTests(LiveServer server)
{
    [Fact]
    public async Task TheCatalogPageOffersAShippedFieldThatDiffersAndTheAdminAppliesIt()
    {
        // The store as an older release left it: 住址 under another label.
        var store = server.Services.GetRequiredService<IFormHubStore>();
        await store.RefreshCatalogAsync();
        var older = new FieldCatalog(store.Catalog.EntityTypes, store.Catalog.Fields.Select(f => f.Key == "household.address" ? f with { LabelZh = "家庭住址（旧）" } : f));
        await store.SaveCatalogAsync(older, store.CatalogVersion, "formhub", "旧版本目录");

        var errors = new List<string>();
        var admin = await server.OpenPageAsync(360, 740, errors);
        await admin.SignInAsync("admin");
        await admin.ClickAsync("[data-testid=nav-catalog]");
        var offer = admin.Locator("[data-testid=catalog-shipped-field][data-key='household.address']");
        await offer.WaitForAsync();
        Assert.Contains("1 个字段与本系统不同", await admin.TextAsync("[data-testid=catalog-shipped] h2"));
        Assert.Contains("household.address", await offer.InnerTextAsync());
        await admin.ScreenshotToResultsAsync("catalog-shipped-offer-360");

        await offer.Locator("[data-testid=catalog-shipped-apply]").ClickAsync();
        await admin.WaitForSelectorAsync("[data-testid=catalog-saved]");
        Assert.Equal(0, await admin.Locator("[data-testid=catalog-shipped]").CountAsync());
        Assert.NotEqual("家庭住址（旧）", store.Catalog.FindField("household.address")!.LabelZh);
        Assert.Empty(errors);
    }
}
