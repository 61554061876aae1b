using System.Data.Common;

namespace FormHub.Storage.Sql;

/// <summary>
/// The few places where SQLite and PostgreSQL differ; everything else in <see cref="SqlFormHubStore"/> is shared SQL,
/// which is what keeps the two engines behaving identically.
/// </summary>
public abstract class SqlDialect
{
    public abstract string EngineName { get; }

    /// <summary>Which database this is (see <see cref="IFormHubStore.Location"/>).</summary>
    public abstract string Location { get; }

    /// <summary>Qualified name of a FormHub table, e.g. <c>"tenant".entities</c> on PostgreSQL.</summary>
    public abstract string Table(string name);

    /// <summary>Statements creating every table and index if missing.</summary>
    public abstract IEnumerable<string> SchemaStatements();

    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Brings tables created by an older FormHub up to date where a statement alone cannot (runs after <see cref="SchemaStatements"/>).</summary>
    public virtual Task UpgradeAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Begins the write transaction; SQLite takes its write lock at once so two writers never deadlock on upgrade. One write
    /// transaction per connection: on SQLite the process's write gate stays shut until the connection closes.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>
    /// Serialises event appends per village until commit, so each village's hash chain grows one event at a time.
    /// Saves in different villages do not wait for each other.
    /// </summary>
    public abstract Task LockVillageChainsAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<string> villages, CancellationToken ct);

    /// <summary>
    /// Serialises writes of the definitions (catalog versions and the template log) until commit, so a catalog change and a
    /// template publish cannot both pass their check against the other's old version (write skew under READ COMMITTED).
    /// </summary>
    public abstract Task LockDefinitionsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct);

    /// <summary>SQL for the feed's transaction number of an event row (a <see cref="Model.FeedCursor.Transaction"/>).</summary>
    public abstract string FeedTransaction { get; }

    /// <summary>
    /// WHERE fragment for the events after a feed position, given as @tx and @seq, limited to those that can no longer be
    /// preceded by an event committing later.
    /// </summary>
    public abstract string FeedAfter { get; }

    /// <summary>ORDER BY list of the feed, oldest first or (with <paramref name="descending"/>) newest first.</summary>
    public abstract string FeedOrder(bool descending = false);

    /// <summary>SQL reading a top-level field of the <c>data</c> JSON column as text.</summary>
    public abstract string JsonField(string field);

    /// <summary>
    /// Serialises, until commit, saves that register the same ID numbers (identity numbers are unique across villages and
    /// counties, so this is not the village lock). Taken before any village chain lock, always in the same order.
    /// </summary>
    public abstract Task LockIdentityNumbersAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<string> idNumbers, CancellationToken ct);

    /// <summary>SQL counting (0 or 1) the tables named by a parameter holding a <see cref="Table"/> name.</summary>
    public abstract string TableExists(string parameter);

    /// <summary>SQL listing the unqualified names of every table of this store.</summary>
    public abstract string ListTables { get; }

    /// <summary>SQL counting (0 or 1) the columns named @column of the FormHub table named @table (unqualified).</summary>
    public abstract string ColumnExists { get; }

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
