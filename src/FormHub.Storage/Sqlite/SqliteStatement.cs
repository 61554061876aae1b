using System.Data.Common;

namespace FormHub.Storage.Sqlite;

/// <summary>One parameterised write of a save.</summary>
internal sealed record SqliteStatement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Runs a save's writes with one reused command per distinct statement (on SQLite a round trip is a function call, so
/// there is nothing to batch). Returns each statement's affected-row count, in order.
/// </summary>
internal static class SqliteStatements
{
    public static async Task<int[]> ExecuteAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<SqliteStatement> statements, CancellationToken ct)
    {
        var affected = new int[statements.Count];
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
