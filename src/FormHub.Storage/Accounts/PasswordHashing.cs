using Microsoft.AspNetCore.Identity;

namespace FormHub.Storage.Accounts;

/// <summary>Hashes and checks passwords with ASP.NET Core Identity's hasher (PBKDF2, salted, versioned).</summary>
public static class PasswordHashing
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(UserAccount account, string password) =>
        Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
