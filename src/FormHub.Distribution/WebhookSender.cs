using System.Net.Sockets;
using System.Text;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Distribution;

/// <summary>
/// Delivers pending webhooks: POSTs the JSON payload signed with the subscription's secret; a 2xx answer delivers it,
/// anything else (or no answer in 10 s) is retried after 30 s, 2 min, 8 min … until the attempts run out. Every attempt
/// is kept in the delivery log.
/// </summary>
public sealed class WebhookSender(IFormHubStore store, Func<HttpClient> client, DistributionOptions options, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    /// <summary>One pass: claims up to ten due deliveries and attempts each once; returns how many it attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        // Ten at a time, each at most 10 s: the three-minute lease outlasts the pass. Different subscribers in parallel,
        // so one slow receiver does not hold up the others; one subscriber's deliveries in the order they were told.
        var due = await store.ClaimDueDeliveriesAsync(clock.GetUtcNow(), TimeSpan.FromMinutes(3), 10, ct);
        await Parallel.ForEachAsync(due.GroupBy(d => d.SubscriptionId), new ParallelOptions { MaxDegreeOfParallelism = 10, CancellationToken = ct },
            async (deliveries, token) =>
            {
                foreach (var delivery in deliveries) await DeliverAsync(delivery, token);
            });
        return due.Count;
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        var subscription = await store.GetSubscriptionAsync(delivery.SubscriptionId, ct);
        var (code, error) = subscription?.WebhookSecret is { } secret ? await PostAsync(delivery, secret, ct) : (null, "订阅已没有 Webhook");
        var attempts = delivery.Attempts + 1;
        var now = clock.GetUtcNow();
        var status = code is >= 200 and < 300 ? DeliveryStatus.Delivered
            : attempts >= options.WebhookMaxAttempts || subscription is null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        var next = status == DeliveryStatus.Pending ? now.AddSeconds(options.WebhookFirstRetrySeconds * Math.Pow(4, attempts - 1)) : now;
        await store.SaveDeliveryAttemptAsync(delivery.Id, status, attempts, next, code, error, now, ct);
    }

    private async Task<(int? Code, string? Error)> PostAsync(WebhookDelivery delivery, string secret, CancellationToken ct)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, delivery.Payload));
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            using var response = await client().SendAsync(request, timeout.Token);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, "10 秒内无应答 / no answer within 10 s");
        }
        catch (HttpRequestException e)
        {
            return (null, e.InnerException is SocketException or WebhookRefusedException ? e.InnerException.Message : e.Message);
        }
    }

    /// <summary>The webhook client: it connects only to addresses <see cref="WebhookAddressPolicy"/> allows, whatever DNS says later.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookAddressPolicy policy) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false, // through a proxy the connect check would vet the proxy, not the receiver
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await System.Net.Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var allowed = addresses.FirstOrDefault(policy.IsAllowed)
                          ?? throw new WebhookRefusedException($"Webhook 地址 {context.DnsEndPoint.Host} 指向不允许的网络地址");
            var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

}

/// <summary>A connection the address policy refused.</summary>
internal sealed class WebhookRefusedException(string message) : Exception(message);
