namespace FormHub.Storage.Marten;

/// <summary>
/// Which advisory lock a save takes for an ID number: one lock per bucket of numbers, so an import of 50,000 persons
/// does not exhaust PostgreSQL's lock table, and two saves that register the same number wait for each other.
/// </summary>
internal static class IdentityLockBuckets
{
    /// <summary>Few enough to fit the lock table beside other work, many enough that cadres rarely wait.</summary>
    public const int Count = 1024;

    /// <summary>The same bucket in every process (FNV-1a over the UTF-8 bytes; string.GetHashCode differs per process).</summary>
    public static int Of(string idNumber)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(idNumber.ToUpperInvariant())) hash = (hash ^ b) * 16777619u;
        return (int)(hash % Count);
    }
}
