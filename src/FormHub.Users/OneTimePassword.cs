using System.Security.Cryptography;

namespace FormHub.Users;

/// <summary>
/// The password a reset or a new account gets: 12 characters from an alphabet without look-alikes (no 0/O, 1/l/I), so it
/// can be read out over the phone to a village cadre; it only lets them choose their own.
/// </summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 12);
}
