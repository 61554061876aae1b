using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Scripting.Compilation;

namespace FormHub.Scripting.Tests;

/// <summary>A small catalog and hand-made village data, so expected values can be worked out by hand.</summary>
public static class TestData
{
    public static readonly Period November = Period.Parse("2026-11");

    public static FieldCatalog Catalog { get; } = new(
    [
        new EntityTypeDefinition { Key = "village", LabelZh = "村", LabelEn = "Village" },
        new EntityTypeDefinition { Key = "household", LabelZh = "户", LabelEn = "Household" },
        new EntityTypeDefinition { Key = "person", LabelZh = "人员", LabelEn = "Person" },
    ],
    [
        F("village", "area_mu", FieldType.Decimal),
        F("village", "collective_income", FieldType.Decimal) with { Kind = FieldKind.Periodic, OwnPeriod = PeriodType.Yearly },
        F("household", "name", FieldType.Text),
        F("household", "dibao_status", FieldType.Enum) with { Options = ["在保", "停保", "未纳入"] },
        F("household", "dibao_persons", FieldType.Int),
        F("household", "dibao_amount", FieldType.Decimal) with { Kind = FieldKind.Periodic },
        F("person", "name", FieldType.Text),
        F("person", "id_number", FieldType.IdNumber),
        F("person", "disability_grade", FieldType.Enum) with { Options = ["一级", "二级", "三级", "四级"] },
        F("person", "party_member", FieldType.Bool),
    ]);

    private static FieldDefinition F(string type, string name, FieldType t) =>
        new() { EntityType = type, Name = name, Type = t, LabelZh = name, LabelEn = name, OwnerDepartment = "民政" };

    public static ScriptEntity Household(string name, string status, long persons, decimal? amount = null) =>
        new(Guid.NewGuid(), "household", new Dictionary<string, object?>
        {
            ["name"] = name, ["dibao_status"] = status, ["dibao_persons"] = persons, ["dibao_amount"] = amount,
        });

    public static ScriptEntity Person(string name, string idNumber, string? grade = null, bool party = false)
    {
        var fields = new Dictionary<string, object?> { ["name"] = name, ["id_number"] = idNumber, ["disability_grade"] = grade, ["party_member"] = party };
        DerivedFields.AddTo(fields, Catalog.FindField("person.id_number")!, November.End);
        return new(Guid.NewGuid(), "person", fields);
    }

    public static EvaluationScope Scope(IReadOnlyList<ScriptEntity> households, IReadOnlyList<ScriptEntity>? persons = null) =>
        new(new ScriptUnit("361025101201", "上塘村委会", OrgLevel.Village), November)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["household"] = households, ["person"] = persons ?? [] },
            Village = new ScriptEntity(Guid.NewGuid(), "village", new Dictionary<string, object?> { ["area_mu"] = 1200.5m }),
        };

    public static string Template(string columns, string checks = "") => $"""
        id: test-report
        version: 1
        title: 测试报表
        department: 民政
        period: monthly
        columns:
        {columns}
        {checks}
        """;

    public static CompiledTemplate Compile(string yaml) =>
        new TemplateCompiler(Catalog).Compile(TemplateLoader.Load("test.yaml", yaml));

    /// <summary>A valid ID number born on the given day (check character worked out by the standard's weights).</summary>
    public static string Id(int year, int month, int day, int serial)
    {
        var first17 = $"361025{year:D4}{month:D2}{day:D2}{serial:D3}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
