using FormHub.Core.OrgUnits;

namespace FormHub.Storage.Tests.Engines;

/// <summary>The test county's regions: 清溪县 › 石门镇 › 上塘村委会 (and 下塘村委会 when a test needs a second village).</summary>
internal static class TestRegions
{
    public const string County = "361025000000";
    public const string Township = "361025101000";
    public const string Shangtang = "361025101201";
    public const string Xiatang = "361025101202";

    /// <summary>A second county, placed on the sharded test store's home shard while <see cref="County"/> has a shard of its own.</summary>
    public const string HomeCounty = "361026000000";

    /// <summary>Stores the county, its township and 上塘村委会, and 下塘村委会 when asked.</summary>
    public static Task SaveAsync(IFormHubStore store, bool withXiatang = false) => store.SaveRegionsAsync(
    [
        new OrgUnit(RegionCode.Parse(County), "清溪县"),
        new OrgUnit(RegionCode.Parse(Township), "石门镇"),
        new OrgUnit(RegionCode.Parse(Shangtang), "上塘村委会"),
        .. withXiatang ? [new OrgUnit(RegionCode.Parse(Xiatang), "下塘村委会")] : Array.Empty<OrgUnit>(),
    ]);
}
