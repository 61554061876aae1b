using System.Collections.Concurrent;
using System.Net;

namespace FormHub.Server.Tests.Faults;

/// <summary>
/// Several cadres saving batches as fast as the server answers, each in its own village, until told to stop or until
/// the server is gone. Records what each batch got: acknowledged (200), refused with a status, or no answer at all.
/// </summary>
internal sealed class SaveBurst(IReadOnlyList<(HttpClient Client, string Village)> clients)
{
    private int _acknowledged;

    /// <summary>Batches that got a 200: the server promised they are stored.</summary>
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new();

    /// <summary>Answers other than 200, with their detail.</summary>
    public ConcurrentBag<(HttpStatusCode Status, string? RetryAfter, string Detail)> Refused { get; } = [];

    /// <summary>Batches sent that got no answer (the connection broke): they may be stored or not, but never in part.</summary>
    public ConcurrentBag<string> Unanswered { get; } = [];

    public int AcknowledgedCount => Volatile.Read(ref _acknowledged);

    /// <summary>Saves until <paramref name="ct"/> is cancelled; a broken connection ends nothing, the next batch is tried.</summary>
    public Task RunAsync(string prefix, TimeSpan pause, CancellationToken ct) => Task.WhenAll(clients.Select((c, i) => Task.Run(async () =>
    {
        for (var n = 0; !ct.IsCancellationRequested; n++)
        {
            var batch = $"{prefix}{i}x{n}";
            try
            {
                using var answer = await FaultCounty.SaveBatchAsync(c.Client, c.Village, batch);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    Acknowledged[batch] = c.Village;
                    Interlocked.Increment(ref _acknowledged);
                }
                else
                {
                    Refused.Add((answer.StatusCode, answer.Headers.RetryAfter?.ToString(), await FaultCounty.DetailAsync(answer)));
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                Unanswered.Add(batch);
                if (ct.IsCancellationRequested) break;
                await Task.Delay(50, CancellationToken.None);
            }
            if (pause > TimeSpan.Zero) await Task.Delay(pause, CancellationToken.None);
        }
    }, CancellationToken.None)));

    /// <summary>Waits until <paramref name="count"/> batches are acknowledged (or the time is up).</summary>
    public async Task WaitForAcknowledgedAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (AcknowledgedCount < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(AcknowledgedCount >= count, $"only {AcknowledgedCount} saves were acknowledged; refused: {string.Join(" | ", Refused.Select(r => $"{(int)r.Status} {r.Detail}"))}");
    }
}
