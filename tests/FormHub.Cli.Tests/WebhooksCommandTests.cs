using System.Net;
using System.Net.Sockets;
using System.Text;
using FormHub.Distribution;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

public sealed class WebhooksCommandTests : IAsyncLifetime, IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly HttpListener _listener = new();
    private readonly List<(string Body, string Timestamp, string Signature)> _received = [];
    private HttpStatusCode _answer = HttpStatusCode.OK;
    private string _url = "";

    public async Task InitializeAsync()
    {
        // Only the regions are needed for the store to exist; no county has to be seeded.
        Assert.Equal(0, (await _cli.RunAsync(["regions", "import", RepositoryRoot.DemoRegions])).ExitCode);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(_url);
        _listener.Start();
        _ = Task.Run(ReceiveAsync);
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_received)
                _received.Add((body, context.Request.Headers[WebhookSignature.TimestampHeader]!, context.Request.Headers[WebhookSignature.SignatureHeader]!));
            context.Response.StatusCode = (int)_answer;
            context.Response.Close();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _listener.Close();
        _cli.Dispose();
    }

    /// <summary>A subscription to the receiver with one notification told: one delivery waiting (due in <paramref name="dueIn"/>).</summary>
    private async Task<Subscription> PendingAsync(TimeSpan dueIn = default)
    {
        await using var store = await _cli.OpenStoreAsync();
        var now = DateTimeOffset.UtcNow;
        var subscription = new Subscription(Guid.NewGuid(), "minzheng", "mz-dibao-monthly", "360835000000", WebhookSignature.NewSecret(), _url,
            WebhookSignature.NewSecret(), now);
        await store.SaveSubscriptionAsync(subscription);
        await store.TellAsync(new Notification(0, subscription.Id, "minzheng", "mz-dibao-monthly", "360835000000", "2026-11", "ready",
            "农村最低生活保障情况月报（清溪县，2026年11月）已可查看", "应报 22 个村", now, null), "ready", """{"event":"report.ready"}""", now.Add(dueIn));
        return subscription;
    }

    private async Task<WebhookDelivery> DeliveryAsync(Subscription subscription)
    {
        await using var store = await _cli.OpenStoreAsync();
        return Assert.Single(await store.ListDeliveriesAsync(subscription.Id));
    }

    [Fact]
    public async Task RetryDeliversAWaitingWebhookNowSignedWithTheSubscriptionsSecret()
    {
        var subscription = await PendingAsync(dueIn: TimeSpan.FromMinutes(30)); // not due yet: retry sends it anyway
        var result = await _cli.RunAsync(["webhooks", "retry", "--allow-private-addresses"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("送达 1 条", result.Out);

        var (body, timestamp, signature) = Assert.Single(_received);
        Assert.Equal("""{"event":"report.ready"}""", body);
        Assert.True(WebhookSignature.Verify(subscription.WebhookSecret!, timestamp, body, signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        var delivery = await DeliveryAsync(subscription);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(200, delivery.LastStatusCode);
    }

    [Fact]
    public async Task AFailedDeliveryIsTriedAgainOnlyWithFailed()
    {
        var subscription = await PendingAsync();
        await using (var store = await _cli.OpenStoreAsync())
        {
            var d = Assert.Single(await store.ListDeliveriesAsync(subscription.Id));
            await store.SaveDeliveryAttemptAsync(d.Id, DeliveryStatus.Failed, 5, DateTimeOffset.UtcNow, 500, "HTTP 500", DateTimeOffset.UtcNow);
        }
        var without = await _cli.RunAsync(["webhooks", "retry", "--allow-private-addresses"]);
        Assert.Equal(0, without.ExitCode);
        Assert.Contains("--failed", without.Out);
        Assert.Empty(_received);

        var with = await _cli.RunAsync(["webhooks", "retry", "--failed", "--allow-private-addresses"]);
        Assert.True(with.ExitCode == 0, with.ToString());
        Assert.Single(_received);
        Assert.Equal(DeliveryStatus.Delivered, (await DeliveryAsync(subscription)).Status);
    }

    [Fact]
    public async Task AReceiverThatStillFailsIsLeftForTheNextRetryWithTheAttemptLogged()
    {
        _answer = HttpStatusCode.ServiceUnavailable;
        var subscription = await PendingAsync();
        var result = await _cli.RunAsync(["webhooks", "retry", "--allow-private-addresses"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("待重试 1 条", result.Out);
        var delivery = await DeliveryAsync(subscription);
        Assert.Equal((DeliveryStatus.Pending, 1, 503), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.True(delivery.NextAttemptAt > DateTimeOffset.UtcNow.AddSeconds(20)); // the server's schedule: 30 s later
    }

    [Fact]
    public async Task WithoutAllowingPrivateAddressesALoopbackReceiverIsNeverCalled()
    {
        var subscription = await PendingAsync();
        var result = await _cli.RunAsync(["webhooks", "retry"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(_received);
        var delivery = await DeliveryAsync(subscription);
        Assert.NotEqual(DeliveryStatus.Delivered, delivery.Status);
        Assert.Contains("不允许的网络地址", delivery.LastError);
    }

    [Fact]
    public async Task HelpExplainsFailedAndPrivateAddresses()
    {
        var result = await _cli.RunAsync(["webhooks", "retry", "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--failed", result.Out);
        Assert.Contains("--allow-private-addresses", result.Out);
        Assert.Contains("立即推送", result.Out);
    }
}
