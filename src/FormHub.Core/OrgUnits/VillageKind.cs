namespace FormHub.Core.OrgUnits;

/// <summary>What kind of village-level unit a code names, from its last three digits.</summary>
public enum VillageKind
{
    /// <summary>居委会: village digits 001–199.</summary>
    ResidentsCommittee,
    /// <summary>村委会: village digits 200–399.</summary>
    VillageCommittee,
}
