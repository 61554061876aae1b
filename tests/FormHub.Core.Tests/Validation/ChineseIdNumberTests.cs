using FormHub.Core.Validation;

namespace FormHub.Core.Tests.Validation;

public class ChineseIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    /// <summary>
    /// ISO 7064 MOD 11-2 worked from its definition (weight of position i from the right is 2^(i-1) mod 11),
    /// not from the production weight table, so a wrong table would be caught.
    /// </summary>
    private static char IndependentCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = 1;
            for (var k = 0; k < 17 - i; k++) weight = weight * 2 % 11;
            sum += (first17[i] - '0') * weight;
        }
        var check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    private static string MakeId(string address, DateOnly birth, string sequence)
    {
        var first17 = address + birth.ToString("yyyyMMdd") + sequence;
        return first17 + IndependentCheck(first17);
    }

    [Fact]
    public void HandWorkedExampleIsValid()
    {
        var result = ChineseIdNumber.Validate("11010519491231002X", Today);

        Assert.True(result.IsValid);
        Assert.Equal("11010519491231002X", result.Value!.Value);
        Assert.Equal(new DateOnly(1949, 12, 31), result.Value.BirthDate);
        Assert.Equal(Gender.Female, result.Value.Gender);
    }

    [Fact]
    public void WrongCheckDigitNamesTheCorrectOne()
    {
        var result = ChineseIdNumber.Validate("110105194912310021", Today);

        Assert.False(result.IsValid);
        Assert.Equal("身份证号校验位错误，应为 X", result.Error.Zh);
        Assert.Equal("ID number check digit is wrong; it should be X", result.Error.En);
    }

    [Fact]
    public void LowerCaseXIsAcceptedAndUpperCased()
    {
        var result = ChineseIdNumber.Validate("  11010519491231002x ", Today);

        Assert.True(result.IsValid);
        Assert.Equal("11010519491231002X", result.Value!.Value);
    }

    [Theory]
    [InlineData("11010519491231002", 17)]
    [InlineData("11010519491231002X1", 19)]
    [InlineData("110105", 6)]
    public void WrongLengthSaysHowLongTheInputIs(string input, int length)
    {
        var result = ChineseIdNumber.Validate(input, Today);

        Assert.Equal($"身份证号应为18位，当前为{length}位", result.Error!.Zh);
    }

    [Fact]
    public void EmptyInputIsRejected()
    {
        Assert.False(ChineseIdNumber.Validate(null, Today).IsValid);
        Assert.False(ChineseIdNumber.Validate("   ", Today).IsValid);
    }

    [Fact]
    public void LetterAmongTheFirstSeventeenIsRejectedWithItsPosition()
    {
        var result = ChineseIdNumber.Validate("1101051949A231002X", Today);

        Assert.Equal("身份证号第11位“A”应为数字", result.Error!.Zh);
    }

    [Fact]
    public void LastCharacterMayOnlyBeDigitOrX()
    {
        var result = ChineseIdNumber.Validate("11010519491231002Y", Today);

        Assert.Equal("身份证号第18位“Y”应为数字或X", result.Error!.Zh);
    }

    [Theory]
    [InlineData("20230229", "2023年2月29日")]
    [InlineData("20011301", "2001年13月1日")]
    [InlineData("20010400", "2001年4月0日")]
    [InlineData("20010431", "2001年4月31日")]
    public void ImpossibleBirthDateIsRejected(string digits, string written)
    {
        var first17 = "110105" + digits + "002";
        var result = ChineseIdNumber.Validate(first17 + IndependentCheck(first17), Today);

        Assert.Equal($"身份证号中的出生日期 {written} 不存在", result.Error!.Zh);
    }

    [Fact]
    public void LeapDayBirthIsAccepted()
    {
        var id = MakeId("110105", new DateOnly(2000, 2, 29), "003");

        Assert.True(ChineseIdNumber.Validate(id, Today).IsValid);
    }

    [Fact]
    public void BirthDateAfterTodayIsRejected()
    {
        var id = MakeId("110105", Today.AddDays(1), "003");

        var result = ChineseIdNumber.Validate(id, Today);

        Assert.Equal("身份证号中的出生日期 2026年6月16日 晚于今天", result.Error!.Zh);
    }

    [Fact]
    public void BirthOnTodayIsAccepted()
    {
        Assert.True(ChineseIdNumber.Validate(MakeId("110105", Today, "003"), Today).IsValid);
    }

    [Fact]
    public void BirthBefore1900IsRejected()
    {
        var id = MakeId("110105", new DateOnly(1899, 12, 31), "003");

        Assert.False(ChineseIdNumber.Validate(id, Today).IsValid);
        Assert.True(ChineseIdNumber.Validate(MakeId("110105", new DateOnly(1900, 1, 1), "003"), Today).IsValid);
    }

    [Theory]
    [InlineData("001", Gender.Male)]
    [InlineData("002", Gender.Female)]
    [InlineData("019", Gender.Male)]
    [InlineData("990", Gender.Female)]
    public void SeventeenthDigitOddIsMaleEvenIsFemale(string sequence, Gender expected)
    {
        var id = MakeId("420102", new DateOnly(1985, 7, 1), sequence);

        Assert.Equal(expected, ChineseIdNumber.Validate(id, Today).Value!.Gender);
    }

    [Fact]
    public void EveryGeneratedNumberIsAcceptedAndEveryOtherCheckCharacterRejected()
    {
        var random = new Random(11643);
        for (var n = 0; n < 200; n++)
        {
            var birth = new DateOnly(1900, 1, 1).AddDays(random.Next(0, 46000));
            var id = MakeId("3" + random.Next(1, 8) + random.Next(1000, 9999), birth, random.Next(0, 1000).ToString("000"));

            var ok = ChineseIdNumber.Validate(id, Today);
            Assert.True(ok.IsValid, id + ": " + ok.Error?.Zh);
            Assert.Equal(birth, ok.Value!.BirthDate);
            Assert.Equal(id[17], ChineseIdNumber.ComputeCheckCharacter(id.AsSpan(0, 17)));

            foreach (var wrong in "0123456789X".Where(c => c != id[17]))
                Assert.Equal($"身份证号校验位错误，应为 {id[17]}", ChineseIdNumber.Validate(id[..17] + wrong, Today).Error!.Zh);
        }
    }

    [Fact]
    public void ComputeCheckCharacterRefusesAnythingButSeventeenDigits()
    {
        Assert.Throws<ArgumentException>(() => ChineseIdNumber.ComputeCheckCharacter("1101051949123100"));
        Assert.Throws<ArgumentException>(() => ChineseIdNumber.ComputeCheckCharacter("1101051949123100A"));
    }

    [Theory]
    [InlineData("1990-06-15", "2026-06-14", 35)]
    [InlineData("1990-06-15", "2026-06-15", 36)]
    [InlineData("1990-06-15", "1990-06-15", 0)]
    [InlineData("1990-12-31", "2026-01-01", 35)]
    public void AgeCountsFullYears(string born, string on, int age)
    {
        var id = new ChineseIdNumber("x", DateOnly.Parse(born), Gender.Male);

        Assert.Equal(age, id.AgeAt(DateOnly.Parse(on)));
    }

    [Theory]
    [InlineData("2021-02-28", 20)] // non-leap year: not yet
    [InlineData("2021-03-01", 21)] // non-leap year: birthday counts as 1 March
    [InlineData("2024-02-28", 23)]
    [InlineData("2024-02-29", 24)] // leap year: the day itself
    public void LeapDayBirthdayCountsAsFirstOfMarchInOtherYears(string on, int age)
    {
        var id = ChineseIdNumber.Validate(MakeId("110105", new DateOnly(2000, 2, 29), "004"), Today).Value!;

        Assert.Equal(age, id.AgeAt(DateOnly.Parse(on)));
    }

    [Fact]
    public void AgeBeforeBirthIsRefused()
    {
        var id = new ChineseIdNumber("x", new DateOnly(2000, 1, 1), Gender.Male);

        Assert.Throws<ArgumentOutOfRangeException>(() => id.AgeAt(new DateOnly(1999, 12, 31)));
    }

    [Theory]
    [InlineData("11010519491231123X", "110105********123X")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("1101051949", "**********")]
    [InlineData("11010519491231002X99", "********************")]
    [InlineData("", "")]
    public void MaskKeepsFirstSixAndLastFourOrHidesEverything(string input, string masked)
    {
        Assert.Equal(masked, ChineseIdNumber.Mask(input));
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("999999")]
    [InlineData("001234")]
    [InlineData("161025")] // 16: no province has it
    [InlineData("910101")]
    public void NumberWhoseAddressCodeNamesNoProvinceIsRefused(string address)
    {
        var id = MakeId(address, new DateOnly(1980, 5, 1), "123");

        var result = ChineseIdNumber.Validate(id, Today);

        Assert.False(result.IsValid);
        Assert.Contains("不是有效的省级行政区划代码", result.Error.Zh);
    }

    [Theory]
    [InlineData("110105")]
    [InlineData("360835")]
    [InlineData("650102")]
    [InlineData("710000")]
    [InlineData("810000")]
    [InlineData("820000")]
    public void NumberOfEveryProvinceRangeIsAccepted(string address)
    {
        Assert.True(ChineseIdNumber.Validate(MakeId(address, new DateOnly(1980, 5, 1), "123"), Today).IsValid);
    }
}
