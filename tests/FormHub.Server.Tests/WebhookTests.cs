using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FormHub.Core.Periods;
using FormHub.Distribution;
using FormHub.Server.Hosting;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Tests;

/// <summary>
/// Webhooks end to end: a receiver on loopback that checks the signature as a subscriber would gets the signed
/// "report.ready" delivery, a failing receiver is retried with backoff, one that always fails ends failed after the
/// last attempt; every attempt is in the delivery log. (The server: <see cref="DepartmentServer"/>, first retry after 1 s.)
/// </summary>
[Collection(DepartmentServerCollection.Name)]
public sealed class WebhookTests(DepartmentServer server)
{
    private string LastMonth => Period.Parse(server.CurrentPeriod).Previous.Key;

    [Fact]
    public async Task ALoopbackReceiverThatChecksTheSignatureGetsTheReadyDeliveryForLastMonthAndTheLogShowsItDelivered()
    {
        await using var receiver = WebhookReceiver.Start(_ => HttpStatusCode.OK);
        var department = await server.SignedInAsync(Accounts.Department);
        var subscribed = await department.SubscribeAsync("mz-dibao-monthly", DemoCounty.Qingxi, receiver.Url);
        var secret = subscribed.GetProperty("webhookSecret").GetString();
        Assert.False(string.IsNullOrWhiteSpace(secret));
        receiver.Secret = secret;
        var id = subscribed.Id();
        try
        {
            // The demo's past months are approved: last month's report is ready, and told once.
            var received = await receiver.WaitForAsync(r => r.Count >= 1, 10, "the ready delivery");
            var hook = received[0];
            Assert.True(hook.Verified, $"signature {hook.Signature} at {hook.Timestamp} does not verify for {hook.Body}");
            Assert.Equal(200, hook.Answered);
            Assert.StartsWith("application/json", hook.ContentType);
            Assert.Matches("^sha256=[0-9a-f]{64}$", hook.Signature);
            var sent = DateTimeOffset.FromUnixTimeSeconds(long.Parse(hook.Timestamp!));
            Assert.True((DateTimeOffset.UtcNow - sent).Duration() < WebhookReceiver.Tolerance);

            var body = JsonDocument.Parse(hook.Body).RootElement;
            Assert.Equal("report.ready", body.GetProperty("event").GetString());
            Assert.Equal(id, body.GetProperty("subscriptionId").GetGuid());
            Assert.Equal("mz-dibao-monthly", body.GetProperty("templateId").GetString());
            Assert.Equal("民政", body.GetProperty("department").GetString());
            Assert.Equal(DemoCounty.Qingxi, body.GetProperty("unit").GetProperty("code").GetString());
            Assert.Equal("清溪镇", body.GetProperty("unit").GetProperty("name").GetString());
            Assert.Equal(LastMonth, body.GetProperty("period").GetString());
            var completeness = body.GetProperty("completeness");
            Assert.Equal(6, completeness.GetProperty("villages").GetInt32());
            Assert.Equal(6, completeness.GetProperty("approved").GetInt32());
            Assert.Equal(100m, completeness.GetProperty("reportingRate").GetDecimal());
            Assert.EndsWith($"/#/reports/mz-dibao-monthly/{DemoCounty.Qingxi}?period={LastMonth}", body.GetProperty("reportUrl").GetString());
            AuthorizationMatrixTests.AssertNoSensitiveData(server, body);

            // The log: delivered with the receiver's 2xx on the first attempt; its payload is what was signed and sent.
            var log = await DepartmentCalls.EventuallyAsync(() => department.DeliveriesAsync(id),
                l => l.Count == 1 && Status(l[0]) == "delivered", "the log shows the delivery delivered");
            var delivery = log[0];
            Assert.Equal(hook.DeliveryId, delivery.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
            Assert.Equal(200, delivery.GetProperty("lastStatusCode").GetInt32());
            Assert.Equal(JsonValueKind.Null, delivery.GetProperty("lastError").ValueKind);
            Assert.Equal(receiver.Url, delivery.GetProperty("url").GetString());
            Assert.Equal(hook.Body, delivery.GetProperty("payload").GetString());

            // Told once: more notifier passes send nothing more.
            await Task.Delay(400);
            Assert.Single(receiver.Received);
            Assert.Single(await department.DeliveriesAsync(id));

            // The secret was shown once: neither the list nor the log repeats it; nobody else reads the log.
            Assert.DoesNotContain(secret!, (await (await department.GetAsync("/api/subscriptions")).OkJsonAsync()).GetRawText());
            Assert.DoesNotContain(secret!, (await (await department.GetAsync($"/api/subscriptions/{id}/deliveries")).OkJsonAsync()).GetRawText());
            var admin = await server.SignedInAsync(Accounts.Admin);
            using (var foreign = await admin.GetAsync($"/api/subscriptions/{id}/deliveries")) await foreign.ProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            await department.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task AReceiverAnswering500IsRetriedAfterTheBackoffAndDeliveredOnTheSecondAttempt()
    {
        await using var receiver = WebhookReceiver.Start(n => n == 1 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK);
        var department = await server.SignedInAsync(Accounts.Department);
        var subscribed = await department.SubscribeAsync("mz-dibao-monthly", DemoCounty.Shiqiao, receiver.Url);
        receiver.Secret = subscribed.GetProperty("webhookSecret").GetString();
        var id = subscribed.Id();
        try
        {
            // Attempt 1 fails with 500: the log says so and when the next attempt is (1 s later: WebhookFirstRetrySeconds).
            await receiver.WaitForAsync(r => r.Count >= 1, 10, "the first attempt");
            var failed = await DepartmentCalls.EventuallyAsync(() => department.DeliveriesAsync(id),
                l => l.Count == 1 && l[0].GetProperty("attempts").GetInt32() >= 1, "the log shows the first attempt");
            var first = failed[0];
            Assert.Equal(1, first.GetProperty("attempts").GetInt32());
            Assert.Equal("pending", Status(first));
            Assert.Equal(500, first.GetProperty("lastStatusCode").GetInt32());
            Assert.Contains("500", first.GetProperty("lastError").GetString());
            var attemptedAt = first.GetProperty("updatedAt").GetDateTimeOffset();
            var next = first.GetProperty("nextAttemptAt").GetDateTimeOffset();
            Assert.InRange((next - attemptedAt).TotalSeconds, 0.99, 1.01);

            // Attempt 2 succeeds: delivered, two attempts, the receiver saw the same delivery twice with the same body.
            var received = await receiver.WaitForAsync(r => r.Count >= 2, 10, "the retry");
            var log = await DepartmentCalls.EventuallyAsync(() => department.DeliveriesAsync(id),
                l => l.Count == 1 && Status(l[0]) == "delivered", "the log shows the retry delivered");
            Assert.Equal(2, log[0].GetProperty("attempts").GetInt32());
            Assert.Equal(200, log[0].GetProperty("lastStatusCode").GetInt32());
            Assert.Equal([500, 200], received.Select(r => r.Answered));
            Assert.All(received, r => Assert.True(r.Verified));
            Assert.Equal(received[0].DeliveryId, received[1].DeliveryId);
            Assert.Equal(received[0].Body, received[1].Body);
            Assert.True(received[1].At - received[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(received[1].At - received[0].At).TotalSeconds} s");
            Assert.Equal("report.ready", JsonDocument.Parse(received[1].Body).RootElement.GetProperty("event").GetString());

            await Task.Delay(300);
            Assert.Equal(2, receiver.Received.Count);
        }
        finally
        {
            await department.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task AReceiverThatAlwaysFailsEndsFailedAfterTheLastAttempt()
    {
        await using var receiver = WebhookReceiver.Start(_ => HttpStatusCode.ServiceUnavailable);
        var department = await server.SignedInAsync(Accounts.Department);
        var subscribed = await department.SubscribeAsync("mz-dibao-monthly", DemoCounty.YangliuTownship, receiver.Url);
        receiver.Secret = subscribed.GetProperty("webhookSecret").GetString();
        var id = subscribed.Id();
        try
        {
            // Both attempts (at once, then 1 s later) fail: failed, and no more attempts.
            var log = await DepartmentCalls.EventuallyAsync(() => department.DeliveriesAsync(id),
                l => l.Count == 1 && Status(l[0]) != "pending", "the delivery ends", seconds: 15);
            Assert.Equal("failed", Status(log[0]));
            Assert.Equal(DepartmentServer.MaxAttempts, log[0].GetProperty("attempts").GetInt32());
            Assert.Equal(503, log[0].GetProperty("lastStatusCode").GetInt32());
            Assert.Contains("503", log[0].GetProperty("lastError").GetString());

            var received = receiver.Received.ToList();
            Assert.Equal(DepartmentServer.MaxAttempts, received.Count);
            Assert.All(received, r => Assert.True(r.Verified));
            Assert.Single(received.Select(r => r.DeliveryId).Distinct());
            Assert.True(received[1].At - received[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(received[1].At - received[0].At).TotalSeconds} s");

            await Task.Delay(600);
            Assert.Equal(DepartmentServer.MaxAttempts, receiver.Received.Count);
            Assert.Equal("failed", Status((await department.DeliveriesAsync(id))[0]));
        }
        finally
        {
            await department.UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task ARedirectIsNotFollowed()
    {
        // A receiver must not be able to bounce FormHub to another address (here a second loopback receiver; in earnest, cloud metadata).
        await using var elsewhere = WebhookReceiver.Start(_ => HttpStatusCode.OK);
        await using var receiver = WebhookReceiver.Start(_ => HttpStatusCode.TemporaryRedirect);
        receiver.RedirectTo = elsewhere.Url;
        var department = await server.SignedInAsync(Accounts.Department);
        var subscribed = await department.SubscribeAsync("mz-tekun-monthly", DemoCounty.Qingxi, receiver.Url);
        receiver.Secret = elsewhere.Secret = subscribed.GetProperty("webhookSecret").GetString();
        var id = subscribed.Id();
        try
        {
            var log = await DepartmentCalls.EventuallyAsync(() => department.DeliveriesAsync(id),
                l => l.Count == 1 && l[0].GetProperty("attempts").GetInt32() >= 1, "the first attempt");
            Assert.Equal("pending", Status(log[0]));
            Assert.Equal(307, log[0].GetProperty("lastStatusCode").GetInt32());
            await Task.Delay(300);
            Assert.Single(receiver.Received);
            Assert.Empty(elsewhere.Received);
        }
        finally
        {
            await department.UnsubscribeAsync(id);
        }
    }

    private static string? Status(JsonElement delivery) => delivery.GetProperty("status").GetString();
}

/// <summary>The signature a receiver checks (<see cref="WebhookSignature"/>), without a server.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "s3cr3t-of-the-subscription";
    private const string Body = """{"event":"report.ready","title":"农村最低生活保障情况月报","period":"2026-11"}""";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_795_000_000);
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    private static string Ts(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TheSignatureIsHmacSha256OfTheTimestampADotAndTheBody()
    {
        var signature = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{Ts(Now)}.{Body}"));
        Assert.Equal("sha256=" + Convert.ToHexStringLower(expected), signature);
        Assert.True(WebhookSignature.Verify(Secret, Ts(Now), Body, signature, Now, FiveMinutes));
        Assert.True(WebhookSignature.Verify(Secret, Ts(Now), Body, signature, Now.AddMinutes(4), FiveMinutes));
    }

    [Fact]
    public void ATamperedBodyAWrongSecretOrAStaleTimestampDoesNotVerify()
    {
        var ts = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(Secret, ts, Body);
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now), Body.Replace("2026-11", "2026-10"), signature, Now, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now), Body + " ", signature, Now, FiveMinutes));
        Assert.False(WebhookSignature.Verify("another-secret", Ts(Now), Body, signature, Now, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Secret + "x", Ts(Now), Body, signature, Now, FiveMinutes));
        // The timestamp is signed: moving it (to pass the freshness check) breaks the signature.
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now.AddSeconds(1)), Body, signature, Now, FiveMinutes));
        // A replay older than five minutes, or from the future, is refused even with a good signature.
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now), Body, signature, Now.AddMinutes(6), FiveMinutes));
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now), Body, signature, Now.AddMinutes(-6), FiveMinutes));
        // Malformed headers.
        Assert.False(WebhookSignature.Verify(Secret, "not-a-number", Body, signature, Now, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now), Body, signature["sha256=".Length..], Now, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now), Body, signature.ToUpperInvariant(), Now, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Secret, Ts(Now), Body, "", Now, FiveMinutes));
    }

    [Fact]
    public void SecretsAreRandomAndUrlSafe()
    {
        var secrets = Enumerable.Range(0, 20).Select(_ => WebhookSignature.NewSecret()).ToList();
        Assert.Equal(20, secrets.Distinct().Count());
        Assert.All(secrets, s => Assert.Matches("^[A-Za-z0-9_-]{43}$", s));
    }
}

