using System.Text.Json;
using FormHub.Core.Catalog;

namespace FormHub.Reports.CatalogChanges;

/// <summary>
/// The history line of a change, in Chinese: 修改字段 household.dibao_persons「低保保障人数」：类型 int → text；校验. Properties
/// are compared on their stored JSON, so a property added to the model later shows up here under its own name.
/// </summary>
public static class CatalogChangeSummary
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["type"] = "类型", ["labelZh"] = "中文名称", ["labelEn"] = "英文名称", ["unit"] = "单位", ["ownerDepartment"] = "数源部门",
        ["sensitivity"] = "敏感级别", ["kind"] = "种类", ["validation"] = "校验", ["options"] = "可选值", ["aliases"] = "别名",
        ["refEntityType"] = "引用的实体类型", ["period"] = "周期",
    };

    // Where the definition came from says nothing about what it is.
    private static readonly HashSet<string> Ignored = ["sourceFile", "sourceLine"];

    public static string Describe(CatalogEdit edit, FieldDefinition? before)
    {
        var field = edit.Field;
        var head = $"{field.Key}「{(edit.Kind == CatalogEditKind.Remove ? before?.LabelZh : field.LabelZh)}」";
        if (edit.Kind == CatalogEditKind.Add) return "新增字段 " + head;
        if (edit.Kind == CatalogEditKind.Remove || before is null) return "删除字段 " + head;
        var changes = Changed(before, field).ToList();
        return $"修改字段 {head}：" + (changes.Count == 0 ? "无变化" : string.Join("；", changes));
    }

    private static IEnumerable<string> Changed(FieldDefinition before, FieldDefinition after)
    {
        var old = CatalogJson.WriteField(before);
        foreach (var property in CatalogJson.WriteField(after).EnumerateObject())
        {
            if (Ignored.Contains(property.Name)) continue;
            var was = old.TryGetProperty(property.Name, out var w) ? w : default;
            if (was.ValueKind != JsonValueKind.Undefined && JsonElement.DeepEquals(was, property.Value)) continue;
            var name = Names.GetValueOrDefault(property.Name, property.Name);
            yield return property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False
                ? $"{name} {Show(was)} → {Show(property.Value)}"
                : name;
        }
    }

    private static string Show(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => "（无）",
        JsonValueKind.String => e.GetString()!,
        _ => e.GetRawText(),
    };
}
