using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FormHub.Storage.Shared;

/// <summary>
/// The hash of an event over its content and its predecessor's hash (数据质量终身追责): changing any stored column of an
/// event, or removing one, breaks the chain from there on. Events are signed with HMAC-SHA256 under a key kept outside
/// the database (<see cref="Audit.AuditKeyRing"/>), its id part of what is signed, so someone who can rewrite the database
/// cannot recompute a chain that verifies. Events written before keys existed (no key id) were plain SHA-256: they
/// still verify, as legacy.
/// </summary>
internal static class EventHasher
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Timestamps are kept to the millisecond so both engines give back exactly what was hashed.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public static string Compute(
        string villageCode, long villageSequence, Guid entityId, string entityType, int kind, DateOnly validFrom,
        string? period, DateTimeOffset recordedAt, string user, int source, string payload, string previousHash, Audit.AuditKey? key)
    {
        var content = string.Join('\n',
            villageCode,
            villageSequence.ToString(CultureInfo.InvariantCulture),
            entityId.ToString("D"),
            entityType,
            kind.ToString(CultureInfo.InvariantCulture),
            validFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            period ?? "",
            recordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            user,
            source.ToString(CultureInfo.InvariantCulture),
            payload,
            previousHash);
        return key is null
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))
            : Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(content + "\n" + key.Id)));
    }

    /// <summary>
    /// The signature of a village's chain head (its last sequence and hash). Without it, a whole chain rewritten as
    /// legacy (unkeyed) events, head included, would verify; with it the head itself cannot be replaced.
    /// </summary>
    public static string SealHead(string villageCode, long lastVillageSequence, string lastHash, Audit.AuditKey key)
    {
        var content = string.Join('\n', "head", villageCode, lastVillageSequence.ToString(CultureInfo.InvariantCulture), lastHash, key.Id);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(content)));
    }
}