/// <summary>Which addresses a webhook may reach (<see cref="WebhookAddressPolicy"/>, default settings), without a server.</summary>
public sealed class WebhookAddressPolicyTests
{
    private static readonly WebhookAddressPolicy Default = new(new FormHubServerOptions().ToDistribution());

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.1")]
    [InlineData("240.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fd00::1")]
    [InlineData("fc00::1")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("::ffff:169.254.169.254")]
    public void LoopbackPrivateLinkLocalCarrierNatAndReservedAddressesAreRefused(string address) =>
        Assert.False(Default.IsAllowed(IPAddress.Parse(address)), $"{address} must be refused");

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void PublicAddressesAreAllowed(string address) =>
        Assert.True(Default.IsAllowed(IPAddress.Parse(address)), $"{address} must be allowed");

    [Fact]
    public void AnOperatorMayAllowPrivateAddresses()
    {
        var open = new WebhookAddressPolicy(new FormHubServerOptions { WebhookAllowPrivateAddresses = true }.ToDistribution());
        Assert.True(open.AllowPrivate);
        Assert.False(Default.AllowPrivate);
        foreach (var address in new[] { "127.0.0.1", "10.0.0.5", "192.168.1.1", "::1", "fd00::1" }) Assert.True(open.IsAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [MemberData(nameof(WebhookUrlRefusalTests.RefusedUrls), MemberType = typeof(WebhookUrlRefusalTests))]
    public async Task TheRefusedUrlsAreRefusedWithAChineseAndAnEnglishReason(string url)
    {
        var why = await Default.CheckAsync(url, CancellationToken.None);
        Assert.NotNull(why);
        Assert.True(Http.IsChinese(why.Zh), why.Zh);
        Assert.False(Http.IsChinese(why.En), why.En);
    }
}
