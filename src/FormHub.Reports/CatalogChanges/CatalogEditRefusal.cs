using FormHub.Core.Catalog;
using FormHub.Core.Text;

namespace FormHub.Reports.CatalogChanges;

/// <summary>
/// A catalog change that was not made: the definition itself is wrong (<see cref="Problems"/>, by property: 400), the
/// field is unknown or already there (404 / 409), or it would break templates or stored values (<see cref="Breaks"/>: 409).
/// Nothing was saved.
/// </summary>
public sealed class CatalogEditRefusal(LocalizedText text, CatalogRefusalKind kind,
    IReadOnlyList<FieldDefinitionRules.Problem>? problems = null, IReadOnlyList<CatalogBreak>? breaks = null) : Exception(text.Zh)
{
    public LocalizedText Text { get; } = text;
    public CatalogRefusalKind Kind { get; } = kind;
    public IReadOnlyList<FieldDefinitionRules.Problem> Problems { get; } = problems ?? [];
    public IReadOnlyList<CatalogBreak> Breaks { get; } = breaks ?? [];
}

public enum CatalogRefusalKind
{
    Invalid,
    NotFound,
    Exists,
    Breaks,
}
