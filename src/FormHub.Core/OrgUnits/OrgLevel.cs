namespace FormHub.Core.OrgUnits;

/// <summary>Administrative level of a 统计用区划代码.</summary>
public enum OrgLevel
{
    /// <summary>省级</summary>
    Province = 1,
    /// <summary>地级 (市)</summary>
    City = 2,
    /// <summary>县级</summary>
    County = 3,
    /// <summary>乡级 (乡镇、街道)</summary>
    Township = 4,
    /// <summary>村级 (村委会、居委会)</summary>
    Village = 5,
}
