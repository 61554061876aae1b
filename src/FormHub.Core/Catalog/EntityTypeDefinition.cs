namespace FormHub.Core.Catalog;

/// <summary>An entity type such as village, household or person; admins may define more.</summary>
public sealed record EntityTypeDefinition
{
    /// <summary>Lower-case key, e.g. "person".</summary>
    public required string Key { get; init; }
    public required string LabelZh { get; init; }
    public required string LabelEn { get; init; }
    /// <summary>Fields searched by the roster's name/ID search box (e.g. name, id_number).</summary>
    public IReadOnlyList<string> SearchFields { get; init; } = [];
    public string SourceFile { get; init; } = "";
    public int SourceLine { get; init; }
}
