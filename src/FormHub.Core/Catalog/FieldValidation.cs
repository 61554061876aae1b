namespace FormHub.Core.Catalog;

/// <summary>Validation rules of a field; null members are not checked.</summary>
public sealed record FieldValidation
{
    public bool Required { get; init; }
    /// <summary>Inclusive lower bound for int/decimal values.</summary>
    public decimal? Min { get; init; }
    /// <summary>Inclusive upper bound for int/decimal values.</summary>
    public decimal? Max { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>.NET regular expression the whole text must match.</summary>
    public string? Pattern { get; init; }
    /// <summary>Message shown when <see cref="Pattern"/> does not match; a generic one otherwise.</summary>
    public string? PatternMessage { get; init; }

    public static FieldValidation None { get; } = new();
}
