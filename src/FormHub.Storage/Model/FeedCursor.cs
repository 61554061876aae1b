namespace FormHub.Storage.Model;

/// <summary>
/// A position in the change feed: the writing transaction, then the event's sequence number. PostgreSQL saves run in
/// parallel, so sequence numbers commit out of order; reading by transaction and releasing only transactions older than
/// every one still running keeps the feed gap-free. SQLite commits one writer at a time, so its transaction is always 0.
/// </summary>
public readonly record struct FeedCursor(long Transaction, long Sequence) : IComparable<FeedCursor>
{
    /// <summary>Before the first change.</summary>
    public static readonly FeedCursor Start = default;

    public int CompareTo(FeedCursor other) => (Transaction, Sequence).CompareTo((other.Transaction, other.Sequence));

    public static bool operator <(FeedCursor a, FeedCursor b) => a.CompareTo(b) < 0;

    public static bool operator >(FeedCursor a, FeedCursor b) => a.CompareTo(b) > 0;

    public static bool operator <=(FeedCursor a, FeedCursor b) => a.CompareTo(b) <= 0;

    public static bool operator >=(FeedCursor a, FeedCursor b) => a.CompareTo(b) >= 0;

    public override string ToString() => Transaction == 0 ? Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Transaction}:{Sequence}";
}
