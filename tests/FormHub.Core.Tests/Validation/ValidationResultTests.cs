using FormHub.Core.Text;
using FormHub.Core.Validation;

namespace FormHub.Core.Tests.Validation;

public class ValidationResultTests
{
    [Fact]
    public void OkCarriesTheValueAndNoError()
    {
        var result = ValidationResult<int>.Ok(7);

        Assert.True(result.IsValid);
        Assert.Equal(7, result.Value);
        Assert.Null(result.Error);
    }

    [Fact]
    public void FailCarriesTheErrorAndIsNotValid()
    {
        var result = ValidationResult<string>.Fail(new LocalizedText("错", "wrong"));

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal("wrong", result.Error.En);
    }
}
