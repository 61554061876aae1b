using Npgsql;

namespace FormHub.Storage.Marten;

/// <summary>
/// Transaction-scoped advisory locks kept while the caller works: disposing ends the transaction, which releases them (and
/// so does a connection that dies, so a crashed holder never keeps a lock).
/// </summary>
internal sealed class TransactionHold(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.CommitAsync();
        }
        finally
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
