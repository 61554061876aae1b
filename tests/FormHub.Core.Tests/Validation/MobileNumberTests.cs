using FormHub.Core.Validation;

namespace FormHub.Core.Tests.Validation;

public class MobileNumberTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("138 0013 8000")]
    [InlineData("138-0013-8000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("+8613800138000")]
    [InlineData("8613800138000")]
    [InlineData(" 13800138000 ")]
    public void SeparatorsAndCountryCodeAreNormalisedAway(string input)
    {
        var result = MobileNumber.Validate(input);

        Assert.True(result.IsValid, result.Error?.Zh);
        Assert.Equal("13800138000", result.Value!.Value);
    }

    [Theory]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("23800138000")]
    [InlineData("1380013800a")]
    [InlineData("010-12345678")]
    public void NotElevenDigitsStartingWithOneIsRejected(string input)
    {
        Assert.StartsWith("手机号应为11位数字，以1开头", MobileNumber.Validate(input).Error!.Zh);
    }

    [Theory]
    [InlineData("10800138000")]
    [InlineData("12800138000")]
    public void SecondDigitMustBeThreeToNine(string input)
    {
        Assert.StartsWith("手机号第2位应为3–9", MobileNumber.Validate(input).Error!.Zh);
    }

    [Theory]
    [InlineData("19912345678")]
    [InlineData("15012345678")]
    public void AllSecondDigitsThreeToNineAreAccepted(string input)
    {
        Assert.True(MobileNumber.Validate(input).IsValid);
    }

    [Fact]
    public void EmptyInputIsRejected()
    {
        Assert.False(MobileNumber.Validate(null).IsValid);
        Assert.False(MobileNumber.Validate(" ").IsValid);
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("+86 138-1234-1234", "138****1234")]
    [InlineData("12345", "*****")]
    public void MaskKeepsFirstThreeAndLastFourOrHidesEverything(string input, string masked)
    {
        Assert.Equal(masked, MobileNumber.Mask(input));
    }
}
