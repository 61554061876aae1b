using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FormHub.Storage.Sql;

/// <summary>
/// SHA-256 over an event's content and its predecessor's hash (数据质量终身追责): changing any stored column of an
/// event, or removing one, breaks the chain from there on.
/// </summary>
internal static class EventHasher
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Timestamps are kept to the millisecond so both engines give back exactly what was hashed.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) =>
        new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public static string Compute(
        string villageCode, long villageSequence, Guid entityId, string entityType, int kind, DateOnly validFrom,
        string? period, DateTimeOffset recordedAt, string user, int source, string payload, string previousHash)
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
