namespace FormHub.Storage.Model;

/// <summary>Why an entity left the village's rolls. Entities are retired, never deleted.</summary>
public enum RetirementReason
{
    /// <summary>死亡</summary>
    Death,
    /// <summary>迁出</summary>
    MovedOut,
    /// <summary>户销户 / 合并 (household dissolved or merged)</summary>
    Dissolved,
    /// <summary>重复录入</summary>
    Duplicate,
    /// <summary>其他</summary>
    Other,
}
