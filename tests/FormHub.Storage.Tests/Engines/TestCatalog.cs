using FormHub.Core.Catalog;

namespace FormHub.Storage.Tests.Engines;

/// <summary>A small catalog built in code, so storage tests do not depend on the shipped YAML.</summary>
public static class TestCatalog
{
    public static FieldCatalog Create() => new(
    [
        new EntityTypeDefinition { Key = "village", LabelZh = "村", LabelEn = "Village", SearchFields = ["name"] },
        new EntityTypeDefinition { Key = "household", LabelZh = "户", LabelEn = "Household", SearchFields = ["head_name"] },
        new EntityTypeDefinition { Key = "person", LabelZh = "人员", LabelEn = "Person", SearchFields = ["name", "id_number"] },
    ],
    [
        Field("village", "name", FieldType.Text, "村名", required: true),
        Field("village", "area_mu", FieldType.Decimal, "面积"),
        Field("household", "head_name", FieldType.Text, "户主姓名", required: true),
        Field("household", "dibao_status", FieldType.Enum, "低保状态") with { Options = ["在保", "停保", "未纳入"] },
        Field("household", "dibao_persons", FieldType.Int, "低保人数") with { Validation = new FieldValidation { Min = 0, Max = 20 } },
        Field("household", "dibao_amount", FieldType.Decimal, "低保金") with { Kind = FieldKind.Periodic, Unit = "元" },
        Field("person", "name", FieldType.Text, "姓名", required: true),
        Field("person", "id_number", FieldType.IdNumber, "身份证号") with { Sensitivity = Sensitivity.Sensitive },
        Field("person", "phone", FieldType.Phone, "手机号") with { Sensitivity = Sensitivity.Sensitive },
        Field("person", "household", FieldType.EntityRef, "所属户") with { RefEntityType = "household" },
        Field("person", "disability_grade", FieldType.Enum, "残疾等级") with { Options = ["一级", "二级", "三级", "四级"] },
        Field("person", "party_member", FieldType.Bool, "党员"),
        Field("person", "monthly_income", FieldType.Decimal, "月收入"),
        Field("person", "employment_start", FieldType.Date, "就业日期"),
        Field("person", "subsidy", FieldType.Decimal, "补贴") with { Kind = FieldKind.Periodic },
    ]);

    private static FieldDefinition Field(string type, string name, FieldType fieldType, string label, bool required = false) => new()
    {
        EntityType = type,
        Name = name,
        Type = fieldType,
        LabelZh = label,
        LabelEn = name,
        OwnerDepartment = "民政",
        Validation = new FieldValidation { Required = required },
    };
}
