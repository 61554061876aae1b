namespace FormHub.Core.OrgUnits;

/// <summary>A named unit of the region hierarchy.</summary>
public sealed record OrgUnit(RegionCode Code, string Name)
{
    public OrgLevel Level => Code.Level;
}
