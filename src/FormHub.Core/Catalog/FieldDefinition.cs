namespace FormHub.Core.Catalog;

/// <summary>
/// One field of the 数据目录, defined once and independent of any report (一数一源).
/// <see cref="Key"/> is "entity.name", e.g. "person.disability_grade"; entity documents store values under <see cref="Name"/>.
/// </summary>
public sealed record FieldDefinition
{
    public required string EntityType { get; init; }
    public required string Name { get; init; }
    public string Key => EntityType + "." + Name;
    public required FieldType Type { get; init; }
    public required string LabelZh { get; init; }
    public required string LabelEn { get; init; }
    /// <summary>Unit as written on forms, e.g. "元", "亩", "人".</summary>
    public string? Unit { get; init; }
    /// <summary>数源部门: the department that owns this fact.</summary>
    public required string OwnerDepartment { get; init; }
    public Sensitivity Sensitivity { get; init; } = Sensitivity.Internal;
    public FieldKind Kind { get; init; } = FieldKind.Attribute;
    public FieldValidation Validation { get; init; } = FieldValidation.None;
    /// <summary>Allowed values of an enum field, in display order.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
    /// <summary>Other names of the field as a column heading in departments' spreadsheets (身份证号, 证件号码 …), for import mapping.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Target entity type of an entity-ref field.</summary>
    public string? RefEntityType { get; init; }
    /// <summary>Where the field was defined, for error messages.</summary>
    public string SourceFile { get; init; } = "";
    public int SourceLine { get; init; }
}
