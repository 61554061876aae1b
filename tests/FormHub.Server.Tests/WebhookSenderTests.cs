using System.Net;
using System.Text;
using FormHub.Core.Catalog;
using FormHub.Distribution;
using FormHub.Server.Hosting;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Tests;

/// <summary>
/// The webhook sender's schedule with the shipped settings, on a clock the test moves (no waiting): a failing receiver
/// is tried again after 30 s, 2 min, 8 min and 32 min, then the delivery is failed; each attempt is signed afresh and
/// kept in the log. A real SQLite store; the receiver is a stub handler.
/// </summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("formhub-webhook-sender-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
    private IFormHubStore _store = null!;

    public async Task InitializeAsync() =>
        _store = await FormHubStoreFactory.OpenAsync(new StorageOptions { DataDirectory = _directory },
            CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog")), _clock);

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* cleaned up with the temp folder */ }
    }

    [Fact]
    public async Task AFailingReceiverIsTriedAfter30s2min8minAnd32minThenTheDeliveryFails()
    {
        var receiver = new StubReceiver(_ => HttpStatusCode.InternalServerError);
        var sender = Sender(receiver, new FormHubServerOptions());
        var (subscription, payload) = await PendingDeliveryAsync();

        TimeSpan[] waits = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(32)];
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await sender.DeliverDueAsync(CancellationToken.None);
            Assert.Equal(attempt, receiver.Requests.Count);
            var delivery = Assert.Single(await _store.ListDeliveriesAsync(subscription.Id));
            Assert.Equal(attempt, delivery.Attempts);
            Assert.Equal(500, delivery.LastStatusCode);
            Assert.Equal(_clock.GetUtcNow(), delivery.UpdatedAt);
            if (attempt == 5)
            {
                Assert.Equal(DeliveryStatus.Failed, delivery.Status);
                break;
            }
            Assert.Equal(DeliveryStatus.Pending, delivery.Status);
            Assert.Equal(waits[attempt - 1], delivery.NextAttemptAt - delivery.UpdatedAt!.Value);

            // Not before its time.
            _clock.Now = delivery.NextAttemptAt.AddSeconds(-1);
            await sender.DeliverDueAsync(CancellationToken.None);
            Assert.Equal(attempt, receiver.Requests.Count);
            _clock.Now = delivery.NextAttemptAt;
        }

        // Failed is final.
        _clock.Now = _clock.Now.AddDays(30);
        await sender.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(5, receiver.Requests.Count);

        // Every attempt carried the same body and delivery id, signed with its own (then current) timestamp.
        Assert.All(receiver.Requests, r =>
        {
            Assert.Equal(payload, r.Body);
            Assert.True(WebhookSignature.Verify(subscription.WebhookSecret!, r.Timestamp, r.Body, r.Signature, r.At, TimeSpan.FromMinutes(5)));
        });
        Assert.Single(receiver.Requests.Select(r => r.DeliveryId).Distinct());
        Assert.Equal(5, receiver.Requests.Select(r => r.Timestamp).Distinct().Count());
    }

    [Fact]
    public async Task A2xxAnswerDeliversAtOnceAndIsNotSentAgain()
    {
        var receiver = new StubReceiver(_ => HttpStatusCode.Accepted);
        var sender = Sender(receiver, new FormHubServerOptions());
        var (subscription, _) = await PendingDeliveryAsync();
        await sender.DeliverDueAsync(CancellationToken.None);
        var delivery = Assert.Single(await _store.ListDeliveriesAsync(subscription.Id));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(202, delivery.LastStatusCode);
        Assert.Null(delivery.LastError);
        _clock.Now = _clock.Now.AddDays(1);
        await sender.DeliverDueAsync(CancellationToken.None);
        Assert.Single(receiver.Requests);
        Assert.Equal("application/json", receiver.Requests[0].ContentType);
    }

    [Fact]
    public async Task AReceiverThatCannotBeReachedIsRetriedLikeAFailingOne()
    {
        var receiver = new StubReceiver(_ => throw new HttpRequestException("Connection refused"));
        var sender = Sender(receiver, new FormHubServerOptions { WebhookMaxAttempts = 2, WebhookFirstRetrySeconds = 10 });
        var (subscription, _) = await PendingDeliveryAsync();
        await sender.DeliverDueAsync(CancellationToken.None);
        var first = Assert.Single(await _store.ListDeliveriesAsync(subscription.Id));
        Assert.Equal(DeliveryStatus.Pending, first.Status);
        Assert.Null(first.LastStatusCode);
        Assert.Contains("Connection refused", first.LastError);
        Assert.Equal(TimeSpan.FromSeconds(10), first.NextAttemptAt - first.UpdatedAt!.Value);
        _clock.Now = first.NextAttemptAt;
        await sender.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(DeliveryStatus.Failed, Assert.Single(await _store.ListDeliveriesAsync(subscription.Id)).Status);
    }

    [Fact]
    public async Task ASlowReceiverDoesNotHoldUpAnotherSubscribersDelivery()
    {
        // The slow receiver answers only once the other subscriber's request has arrived: one after the other, it would
        // wait in vain (its delivery was told first), and the pass would fail.
        var otherArrived = new TaskCompletionSource();
        var receiver = new StubReceiver(_ => HttpStatusCode.OK)
        {
            Before = async request =>
            {
                if (request.RequestUri!.Host == "slow.example.org") await otherArrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
                else otherArrived.TrySetResult();
            },
        };
        var sender = Sender(receiver, new FormHubServerOptions());
        var (slow, _) = await PendingDeliveryAsync("https://slow.example.org/formhub");
        var (quick, _) = await PendingDeliveryAsync("https://quick.example.org/formhub");

        await sender.DeliverDueAsync(CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await _store.ListDeliveriesAsync(slow.Id)).Status);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await _store.ListDeliveriesAsync(quick.Id)).Status);
    }

    private WebhookSender Sender(StubReceiver receiver, FormHubServerOptions options) =>
        new(_store, () => new StubClients(receiver, _clock).CreateClient(WebhookSender.ClientName), options.ToDistribution(), _clock);

    /// <summary>A subscription with a webhook and one notification told: one pending delivery, due now.</summary>
    private async Task<(Subscription Subscription, string Payload)> PendingDeliveryAsync(string url = "https://hooks.example.org/formhub")
    {
        var now = _clock.GetUtcNow();
        var subscription = new Subscription(Guid.NewGuid(), Accounts.Department, "mz-dibao-monthly", DemoCounty.County, WebhookSignature.NewSecret(),
            url, WebhookSignature.NewSecret(), now);
        await _store.SaveSubscriptionAsync(subscription);
        var payload = $$"""{"event":"report.ready","subscriptionId":"{{subscription.Id}}","title":"农村最低生活保障情况月报","period":"2026-11"}""";
        await _store.TellAsync(new Notification(0, subscription.Id, subscription.UserName, subscription.TemplateId, subscription.UnitCode, "2026-11", "ready",
            "农村最低生活保障情况月报（清溪县，2026年11月）已可查看", "应报 22 个村", now, null), "ready", payload, now);
        return (subscription, payload);
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed record StubRequest(string Body, string Timestamp, string Signature, string DeliveryId, string? ContentType, DateTimeOffset At);

    /// <summary>
    /// Answers every POST with what <c>answer</c> says for the n-th one (or throws, as a refused connection does), after
    /// <see cref="Before"/> if set. Requests may arrive in parallel.
    /// </summary>
    private sealed class StubReceiver(Func<int, HttpStatusCode> answer) : HttpMessageHandler
    {
        private readonly List<StubRequest> _requests = [];

        public IReadOnlyList<StubRequest> Requests { get { lock (_requests) return _requests.ToList(); } }

        public TimeProvider Clock { get; set; } = TimeProvider.System;

        public Func<HttpRequestMessage, Task>? Before { get; init; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (Before is not null) await Before(request);
            var body = await request.Content!.ReadAsStringAsync(ct);
            var received = new StubRequest(body, request.Headers.GetValues(WebhookSignature.TimestampHeader).Single(),
                request.Headers.GetValues(WebhookSignature.SignatureHeader).Single(), request.Headers.GetValues(WebhookSignature.DeliveryHeader).Single(),
                request.Content.Headers.ContentType?.MediaType, Clock.GetUtcNow());
            int n;
            lock (_requests)
            {
                _requests.Add(received);
                n = _requests.Count;
            }
            return new HttpResponseMessage(answer(n)) { Content = new StringContent("", Encoding.UTF8) };
        }
    }

    private sealed class StubClients(StubReceiver receiver, TimeProvider clock) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name)
        {
            Assert.Equal(WebhookSender.ClientName, name);
            receiver.Clock = clock;
            return new HttpClient(receiver, disposeHandler: false);
        }
    }
}
