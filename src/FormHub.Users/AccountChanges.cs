namespace FormHub.Users;

/// <summary>
/// Counts the account changes made through this process's <see cref="AccountService"/>. Whoever keeps what it read of
/// accounts for a moment (the server's recently validated sessions) reads again once the count moved, so a change made on
/// this server takes effect on the very next request.
/// </summary>
public sealed class AccountChanges
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    internal void Note() => Interlocked.Increment(ref _count);
}
