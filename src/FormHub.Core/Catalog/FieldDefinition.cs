using FormHub.Core.Periods;
using FormHub.Core.Text;

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
    /// <summary>
    /// A periodic field's own period (catalog <c>period:</c>), the one its values are kept under whatever report reads it:
    /// 本月发放金额 is monthly, 村集体经济组织总收入 yearly. Reports of a coarser period read it through sumOfMonths() and
    /// its kin (docs/templates.md). Unused for attributes.
    /// </summary>
    public PeriodType OwnPeriod { get; init; } = PeriodType.Monthly;
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

    /// <summary>
    /// The period a value of this periodic field given for <paramref name="period"/> is kept under: the field's own period
    /// containing it (a yearly field's value entered in the form for 2026-11 belongs to 2026). Null when
    /// <paramref name="period"/> is coarser than the field's own period: a quarter says nothing about which month.
    /// </summary>
    public Period? OwnPeriodFor(Period period) =>
        period.Type <= OwnPeriod ? Period.Containing(period.Start, OwnPeriod) : null;

    /// <summary>Why a value of this field cannot be kept under <paramref name="given"/>, a period coarser than the field's own.</summary>
    public LocalizedText OwnPeriodRefusal(Period given)
    {
        var (zh, en) = OwnPeriod == PeriodType.Quarterly ? ("季度", "quarter") : ("月", "month");
        var example = Period.Containing(given.End, OwnPeriod).Key;
        return new LocalizedText($"「{LabelZh}」按{zh}填报，期别应写到{zh}（如 {example}），不能整个记在{given.DisplayZh}",
            $"'{LabelEn}' is kept per {en}; give a {en} (e.g. {example}), not {given.Key}");
    }
}
