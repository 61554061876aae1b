using System.Data.Common;

namespace FormHub.Storage.Sqlite;

/// <summary>Terse parameter binding for the SQLite store's SQL.</summary>
internal static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? tx = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return command;
    }

    /// <summary>Binds one parameter per value (<paramref name="prefix"/>0, 1 …) and returns their names for an IN (…) list.</summary>
    public static string WithList<T>(this DbCommand command, string prefix, IEnumerable<T> values) =>
        string.Join(", ", values.Select((value, i) =>
        {
            command.With(prefix + i, value);
            return prefix + i;
        }).ToList());

    /// <summary>
    /// Binds <c>@prefix</c> and <c>@prefixEnd</c> for <c>code &gt;= @prefix AND code &lt; @prefixEnd</c>: the codes that start
    /// with <paramref name="prefix"/>, as a range an index can seek on (SQLite's LIKE is case-insensitive, so it cannot use
    /// an ordinary index and scans).
    /// </summary>
    public static DbCommand WithPrefix(this DbCommand command, string prefix) =>
        command.With("@prefix", prefix).With("@prefixEnd", PrefixEnd(prefix));

    /// <summary>A string past every code that starts with <paramref name="prefix"/> (codes are digits) and before any other.</summary>
    public static string PrefixEnd(string prefix) => prefix + "\uffff";

    /// <summary>Rebinds an existing parameter: statements reused across a batch keep their prepared plan.</summary>
    public static void Set(this DbCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    public static async Task<long> ScalarLongAsync(this DbCommand command, CancellationToken ct) =>
        Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
}
