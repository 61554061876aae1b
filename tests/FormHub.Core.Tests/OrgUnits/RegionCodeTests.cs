using FormHub.Core.OrgUnits;

namespace FormHub.Core.Tests.OrgUnits;

public class RegionCodeTests
{
    [Theory]
    [InlineData("360000000000", OrgLevel.Province)]
    [InlineData("360800000000", OrgLevel.City)]
    [InlineData("360835000000", OrgLevel.County)]
    [InlineData("360835100000", OrgLevel.Township)]
    [InlineData("360835100201", OrgLevel.Village)]
    public void The_level_is_the_last_non_zero_segment(string text, OrgLevel level) =>
        Assert.Equal(level, RegionCode.Parse(text).Level);

    [Theory]
    [InlineData("360835100201", "360835100000")]
    [InlineData("360835100000", "360835000000")]
    [InlineData("360835000000", "360800000000")]
    [InlineData("360800000000", "360000000000")]
    public void The_parent_zeroes_the_last_non_zero_segment(string text, string parent) =>
        Assert.Equal(parent, RegionCode.Parse(text).Parent?.Value);

    [Fact]
    public void A_province_has_no_parent() => Assert.Null(RegionCode.Parse("360000000000").Parent);

    [Theory]
    [InlineData("360835100201", "360835000000")]
    [InlineData("360835100000", "360835000000")]
    [InlineData("360835000000", "360835000000")]
    public void The_county_code_is_the_enclosing_county(string text, string county) =>
        Assert.Equal(county, RegionCode.Parse(text).CountyCode);

    [Theory]
    [InlineData("360835100001", VillageKind.ResidentsCommittee)]
    [InlineData("360835100199", VillageKind.ResidentsCommittee)]
    [InlineData("360835100200", VillageKind.VillageCommittee)]
    [InlineData("360835100399", VillageKind.VillageCommittee)]
    public void Village_digits_tell_a_residents_committee_from_a_village_committee(string text, VillageKind kind) =>
        Assert.Equal(kind, RegionCode.Parse(text).VillageKind);

    [Fact]
    public void Units_above_village_level_have_no_village_kind() => Assert.Null(RegionCode.Parse("360835100000").VillageKind);

    [Fact]
    public void Surrounding_whitespace_is_ignored() => Assert.Equal("360835100201", RegionCode.Parse(" 360835100201 ").Value);

    [Fact]
    public void A_code_is_within_itself_and_its_ancestors_but_not_a_sibling()
    {
        var village = RegionCode.Parse("360835100201");
        Assert.True(village.IsWithin(village));
        Assert.True(village.IsWithin(RegionCode.Parse("360835100000")));
        Assert.True(village.IsWithin(RegionCode.Parse("360000000000")));
        Assert.False(village.IsWithin(RegionCode.Parse("360835101000")));
        Assert.False(RegionCode.Parse("360835100000").IsWithin(village));
    }

    [Theory]
    [InlineData("3608351002011", "应为12位数字")]     // 13 digits
    [InlineData("36083510020", "应为12位数字")]       // 11 digits
    [InlineData("36083510020a", "应为12位数字")]      // a letter
    [InlineData("３６０８３５１００２０１", "应为12位数字")] // full-width digits
    [InlineData("", "应为12位数字")]
    [InlineData(null, "应为12位数字")]
    [InlineData("100000000000", "省级代码")]
    [InlineData("360035000000", "上级段为0")]         // county under a zero city
    [InlineData("360835000201", "上级段为0")]         // village under a zero township
    [InlineData("360835100400", "超出范围")]          // village digits 400+
    [InlineData("360835100999", "超出范围")]
    public void Malformed_codes_are_rejected_with_a_chinese_and_english_reason(string? text, string expected)
    {
        Assert.False(RegionCode.TryParse(text, out _, out var error));
        Assert.Contains(expected, error.Zh);
        Assert.Contains("Region code", error.En);
    }

    [Fact]
    public void Parse_throws_on_a_malformed_code() => Assert.Throws<FormatException>(() => RegionCode.Parse("12345"));
}
