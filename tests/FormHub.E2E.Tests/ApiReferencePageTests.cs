namespace FormHub.E2E.Tests;

/// <summary>The Scalar API reference at /api/docs: rendered in the real browser for an admin, from the server's own files.</summary>
[Collection(BigVillageCollection.Name)]
public sealed class ApiReferencePageTests(LiveServer server)
{
    [Fact]
    public async Task AnAdminReadsTheMachineApiInTheReferencePageServedWithoutAnyOtherHost()
    {
        var errors = new List<string>();
        var page = await server.OpenPageAsync(1280, 900, errors);
        var foreign = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)) foreign.Add(request.Url); };
        await page.SignInAsync("admin");
        await page.GotoAsync("/api/docs");
        try { await page.WaitForFunctionAsync("document.body.innerText.includes('Machine API')", null, new() { Timeout = 30_000 }); }
        catch (TimeoutException) { throw new InvalidOperationException($"errors: {string.Join(" | ", errors)}; text: {await page.InnerTextAsync("body")}"); }
        Assert.Contains("Import", await page.InnerTextAsync("body"));
        Assert.Empty(foreign);
        Assert.Empty(errors.Where(e => e.Contains("Content Security Policy", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ACadreIsNotShownTheReferencePage()
    {
        var page = await server.OpenPageAsync();
        await page.SignInAsync("cadre");
        var response = await page.GotoAsync("/api/docs");
        Assert.Equal(403, response!.Status);
    }
}
