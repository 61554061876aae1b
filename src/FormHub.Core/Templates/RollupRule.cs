namespace FormHub.Core.Templates;

/// <summary>How a column's value is formed for township, county and higher rows.</summary>
public enum RollupRule
{
    /// <summary>[sum] add up the child rows (the default).</summary>
    Sum,
    /// <summary>[recompute] evaluate the expression again on the rolled-up row (ratios, averages, formulas of other columns).</summary>
    Recompute,
    /// <summary>[none] left empty above village level.</summary>
    None,
}
