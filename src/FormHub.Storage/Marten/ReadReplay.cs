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
/// transaction is marked on the flow of the code that opened it: <see cref="OwnTransaction"/> opens a scope, in the method
/// that owns the transaction, around the Marten sessions enlisted in it (<see cref="MartenFormHubStore.SessionOn"/>
/// refuses to enlist one outside it). The scope is set and restored synchronously in that method's flow, so it covers
/// every read of those sessions (and what they await) and nothing after it is disposed: a later read in the same method,
/// on a connection of its own, keeps its replay.
/// </remarks>
internal static class ReadReplay
{
    private static readonly AsyncLocal<bool> OnOwnTransaction = new();

    /// <summary>Whether reads here run on a transaction FormHub opened (inside an <see cref="OwnTransaction"/> scope).</summary>
    public static bool InOwnTransaction => OnOwnTransaction.Value;

    /// <summary>Reads until the scope is disposed, in the calling method and what it awaits, run on a transaction FormHub opened.</summary>
    public static IDisposable OwnTransaction()
    {
        var before = OnOwnTransaction.Value;
        OnOwnTransaction.Value = true;
        return new Scope(before);
    }

    private sealed class Scope(bool before) : IDisposable
    {
        public void Dispose() => OnOwnTransaction.Value = before;
    }

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
