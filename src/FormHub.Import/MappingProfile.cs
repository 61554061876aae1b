namespace FormHub.Import;

/// <summary>
/// 导入方案: how the columns of one shape of file map to catalog fields, saved under a name so next month's file of the
/// same shape imports without mapping again. Keys are column headings as written in the file; values are targets
/// (a field name of <see cref="EntityType"/>, one of <see cref="ImportTargets"/>, or "" to leave the column out).
/// </summary>
public sealed record MappingProfile
{
    public required string Name { get; init; }

    /// <summary>"person" or "household".</summary>
    public required string EntityType { get; init; }

    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    /// <summary>The period periodic fields are written for (e.g. "2026-11"); required when a periodic field is mapped.</summary>
    public string? Period { get; init; }

    /// <summary>Every row lives in this village (a village's own roster without a village column).</summary>
    public string? Village { get; init; }
}
