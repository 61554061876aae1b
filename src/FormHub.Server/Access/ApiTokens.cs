using System.Security.Cryptography;
using System.Text;

namespace FormHub.Server.Access;

/// <summary>Bearer tokens of the machine API: 256 random bits, shown once, kept only as SHA-256.</summary>
public static class ApiTokens
{
    /// <summary>The prefix makes a leaked token recognisable (secret scanners, logs).</summary>
    public const string Prefix = "fhk_";

    public static string Generate() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
