namespace FormHub.Core.Catalog;

/// <summary>Who may see a field's value (数据分级).</summary>
public enum Sensitivity
{
    /// <summary>公开</summary>
    Public,
    /// <summary>内部: staff of the owning scope.</summary>
    Internal,
    /// <summary>敏感: masked for viewers outside the capture scope (ID, phone).</summary>
    Sensitive,
    /// <summary>涉密: never leaves the capture scope.</summary>
    Secret,
}
