using System.Text.RegularExpressions;
using FormHub.Core.Text;

namespace FormHub.Core.Catalog;

/// <summary>
/// What makes a field definition sound on its own and within a catalog: the rules <see cref="CatalogLoader"/> applies
/// to YAML, for a definition an admin edits in the browser. Each problem names the property it is about.
/// </summary>
public static class FieldDefinitionRules
{
    private static readonly Regex NamePattern = new("^[a-z][a-z0-9_]{0,49}$", RegexOptions.CultureInvariant);

    public sealed record Problem(string Property, LocalizedText Message);

    /// <summary>Every problem of <paramref name="field"/> as a field of <paramref name="catalog"/> (whose other fields are not checked).</summary>
    public static IReadOnlyList<Problem> Check(FieldDefinition field, FieldCatalog catalog)
    {
        var problems = new List<Problem>();
        void Add(string property, string zh, string en) => problems.Add(new Problem(property, new LocalizedText(zh, en)));

        if (catalog.FindEntityType(field.EntityType) is null)
            Add("entityType", $"实体类型“{field.EntityType}”不存在", $"There is no entity type '{field.EntityType}'");
        if (!NamePattern.IsMatch(field.Name ?? ""))
            Add("name", "字段名只能用小写英文字母、数字和下划线，以字母开头，不超过 50 个字符（如 disability_grade）",
                "A field name uses lower-case letters, digits and underscores, starts with a letter and has at most 50 characters (e.g. disability_grade)");
        else if (DerivedFields.Names.Contains(field.Name))
            Add("name", $"“{field.Name}”由公民身份号码推算（出生日期、性别、年龄），不能作为字段名", $"'{field.Name}' is derived from the ID number and cannot name a field");
        if (string.IsNullOrWhiteSpace(field.LabelZh) || field.LabelZh.Length > 50) Add("labelZh", "请填写中文名称（不超过 50 个字）", "Give the Chinese label (at most 50 characters)");
        if (string.IsNullOrWhiteSpace(field.LabelEn) || field.LabelEn.Length > 100) Add("labelEn", "请填写英文名称（不超过 100 个字符）", "Give the English label (at most 100 characters)");
        if (string.IsNullOrWhiteSpace(field.OwnerDepartment) || field.OwnerDepartment.Length > 50) Add("ownerDepartment", "请填写数源部门（如 民政）", "Give the owning department (e.g. 民政)");

        var numeric = field.Type is FieldType.Int or FieldType.Decimal;
        if (field.Unit is not null && !numeric) Add("unit", "单位只适用于整数和小数字段", "A unit applies to int and decimal fields only");
        if (field.Type == FieldType.Enum)
        {
            if (field.Options.Count == 0 || field.Options.Any(string.IsNullOrWhiteSpace))
                Add("options", "枚举字段须列出可选值，每项不能为空", "An enum field lists its options, none of them blank");
            else if (field.Options.Distinct(StringComparer.Ordinal).Count() != field.Options.Count)
                Add("options", "可选值有重复", "An option is listed twice");
        }
        else if (field.Options.Count > 0) Add("options", "可选值只适用于枚举字段", "Options apply to enum fields only");
        if (field.Type == FieldType.EntityRef)
        {
            if (field.RefEntityType is null || catalog.FindEntityType(field.RefEntityType) is null)
                Add("refEntityType", "引用字段须指明存在的实体类型（如 household）", "An entity-ref field names an existing entity type (e.g. household)");
        }
        else if (field.RefEntityType is not null) Add("refEntityType", "引用的实体类型只适用于实体引用字段", "A referenced entity type applies to entity-ref fields only");

        var v = field.Validation;
        if ((v.Min is not null || v.Max is not null) && !numeric) Add("validation", "最小值、最大值只适用于整数和小数字段", "min and max apply to int and decimal fields only");
        if (v.Min > v.Max) Add("validation", $"最小值（{v.Min}）大于最大值（{v.Max}），没有值能通过校验", $"min ({v.Min}) is greater than max ({v.Max}); no value could pass");
        var textual = field.Type == FieldType.Text;
        if ((v.MinLength is not null || v.MaxLength is not null || v.Pattern is not null) && !textual)
            Add("validation", "长度和格式（正则表达式）只适用于文本字段", "Lengths and pattern apply to text fields only");
        if (v.MinLength < 0 || v.MaxLength < 0) Add("validation", "长度不能为负数", "A length cannot be negative");
        if (v.MinLength > v.MaxLength) Add("validation", $"最短长度（{v.MinLength}）大于最长长度（{v.MaxLength}）", $"min_length ({v.MinLength}) is greater than max_length ({v.MaxLength})");
        if (v.Pattern is not null)
        {
            try { _ = new Regex(v.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1)); }
            catch (ArgumentException e) { Add("validation", $"格式不是有效的正则表达式：{e.Message}", $"The pattern is not a valid regular expression: {e.Message}"); }
        }
        if (v.PatternMessage is not null && v.Pattern is null) Add("validation", "有格式提示却没有格式", "A pattern message is given without a pattern");
        return problems;
    }
}
