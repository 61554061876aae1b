namespace FormHub.Core.Catalog;

/// <summary>Whether a field is a state read "as of" a day or a flow keyed by period.</summary>
public enum FieldKind
{
    /// <summary>A state, valid from a date (e.g. 残疾等级).</summary>
    Attribute,
    /// <summary>A value per period (e.g. 本月发放金额).</summary>
    Periodic,
}
