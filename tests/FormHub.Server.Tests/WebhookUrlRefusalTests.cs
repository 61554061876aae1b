using System.Net;
using System.Text.Json;
using FormHub.Distribution;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// A webhook URL that is not http(s), carries credentials or points at loopback, private, link-local (cloud metadata)
/// or otherwise reserved addresses is refused with 400 and nothing is stored (the default settings: private addresses not allowed).
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class WebhookUrlRefusalTests(SqliteServer server)
{
    public static TheoryData<string> RefusedUrls() =>
    [
        "ftp://example.org/hook",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://example.org:70/_",
        "example.org/hook",
        "http://127.0.0.1/hook",
        "http://127.0.0.1:5000/api/session/me",
        "http://localhost/hook",
        "http://10.0.0.5/",
        "http://172.16.0.1/",
        "http://192.168.1.1/admin",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/latest/meta-data",
        "http://2130706433/",           // 127.0.0.1 as one number
        "http://0x7f000001/",
        "http://user:pw@example.org/",
        "https://user@example.org/hook",
    ];

    [Theory, MemberData(nameof(RefusedUrls))]
    public async Task AWebhookUrlThatIsNotHttpOrPointsAtADisallowedAddressIsRefusedAndNothingIsStored(string url)
    {
        var department = await server.SignedInAsync(Accounts.Department);
        var before = (await (await department.GetAsync("/api/subscriptions")).OkJsonAsync()).GetRawText();
        var inboxBefore = (await (await department.GetAsync("/api/inbox")).OkJsonAsync()).GetRawText();
        using var response = await department.PostJsonAsync("/api/subscriptions",
            new { templateId = "mz-dibao-monthly", unitCode = DemoCounty.County, webhookUrl = url });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Webhook", problem.Detail());
        Assert.Equal(before, (await (await department.GetAsync("/api/subscriptions")).OkJsonAsync()).GetRawText());
        Assert.Equal(inboxBefore, (await (await department.GetAsync("/api/inbox")).OkJsonAsync()).GetRawText());
    }

    [Fact]
    public async Task AStoredWebhookThatNowPointsAtLoopbackIsRefusedAtConnectionTime()
    {
        // As if the name had passed the check and been re-pointed at 127.0.0.1 since (DNS rebinding): the sender checks
        // the address again when it connects, and nothing reaches the receiver.
        await using var receiver = WebhookReceiver.Start(_ => HttpStatusCode.OK);
        var subscription = new Subscription(Guid.NewGuid(), Accounts.Department, "mz-orphan-monthly", DemoCounty.Qingxi, WebhookSignature.NewSecret(),
            receiver.Url, WebhookSignature.NewSecret(), DateTimeOffset.UtcNow);
        receiver.Secret = subscription.WebhookSecret;
        await server.Store.SaveSubscriptionAsync(subscription);
        var department = await server.SignedInAsync(Accounts.Department);
        try
        {
            await server.Factory.Services.GetRequiredService<SubscriptionNotifier>().TellChangesAsync(CancellationToken.None);
            var log = await DepartmentCalls.EventuallyAsync(() => department.DeliveriesAsync(subscription.Id),
                l => l.Count >= 1 && l.All(d => d.GetProperty("attempts").GetInt32() >= 1), "the sender's first attempt", seconds: 10);
            Assert.All(log, d =>
            {
                Assert.Equal("pending", d.GetProperty("status").GetString());
                Assert.Equal(JsonValueKind.Null, d.GetProperty("lastStatusCode").ValueKind);
                Assert.Contains("不允许的网络地址", d.GetProperty("lastError").GetString());
            });
            Assert.Empty(receiver.Received);
        }
        finally
        {
            await department.UnsubscribeAsync(subscription.Id);
        }
    }

    [Fact]
    public async Task TheReasonIsInEnglishForAnEnglishCaller()
    {
        var department = await server.SignInAsync(Accounts.Department, "en");
        using var response = await department.PostJsonAsync("/api/subscriptions",
            new { templateId = "mz-dibao-monthly", unitCode = DemoCounty.County, webhookUrl = "http://169.254.169.254/latest/meta-data" });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, english: true);
        Assert.Contains("169.254.169.254", problem.Detail());
    }
}
