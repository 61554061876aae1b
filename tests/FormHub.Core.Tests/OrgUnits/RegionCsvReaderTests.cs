using FormHub.Core.OrgUnits;
using FormHub.Core.Text;

namespace FormHub.Core.Tests.OrgUnits;

public class RegionCsvReaderTests
{
    private static RegionTree Read(string csv) => RegionCsvReader.Read(new StringReader(csv), "regions.csv");

    private static IReadOnlyList<SourceProblem> Problems(string csv) =>
        Assert.Throws<SourceProblemException>(() => Read(csv)).Problems;

    [Fact]
    public void A_file_with_bom_quotes_and_blank_lines_reads()
    {
        var tree = Read("\uFEFFcode,name\r\n\r\n360835000000,清溪县\n\"360835100000\",\"清溪镇\"\n  \n360835100200, 石门村委会 \n");
        Assert.Equal(3, tree.Count);
        Assert.Equal("石门村委会", tree.Find("360835100200")?.Name);
    }

    [Fact]
    public void A_quoted_name_may_hold_a_comma_and_a_doubled_quote()
    {
        var tree = Read("code,name\n360835000000,\"清溪县,\"\"新\"\"\"\n");
        Assert.Equal("清溪县,\"新\"", tree.All[0].Name);
    }

    [Fact]
    public void The_topmost_level_needs_no_parent()
    {
        var tree = Read("code,name\n360835100000,清溪镇\n360835101000,石桥镇\n360835101200,枫树村委会\n");
        Assert.Equal(2, tree.Roots.Count);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_line_and_column()
    {
        var problems = Problems("""
            code,name
            360000000000,江西省
            360800000000,吉安市

            360835000000,清溪县,多余
            36083510000X,清溪镇
            360835100200,
            360800000000,吉安市（重复）
            360835201200,龙田村委会
            "360835100200","石门村委会"
            """);

        Assert.Equal(
            [(5, 0), (6, 1), (7, 1), (7, 2), (8, 1), (9, 1), (10, 1)],
            problems.Select(p => (p.Line, p.Column)));
        Assert.All(problems, p => Assert.Equal("regions.csv", p.File));
        Assert.Equal("第5行：应有2列（code,name），实际有3列", problems[0].Message.Zh);
        Assert.Equal("第6行：区划代码“36083510000X”应为12位数字", problems[1].Message.Zh);
        Assert.Equal("第7行：区划代码360835100200的上级360835100000不在文件中", problems[2].Message.Zh);
        Assert.Equal("第7行：名称为空", problems[3].Message.Zh);
        Assert.Equal("第8行：区划代码360800000000与第3行重复", problems[4].Message.Zh);
        Assert.Equal("第9行：区划代码360835201200的上级360835201000不在文件中", problems[5].Message.Zh);
        Assert.Equal("Line 9: the parent 360835201000 of region code 360835201200 is not in the file", problems[5].Message.En);
        Assert.Equal("第10行：区划代码360835100200与第7行重复", problems[6].Message.Zh);
    }

    [Fact]
    public void A_wrong_header_is_reported_on_line_one_and_the_rows_are_still_checked()
    {
        var problems = Problems("360835000000,清溪县\n360835100200,石门村委会\n");
        Assert.Equal([(1, 0), (2, 1)], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("code,name", problems[0].Message.Zh);
    }

    [Fact]
    public void An_empty_file_is_a_problem() =>
        Assert.Contains("文件为空", Assert.Single(Problems("\n\n")).Message.Zh);

    [Fact]
    public void An_unterminated_quote_is_reported()
    {
        var problem = Assert.Single(Problems("code,name\n360835000000,\"清溪县\n"));
        Assert.Equal((2, 0), (problem.Line, problem.Column));
        Assert.Contains("引号", problem.Message.Zh);
    }

    [Fact]
    public void A_malformed_code_reports_region_codes_reason_in_both_languages()
    {
        var problem = Assert.Single(Problems("code,name\n360835000000,清溪县\n360835100400,石门村委会\n"));
        Assert.Equal((3, 1), (problem.Line, problem.Column));
        Assert.Contains("超出范围", problem.Message.Zh);
        Assert.StartsWith("Line 3: Region code", problem.Message.En);
    }

    [Fact]
    public void The_demo_county_loads()
    {
        var tree = RegionCsvReader.ReadFile(RepositoryRoot.Combine("form-templates", "regions", "demo-county.csv"));

        var county = Assert.Single(tree.All, u => u.Level == OrgLevel.County);
        Assert.Equal("清溪县", county.Name);
        var townships = tree.Descendants(county.Code, OrgLevel.Township);
        Assert.Equal(4, townships.Count);
        Assert.All(townships, t => Assert.InRange(tree.Children(t.Code).Count, 5, 6));
        Assert.Equal(tree.Villages.Count, townships.Sum(t => tree.Children(t.Code).Count));
        Assert.Equal(2, tree.Villages.Count(v => v.Code.VillageKind == VillageKind.ResidentsCommittee));
        Assert.All(tree.Villages, v => Assert.EndsWith(v.Code.VillageKind == VillageKind.VillageCommittee ? "村委会" : "居民委员会", v.Name));
        Assert.Equal(["吉安市", "江西省"], tree.Ancestors(county.Code).Select(u => u.Name));
    }
}
