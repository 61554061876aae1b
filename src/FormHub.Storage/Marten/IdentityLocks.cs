namespace FormHub.Storage.Marten;

/// <summary>
/// Which advisory locks a save takes for the ID numbers it registers, so two saves that register the same number wait for
/// each other. A save of up to <see cref="PerNumberLimit"/> numbers (a form, a village load) takes the shared lock of the
/// identity space and one lock per number: two village loads running side by side then share no lock (with 1,024 buckets
/// each village load took ~600 of them, so concurrent loads queued on each other for their whole transaction). A larger
/// save (a 50,000-person import) takes the space's lock exclusively instead, which waits for every smaller save and keeps
/// PostgreSQL's lock table (~64 entries per connection, shared) from running out. A bulk session that writes more than one
/// batch takes the space exclusively from its first batch with numbers (<c>wholeSpace</c>): its batches share one
/// transaction, so per-number locks would pile up to one per number of the whole import; and it can never upgrade a shared
/// lock to the exclusive one later, which two such sessions would deadlock on.
/// </summary>
public static class IdentityLocks
{
    /// <summary>Room for a village load (~1,000 numbers) a few at a time beside the web saves, within the default lock table.</summary>
    public const int PerNumberLimit = 2_000;

    /// <summary>
    /// Locks the numbers until the transaction ends, in one round trip. Space first, then numbers in key order, so two
    /// saves cannot deadlock. The SQL takes <c>@space</c> (the store's schema) and <c>@keys</c> when it has any.
    /// <paramref name="wholeSpace"/> asks for the space's exclusive lock whatever the count.
    /// </summary>
    public static (string Sql, int[] Keys) For(IReadOnlyCollection<string> idNumbers, bool wholeSpace = false) =>
        wholeSpace || !PerNumber(idNumbers)
            ? ("SELECT pg_advisory_xact_lock(hashtext(@space), 0)", [])
            : ("""
               SELECT pg_advisory_xact_lock_shared(hashtext(@space), 0);
               SELECT pg_advisory_xact_lock(hashtext(@space || '.number'), k) FROM (SELECT k FROM unnest(@keys) AS k ORDER BY k) AS ordered
               """, idNumbers.Select(KeyOf).Distinct().Order().ToArray());

    /// <summary>Whether a save of <paramref name="idNumbers"/> locks them one by one (see <see cref="PerNumberLimit"/>).</summary>
    public static bool PerNumber(IReadOnlyCollection<string> idNumbers) => idNumbers.Count <= PerNumberLimit;

    /// <summary>The same key in every process (FNV-1a over the UTF-8 bytes; string.GetHashCode differs per process).</summary>
    public static int KeyOf(string idNumber)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(idNumber.ToUpperInvariant())) hash = (hash ^ b) * 16777619u;
        return unchecked((int)hash);
    }
}
