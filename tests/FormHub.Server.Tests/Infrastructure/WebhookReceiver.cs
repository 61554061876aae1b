using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FormHub.Distribution;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>One POST a <see cref="WebhookReceiver"/> got, and what it answered.</summary>
public sealed record ReceivedWebhook(string Body, string? Timestamp, string? Signature, string? DeliveryId, string? ContentType, bool Verified, int Answered,
    DateTimeOffset At);

/// <summary>
/// A subscriber's webhook endpoint on 127.0.0.1 (a free port): it checks each POST exactly as a subscriber would —
/// <see cref="WebhookSignature.Verify"/> with the secret FormHub gave once, the timestamp within five minutes — answers
/// 401 when that fails, else what <c>answer</c> says for the n-th request (1-based), and keeps every request.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly HttpListener _listener;
    private readonly Func<int, HttpStatusCode> _answer;
    private readonly Task _loop;
    private int _count;

    private WebhookReceiver(HttpListener listener, int port, Func<int, HttpStatusCode> answer)
    {
        _listener = listener;
        _answer = answer;
        Url = $"http://127.0.0.1:{port}/hook";
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Where FormHub is to POST.</summary>
    public string Url { get; }

    /// <summary>
    /// The signing secret, once the subscription answered it. A delivery can arrive before the test has read the answer
    /// (the notifier polls every 100 ms), so a request waits up to 5 s for it; without it the request fails verification.
    /// </summary>
    public string? Secret { get; set; }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Sent as <c>Location</c> with a 3xx answer.</summary>
    public string? RedirectTo { get; set; }

    public static WebhookReceiver Start(Func<int, HttpStatusCode> answer)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new WebhookReceiver(listener, port, answer);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken in between: take another
            }
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds for what was received, or fails after <paramref name="seconds"/>.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> done, double seconds, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var received = Received.ToList();
            if (done(received)) return received;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{what}: not within {seconds} s; received {received.Count}: {string.Join(" | ", received.Select(r => $"{r.Answered} {r.Body}"))}");
            await Task.Delay(50);
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try
            {
                string body;
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8)) body = await reader.ReadToEndAsync();
                for (var i = 0; i < 100 && Secret is null; i++) await Task.Delay(50);
                var timestamp = context.Request.Headers[WebhookSignature.TimestampHeader];
                var signature = context.Request.Headers[WebhookSignature.SignatureHeader];
                var verified = context.Request.HttpMethod == "POST" && Secret is { } secret && timestamp is not null && signature is not null
                               && WebhookSignature.Verify(secret, timestamp, body, signature, DateTimeOffset.UtcNow, Tolerance);
                var n = Interlocked.Increment(ref _count);
                var status = verified ? (int)_answer(n) : 401;
                Received.Enqueue(new ReceivedWebhook(body, timestamp, signature, context.Request.Headers[WebhookSignature.DeliveryHeader],
                    context.Request.ContentType, verified, status, DateTimeOffset.UtcNow));
                context.Response.StatusCode = status;
                if (status is >= 300 and < 400 && RedirectTo is not null) context.Response.RedirectLocation = RedirectTo;
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The sender gave up on this request; keep serving.
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try { await _loop; }
        catch (ObjectDisposedException) { }
    }
}
