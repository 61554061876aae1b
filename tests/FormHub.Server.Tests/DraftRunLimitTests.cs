using System.Net;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Tests;

/// <summary>
/// Issue 12: an admin previewing a draft in a loop (a hostile one costs ~100 ms of CPU each) is held to one preview at a
/// time and a steady rate, refused 429 with a Chinese message and Retry-After, while other admins keep previewing.
/// </summary>
[Collection(TemplateServerCollection.Name)]
public sealed class DraftRunLimitTests(TemplateServer server)
{
    [Fact]
    public async Task ABurstOfPreviewsByOneAdminIsRefused429InChineseWhileAnotherAdminsPreviewStillWorks()
    {
        var hammering = await NewAdminAsync("preview-burst");
        var request = new { yaml = TemplateDrafts.Pension("mz-burst-monthly"), unit = DemoCounty.Shimen, period = server.CurrentPeriod };

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => hammering.PostJsonAsync("/api/admin/templates/preview", request)));

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused); // one at a time, and at most the burst of 5 even if they had run one after another
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var problem = await refused[0].ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("预览或分析草稿过于频繁", problem.Detail());
        var retryAfter = refused.Max(r => r.Headers.RetryAfter?.Delta);
        Assert.InRange(retryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.TooManyRequests), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        // Another admin is not held back by this one's loop, and the first previews again once it waited as told.
        var other = await NewAdminAsync("preview-calm");
        var preview = await (await other.PostJsonAsync("/api/admin/templates/preview", request)).OkJsonAsync();
        Assert.Equal("石门村委会", preview.GetProperty("unitName").GetString());
        await Task.Delay(retryAfter.Value);
        await (await hammering.PostJsonAsync("/api/admin/templates/preview", request)).OkJsonAsync();
    }

    [Fact]
    public async Task ChecksWaitForEachOtherAsTheAdminTypesButAFloodIsRefused()
    {
        var admin = await NewAdminAsync("check-flood");
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            admin.PostJsonAsync("/api/admin/templates/check", new { yaml = TemplateDrafts.Pension($"mz-typing{i}-monthly") })));

        // The running check and the two waiting behind it are answered; the rest of the flood is refused.
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.OK) >= 3, string.Join(", ", answers.Select(a => (int)a.StatusCode)));
        var refused = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Contains("检查草稿过于频繁", (await refused.ProblemAsync(HttpStatusCode.TooManyRequests)).Detail());
    }

    private async Task<HttpClient> NewAdminAsync(string userName)
    {
        await server.Store.SaveAccountAsync(new UserAccount
        {
            UserName = userName, DisplayName = "县管理员（限速）", Role = AccountRole.Admin, ViewScope = DemoCounty.County,
            PasswordHash = PasswordHashing.Hash(DemoCounty.Password),
        });
        return await server.SignInAsync(userName);
    }
}
