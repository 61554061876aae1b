using FormHub.Core.Validation;

namespace FormHub.Core.Tests.Validation;

public class SocialCreditCodeTests
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>GB 32100 check character worked independently: weights 3^(i-1) mod 31, check = (31 - sum mod 31) mod 31.</summary>
    private static char IndependentCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = (int)(System.Numerics.BigInteger.Pow(3, i) % 31);
            sum += Charset.IndexOf(first17[i]) * weight;
        }
        return Charset[(31 - sum % 31) % 31];
    }

    [Fact]
    public void KnownCodeIsValid()
    {
        var result = SocialCreditCode.Validate("91350100M000100Y43");

        Assert.True(result.IsValid);
        Assert.Equal("91350100M000100Y43", result.Value!.Value);
        Assert.Equal('3', SocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void LowerCaseAndSurroundingSpacesAreAccepted()
    {
        Assert.Equal("91350100M000100Y43", SocialCreditCode.Validate(" 91350100m000100y43 ").Value!.Value);
    }

    [Fact]
    public void WrongCheckCharacterNamesTheCorrectOne()
    {
        var result = SocialCreditCode.Validate("91350100M000100Y44");

        Assert.Equal("统一社会信用代码校验位错误，应为 3", result.Error!.Zh);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    public void WrongLengthSaysHowLongTheInputIs(string input, int length)
    {
        Assert.Equal($"统一社会信用代码应为18位，当前为{length}位", SocialCreditCode.Validate(input).Error!.Zh);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    [InlineData('-')]
    public void ExcludedCharacterIsNamedWithItsPosition(char bad)
    {
        var input = "91350100" + bad + "000100Y43";

        var error = SocialCreditCode.Validate(input).Error!.Zh;

        Assert.StartsWith($"统一社会信用代码第9位“{bad}”不是合法字符", error);
    }

    [Fact]
    public void GeneratedCodesAreAcceptedAndOtherCheckCharactersRejected()
    {
        var random = new Random(32100);
        for (var n = 0; n < 200; n++)
        {
            // A registering authority, a category, a division code of a province (36 江西), then any 9 characters.
            var first17 = "123456789ANY"[random.Next(12)] + "1" + "36" + random.Next(1000, 9999)
                + new string(Enumerable.Range(0, 9).Select(_ => Charset[random.Next(Charset.Length)]).ToArray());
            var check = IndependentCheck(first17);

            Assert.Equal(check, SocialCreditCode.ComputeCheckCharacter(first17));
            Assert.True(SocialCreditCode.Validate(first17 + check).IsValid);
            var wrong = Charset[(Charset.IndexOf(check) + 1 + random.Next(30)) % 31];
            Assert.Equal($"统一社会信用代码校验位错误，应为 {check}", SocialCreditCode.Validate(first17 + wrong).Error!.Zh);
        }
    }

    [Fact]
    public void CheckValueOf31MapsToZero()
    {
        // Find a prefix whose weighted sum is a multiple of 31; its check character must be '0'.
        var random = new Random(31);
        string first17;
        do first17 = new string(Enumerable.Range(0, 17).Select(_ => Charset[random.Next(Charset.Length)]).ToArray());
        while (IndependentCheck(first17) != '0');

        Assert.Equal('0', SocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Fact]
    public void EmptyInputIsRejected()
    {
        Assert.False(SocialCreditCode.Validate(null).IsValid);
        Assert.False(SocialCreditCode.Validate("").IsValid);
    }

    [Theory]
    [InlineData("00000000000000000")] // the all-zero code: its check character is 0, so only the authority catches it
    [InlineData("B1350100M000100Y4")]
    [InlineData("01350100M000100Y4")]
    public void CodeWithoutARegisteringAuthorityIsRefused(string first17)
    {
        var result = SocialCreditCode.Validate(first17 + IndependentCheck(first17));

        Assert.False(result.IsValid);
        Assert.Contains("登记管理部门代码", result.Error.Zh);
    }

    [Theory]
    [InlineData("91A50100M000100Y4")]
    [InlineData("91990100M000100Y4")]
    public void CodeWithoutAnAdministrativeDivisionIsRefused(string first17)
    {
        Assert.False(SocialCreditCode.Validate(first17 + IndependentCheck(first17)).IsValid);
    }

    [Theory]
    [InlineData("11100000000013127")] // a national authority registers under 100000
    [InlineData("51360835MJ0000000")]
    [InlineData("N2360835MA0000000")]
    [InlineData("Y1360835MA0000000")]
    public void CodeOfEachRegisteringAuthorityIsAccepted(string first17)
    {
        Assert.True(SocialCreditCode.Validate(first17 + IndependentCheck(first17)).IsValid);
    }
}
