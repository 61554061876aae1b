using JasperFx.Events.Daemon;
using Marten.Exceptions;
using Npgsql;
using Polly;
using Polly.Retry;

namespace FormHub.Storage.Marten;

/// <summary>
/// When Marten replays a read PostgreSQL failed: as Marten's own default does (a database or Marten command failure, three
/// more tries, 50 ms doubling), except on a transaction FormHub opened. There any failed statement has aborted the
/// transaction, so a replay can only be refused (25P02) while the save's locks stay held through the back-off; the first
/// failure is what the caller must see (a lock failure told as the conflict, anything else as the fault it is). A read on
/// a connection of its own (a query session) keeps the replay: it is idempotent and nothing else rides on the connection.
/// </summary>
/// <remarks>
/// Marten 9 has one read pipeline per store and hands the strategy neither the session nor its connection, so the
/// transaction is marked on the flow of the code that opened it: <see cref="MarkOwnTransaction"/> is called where a
/// Marten session is enlisted in it (<see cref="MartenFormHubStore.SessionOn"/>). Set in that (synchronous) call, the mark
/// stays on the calling async method and what it awaits, and is gone when that method returns (an async method does
/// not hand its flow's changes back to its caller), so it covers every read of the session and nothing after.
/// </remarks>
internal static class ReadReplay
{
    private static readonly AsyncLocal<bool> OnOwnTransaction = new();

    /// <summary>Reads from here on in the calling async method (and what it awaits) run on a transaction FormHub opened.</summary>
    public static void MarkOwnTransaction() => OnOwnTransaction.Value = true;

    /// <summary>The store's read pipeline (<c>StoreOptions.ConfigurePolly</c>).</summary>
    public static void Configure(ResiliencePipelineBuilder builder) => builder.AddRetry(new RetryStrategyOptions
    {
        ShouldHandle = args => ValueTask.FromResult(!OnOwnTransaction.Value
            && args.Outcome.Exception is NpgsqlException or MartenCommandException or EventLoaderException),
        MaxRetryAttempts = 3,
        Delay = TimeSpan.FromMilliseconds(50),
        BackoffType = DelayBackoffType.Exponential,
    });
}
