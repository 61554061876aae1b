using FormHub.Core.Catalog;
using Xunit;

namespace FormHub.Storage.Tests.Values;

/// <summary>Stored dates are read digit by digit (no culture-aware parsing); every date that is not a real yyyy-MM-dd still fails.</summary>
public sealed class StoredDateTests
{
    [Theory]
    [InlineData("\"2024-02-29\"", 2024, 2, 29)]
    [InlineData("\"0001-01-01\"", 1, 1, 1)]
    [InlineData("\"9999-12-31\"", 9999, 12, 31)]
    public void AYyyyMmDdDateIsReadAsThatDay(string json, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), StoredFieldValue.Read(json, FieldType.Date));

    [Theory]
    [InlineData("\"2023-02-29\"")]
    [InlineData("\"2024-13-01\"")]
    [InlineData("\"2024-00-10\"")]
    [InlineData("\"0000-01-01\"")]
    [InlineData("\"2024-1-10\"")]
    [InlineData("\"2024/01/10\"")]
    [InlineData("\"２０２４-01-10\"")]
    [InlineData("\"2024-01-10T00:00\"")]
    public void AnythingElseInADateFieldCannotBeRead(string json) =>
        Assert.Throws<FormatException>(() => StoredFieldValue.Read(json, FieldType.Date));
}
