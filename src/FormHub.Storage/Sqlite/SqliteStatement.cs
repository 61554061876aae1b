using System.Data.Common;

namespace FormHub.Storage.Sql;

/// <summary>One parameterised write of a save.</summary>
internal sealed record SqlStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Runs a save's writes with the fewest round trips the engine allows: one <see cref="DbBatch"/> per few hundred
/// statements where the provider batches (Npgsql), otherwise one reused command per distinct statement (SQLite, where
/// a round trip is a function call). Returns each statement's affected-row count, in order.
/// </summary>
internal static class SqlStatements
{
    private const int BatchSize = 500;

    public static async Task<int[]> ExecuteAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<SqlStatement> statements, CancellationToken ct)
    {
        var affected = new int[statements.Count];
        if (connection.CanCreateBatch)
        {
            for (var start = 0; start < statements.Count; start += BatchSize)
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = tx;
                var end = Math.Min(statements.Count, start + BatchSize);
                for (var i = start; i < end; i++)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = statements[i].Sql;
                    foreach (var (name, value) in statements[i].Parameters)
                    {
                        var p = command.CreateParameter();
                        p.ParameterName = name;
                        p.Value = value ?? DBNull.Value;
                        command.Parameters.Add(p);
                    }
                    batch.BatchCommands.Add(command);
                }
                await batch.ExecuteNonQueryAsync(ct);
                for (var i = start; i < end; i++) affected[i] = batch.BatchCommands[i - start].RecordsAffected;
            }
            return affected;
        }

        var prepared = new Dictionary<string, DbCommand>();
        try
        {
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (!prepared.TryGetValue(statement.Sql, out var command))
                {
                    command = connection.Command(statement.Sql, tx);
                    foreach (var (name, _) in statement.Parameters) command.With(name, null);
                    prepared[statement.Sql] = command;
                }
                foreach (var (name, value) in statement.Parameters) command.Set(name, value);
                affected[i] = await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            foreach (var command in prepared.Values) await command.DisposeAsync();
        }
        return affected;
    }
}
