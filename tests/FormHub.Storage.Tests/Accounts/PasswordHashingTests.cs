using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Identity;

namespace FormHub.Storage.Tests.Accounts;

/// <summary>FormHub's own PBKDF2 hasher against ASP.NET Core Identity's, which stored every existing account's hash.</summary>
public sealed class PasswordHashingTests
{
    private static readonly PasswordHasher<object> Identity = new();

    [Theory]
    [InlineData("FormHub2026")]
    [InlineData("密码：村委会 2026！")]
    public void AHashIdentityStoredVerifiesAndOnlyForItsPassword(string password)
    {
        var stored = Identity.HashPassword(new object(), password);
        Assert.True(PasswordHashing.Verify(stored, password));
        Assert.False(PasswordHashing.Verify(stored, password + "x"));
        Assert.False(PasswordHashing.Verify(stored, ""));
    }

    [Fact]
    public void IdentityAcceptsTheHashesFormHubNowStores()
    {
        var ours = PasswordHashing.Hash("FormHub2026");
        Assert.Equal(PasswordVerificationResult.Success, Identity.VerifyHashedPassword(new object(), ours, "FormHub2026"));
        Assert.Equal(PasswordVerificationResult.Failed, Identity.VerifyHashedPassword(new object(), ours, "formhub2026"));
    }

    [Fact]
    public void IdentityHashesWithAnotherIterationCountStillVerify()
    {
        // The iteration count is read from the stored hash, not assumed (Identity's default has changed over the years).
        var older = new PasswordHasher<object>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
        var stored = older.HashPassword(new object(), "FormHub2026");
        Assert.True(PasswordHashing.Verify(stored, "FormHub2026"));
        Assert.False(PasswordHashing.Verify(stored, "FormHub2025"));
    }

    [Fact]
    public void TwoHashesOfOnePasswordDifferByTheirSalt()
    {
        var a = PasswordHashing.Hash("FormHub2026");
        var b = PasswordHashing.Hash("FormHub2026");
        Assert.NotEqual(a, b);
        Assert.True(PasswordHashing.Verify(a, "FormHub2026") && PasswordHashing.Verify(b, "FormHub2026"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AA==")]
    public void AMalformedStoredHashVerifiesNothing(string stored) => Assert.False(PasswordHashing.Verify(stored, "FormHub2026"));

    [Fact]
    public void AnAlteredHashNoLongerVerifies()
    {
        var bytes = Convert.FromBase64String(PasswordHashing.Hash("FormHub2026"));
        bytes[^1] ^= 1;
        Assert.False(PasswordHashing.Verify(Convert.ToBase64String(bytes), "FormHub2026"));
    }
}
