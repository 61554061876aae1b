using System.Diagnostics;
using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// Transaction-scoped advisory locks kept while the caller works: disposing ends the transaction, which releases them (and
/// so does a connection that dies, so a crashed holder never keeps a lock). It is ended by a rollback — it wrote nothing —
/// and never throws: it is let go after the caller's own save has committed, which a dropped hold connection must not
/// turn into a failure (the server freed the locks with the connection).
/// </summary>
internal sealed class TransactionHold(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.RollbackAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            Trace.TraceWarning($"FormHub: ending an advisory-lock hold failed ({e.GetType().Name}: {e.Message}); its locks went with its connection.");
        }
        finally
        {
            try
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                Trace.TraceWarning($"FormHub: closing an advisory-lock hold's connection failed ({e.GetType().Name}: {e.Message}).");
            }
        }
    }
}
