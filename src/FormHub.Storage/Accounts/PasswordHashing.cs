using System.Buffers.Binary;
using System.Security.Cryptography;

namespace FormHub.Storage.Accounts;

/// <summary>
/// Hashes and checks passwords with PBKDF2 (<see cref="Rfc2898DeriveBytes.Pbkdf2(ReadOnlySpan{char}, ReadOnlySpan{byte}, int, HashAlgorithmName, int)"/>)
/// in ASP.NET Core Identity's version-3 format, so every hash Identity's <c>PasswordHasher</c> stored before still
/// verifies and Identity would accept ours: <c>base64(0x01 | prf:uint32 BE | iterations:uint32 BE | salt length:uint32 BE | salt | subkey)</c>,
/// prf 0 = HMAC-SHA1, 1 = HMAC-SHA256, 2 = HMAC-SHA512. New hashes: HMAC-SHA512, 100,000 iterations, 16-byte salt, 32-byte subkey (Identity's defaults).
/// </summary>
public static class PasswordHashing
{
    private const byte FormatMarker = 0x01;
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int SubkeyBytes = 32;
    private const int HeaderBytes = 13;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, SubkeyBytes);
        var output = new byte[HeaderBytes + SaltBytes + SubkeyBytes];
        output[0] = FormatMarker;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1), 2); // HMAC-SHA512
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), Iterations);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(9), SaltBytes);
        salt.CopyTo(output, HeaderBytes);
        subkey.CopyTo(output, HeaderBytes + SaltBytes);
        return Convert.ToBase64String(output);
    }

    public static bool Verify(UserAccount account, string password) => Verify(account.PasswordHash, password);

    /// <summary>True when <paramref name="password"/> matches <paramref name="storedHash"/>; false for a wrong password or a malformed hash.</summary>
    public static bool Verify(string storedHash, string password)
    {
        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(storedHash);
        }
        catch (FormatException)
        {
            return false;
        }
        if (decoded.Length < HeaderBytes || decoded[0] != FormatMarker) return false;
        var algorithm = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(1)) switch
        {
            0 => HashAlgorithmName.SHA1,
            1 => HashAlgorithmName.SHA256,
            2 => HashAlgorithmName.SHA512,
            _ => (HashAlgorithmName?)null,
        };
        var iterations = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(5));
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(9));
        if (algorithm is null || iterations == 0 || iterations > int.MaxValue || saltLength < 16 || saltLength > decoded.Length - HeaderBytes) return false;
        var salt = decoded.AsSpan(HeaderBytes, (int)saltLength);
        var expected = decoded.AsSpan(HeaderBytes + (int)saltLength);
        if (expected.Length < 16) return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, (int)iterations, algorithm.Value, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
