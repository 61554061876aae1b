namespace FormHub.Storage;

/// <summary>
/// A session for a bulk load (a roster import) that is still <b>one</b> transaction but need not hold the whole load in
/// memory: <see cref="FlushAsync"/> validates and writes the operations collected so far inside the open transaction
/// (later batches see them; nobody else does), and <see cref="CommitAsync"/> makes every batch durable at once. Disposing
/// without committing rolls every batch back, so a refused batch still means nothing of the load was written.
/// </summary>
/// <remarks>
/// Operation indexes (<see cref="Errors.FieldError.OperationIndex"/>) count from the session's first operation across
/// batches, so a refusal in any batch names the operation the caller registered. <see cref="IStoreSession.SaveChangesAsync"/>
/// on a bulk session is a flush: nothing is durable before <see cref="CommitAsync"/>.
/// </remarks>
public interface IBulkStoreSession : IStoreSession, IAsyncDisposable
{
    /// <summary>
    /// Validates and writes the pending operations inside the bulk transaction. Throws what
    /// <see cref="IStoreSession.SaveChangesAsync"/> throws; the session is then spent (dispose it: nothing is written).
    /// </summary>
    Task FlushAsync(CancellationToken ct = default);

    /// <summary>
    /// Appends <paramref name="entry"/> to the audit trail in the commit's transaction (an import's 导入 line): the line is
    /// there exactly when the load is.
    /// </summary>
    void Audit(Model.AuditEntry entry);

    /// <summary>Flushes what is pending and commits every batch of the session, and its audit lines, in one commit.</summary>
    Task CommitAsync(CancellationToken ct = default);
}
