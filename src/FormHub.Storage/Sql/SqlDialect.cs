using System.Data.Common;

namespace FormHub.Storage.Sql;

/// <summary>
/// The few places where SQLite and PostgreSQL differ; everything else in <see cref="SqlFormHubStore"/> is shared SQL,
/// which is what keeps the two engines behaving identically.
/// </summary>
public abstract class SqlDialect
{
    public abstract string EngineName { get; }

    /// <summary>Qualified name of a FormHub table, e.g. <c>"tenant".entities</c> on PostgreSQL.</summary>
    public abstract string Table(string name);

    /// <summary>Statements creating every table and index if missing.</summary>
    public abstract IEnumerable<string> SchemaStatements();

    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Begins the write transaction; SQLite takes its write lock at once so two writers never deadlock on upgrade.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>
    /// Serialises event appends until commit, so the change feed's cursor never skips an event that commits late
    /// and each village's hash chain grows one event at a time.
    /// </summary>
    public abstract Task LockEventLogAsync(DbConnection connection, DbTransaction tx, CancellationToken ct);

    /// <summary>SQL turning a JSON text parameter into the engine's JSON column type.</summary>
    public abstract string JsonDocument(string parameter);

    /// <summary>SQL for the JSON text column of the event log, which must keep the exact text the hash covers.</summary>
    public abstract string JsonText(string parameter);

    /// <summary>SQL reading a JSON column back as text.</summary>
    public abstract string JsonAsText(string column);

    /// <summary>A WHERE fragment matching entities whose field equals a value, and the parameter value to bind.</summary>
    public abstract (string Sql, object Value) FieldEquals(string field, object? value, string parameter);

    /// <summary>SQL for the number of field changes in an event payload column.</summary>
    public abstract string ChangeCount(string payloadColumn);

    public abstract object IdValue(Guid id);

    public abstract Guid ReadId(DbDataReader reader, int ordinal);
}
