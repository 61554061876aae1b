using System.Security.Cryptography;
using System.Text;

namespace FormHub.Distribution;

/// <summary>
/// Signs webhook bodies: <c>X-FormHub-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))</c> with the
/// Unix timestamp in <c>X-FormHub-Timestamp</c>. The timestamp is inside the signed content, so a receiver that rejects
/// old timestamps cannot be fed a replayed delivery.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-FormHub-Signature";
    public const string TimestampHeader = "X-FormHub-Timestamp";
    public const string DeliveryHeader = "X-FormHub-Delivery";

    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>What a receiver does: recompute and compare in constant time, and refuse timestamps older than <paramref name="tolerance"/>.</summary>
    public static bool Verify(string secret, string timestampHeader, string body, string signatureHeader, DateTimeOffset now, TimeSpan tolerance) =>
        long.TryParse(timestampHeader, out var ts)
        && (now - DateTimeOffset.FromUnixTimeSeconds(ts)).Duration() <= tolerance
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, ts, body)), Encoding.ASCII.GetBytes(signatureHeader));

    /// <summary>A new random secret (or feed token), URL-safe.</summary>
    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
