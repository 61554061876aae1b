using FormHub.Core.OrgUnits;
using FormHub.Core.Text;

namespace FormHub.Core.Tests.OrgUnits;

public class RegionTreeTests
{
    private static OrgUnit Unit(string code, string name) => new(RegionCode.Parse(code), name);

    private static RegionTree County() => new(
    [
        Unit("360835201200", "龙田村委会"), // out of order on purpose
        Unit("360835000000", "清溪县"),
        Unit("360835100000", "清溪镇"),
        Unit("360835100001", "城关社区居民委员会"),
        Unit("360835100200", "石门村委会"),
        Unit("360835201000", "龙田乡"),
    ]);

    [Fact]
    public void Find_looks_up_by_code_or_text()
    {
        var tree = County();
        Assert.Equal("清溪镇", tree.Find(RegionCode.Parse("360835100000"))?.Name);
        Assert.Equal("石门村委会", tree.Find("360835100200")?.Name);
        Assert.Null(tree.Find("360835100201"));
        Assert.Null(tree.Find("not a code"));
    }

    [Fact]
    public void All_is_ordered_by_code_with_parents_before_children()
    {
        var tree = County();
        Assert.Equal(6, tree.Count);
        Assert.Equal(["清溪县", "清溪镇", "城关社区居民委员会", "石门村委会", "龙田乡", "龙田村委会"], tree.All.Select(u => u.Name));
        Assert.Equal(["清溪县"], tree.Roots.Select(u => u.Name));
    }

    [Fact]
    public void Children_are_the_direct_children_only()
    {
        var tree = County();
        Assert.Equal(["清溪镇", "龙田乡"], tree.Children(RegionCode.Parse("360835000000")).Select(u => u.Name));
        Assert.Empty(tree.Children(RegionCode.Parse("360835100200")));
    }

    [Fact]
    public void Ancestors_run_from_the_parent_up_to_the_topmost_unit_present()
    {
        var tree = County();
        Assert.Equal(["清溪镇", "清溪县"], tree.Ancestors(RegionCode.Parse("360835100200")).Select(u => u.Name));
        Assert.Empty(tree.Ancestors(RegionCode.Parse("360835000000")));
    }

    [Fact]
    public void Descendants_cover_the_whole_subtree_and_can_be_limited_to_a_level()
    {
        var tree = County();
        var county = RegionCode.Parse("360835000000");
        Assert.Equal(5, tree.Descendants(county).Count);
        Assert.Equal(["城关社区居民委员会", "石门村委会", "龙田村委会"], tree.Descendants(county, OrgLevel.Village).Select(u => u.Name));
        Assert.Equal(["城关社区居民委员会", "石门村委会"], tree.Descendants(RegionCode.Parse("360835100000")).Select(u => u.Name));
        Assert.Equal(tree.Villages, tree.Descendants(county, OrgLevel.Village));
    }

    [Fact]
    public void Several_units_may_share_the_topmost_level()
    {
        var tree = new RegionTree([Unit("360835100000", "清溪镇"), Unit("360835101000", "石桥镇"), Unit("360835101200", "枫树村委会")]);
        Assert.Equal(2, tree.Roots.Count);
    }

    [Fact]
    public void A_unit_below_the_topmost_level_without_its_parent_is_refused()
    {
        var ex = Assert.Throws<SourceProblemException>(() => new RegionTree(
            [Unit("360835000000", "清溪县"), Unit("360835100200", "石门村委会"), Unit("360835101200", "枫树村委会")], "units"));
        Assert.Equal(2, ex.Problems.Count);
        Assert.All(ex.Problems, p => Assert.Equal("units", p.File));
        Assert.Contains("360835100000", ex.Problems[0].Message.Zh);
    }

    [Fact]
    public void Duplicate_codes_are_refused()
    {
        var ex = Assert.Throws<SourceProblemException>(() => new RegionTree([Unit("360835000000", "清溪县"), Unit("360835000000", "清溪县")]));
        Assert.Contains("重复", Assert.Single(ex.Problems).Message.Zh);
    }
}
