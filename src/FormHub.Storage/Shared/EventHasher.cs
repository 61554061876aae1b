using System.Buffers;
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
        // The same bytes as the lines joined by '\n' (and the key id last when signed), written as UTF-8 into one rented
        // buffer instead of a joined string, its concatenation with the key id and their encoding (a county load hashes
        // 400,000 events).
        var content = new ContentWriter(villageCode.Length + entityType.Length + (period?.Length ?? 0) + user.Length + payload.Length +
                                        previousHash.Length + (key?.Id.Length ?? 0) + 128);
        try
        {
            content.Line(villageCode);
            content.Line(villageSequence);
            content.Line(entityId);
            content.Line(entityType);
            content.Line(kind);
            content.Line(validFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            content.Line(period ?? "");
            content.Line(recordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            content.Line(user);
            content.Line(source);
            content.Line(payload);
            if (key is null)
            {
                content.Last(previousHash);
                return Convert.ToHexStringLower(SHA256.HashData(content.Written));
            }
            content.Line(previousHash);
            content.Last(key.Id);
            return Convert.ToHexStringLower(Mac(key, content.Written));
        }
        finally
        {
            content.Return();
        }
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

    /// <summary>This thread's HMAC of the last key it signed with, reset after each use.</summary>
    [ThreadStatic] private static (Audit.AuditKey Key, IncrementalHash Hmac)? _threadHmac;

    /// <summary>
    /// HMAC-SHA256 of <paramref name="content"/> under <paramref name="key"/>, through an HMAC kept per thread and key: the
    /// one-shot form set the key up again for every event (measured: more than half of an event's hashing).
    /// </summary>
    private static byte[] Mac(Audit.AuditKey key, ReadOnlySpan<byte> content)
    {
        if (_threadHmac is not { } held || !ReferenceEquals(held.Key, key))
        {
            _threadHmac?.Hmac.Dispose();
            held = (key, IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Secret));
            _threadHmac = held;
        }
        held.Hmac.AppendData(content);
        return held.Hmac.GetHashAndReset();
    }

    /// <summary>The hashed content as UTF-8 lines in a rented buffer that grows as needed.</summary>
    private struct ContentWriter(int capacity)
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity * 3);
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Line(string text)
        {
            Last(text);
            Append("\n"u8);
        }

        public void Line(long number)
        {
            Span<byte> digits = stackalloc byte[20];
            number.TryFormat(digits, out var n, default, CultureInfo.InvariantCulture);
            Append(digits[..n]);
            Append("\n"u8);
        }

        public void Line(Guid id)
        {
            Span<byte> text = stackalloc byte[36];
            id.TryFormat(text, out _, "D");
            Append(text);
            Append("\n"u8);
        }

        public void Last(string text)
        {
            Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
            _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        private void Ensure(int more)
        {
            if (_length + more <= _buffer.Length) return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        public readonly void Return() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
