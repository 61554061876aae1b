using System.Text.RegularExpressions;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FormHub.Core.Rules;

/// <summary>
/// Reads one rule file's YAML tree for <see cref="RuleLoader"/>, adding a positioned problem for everything wrong and
/// carrying on. Expressions are read by the template reader, so their positions map back exactly as a template's do.
/// </summary>
internal sealed class RuleFileReader(string file, string yaml, List<SourceProblem> problems) : YamlMapReader(file, problems)
{
    internal sealed record Result(string File, string? Id, Mark IdMark, RecordRule? Rule);

    private static readonly string[] TopKeys =
        ["id", "kind", "title", "title_en", "entity", "department", "level", "audience", "include_retired", "when", "receives", "message", "message_en", "fields", "across"];
    private static readonly string[] AcrossKeys = ["key", "villages", "households", "within"];
    private static readonly (string Yaml, bool Value)[] WithinNames = [("county", false), ("village", true)];
    private static readonly (string Yaml, RuleKind Value)[] KindNames = [("check", RuleKind.Check), ("eligibility", RuleKind.Eligibility)];
    private static readonly (string Yaml, FindingLevel Value)[] LevelNames =
        [("error", FindingLevel.Error), ("warning", FindingLevel.Warning), ("info", FindingLevel.Info)];
    private static readonly (string Yaml, RuleAudience Value)[] AudienceNames =
        [("cadre", RuleAudience.Cadre), ("reviewer", RuleAudience.Reviewer), ("department", RuleAudience.Department)];
    private static readonly (string Yaml, bool Value)[] BoolNames = [("true", true), ("false", false)];
    private static readonly Regex IdPattern = new("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly LocalizedText TopLevel = new("", "");

    private readonly TemplateFileReader _expressions = new(file, yaml, problems);

    public Result Read(YamlNode root)
    {
        var before = Problems.Count;
        if (root is not YamlMappingNode map)
        {
            Add(root.Start, "文件的顶层应是键值映射（id、title、entity、when、message …）",
                "The top level of the file must be a mapping (id, title, entity, when, message, …)");
            return new Result(File, null, root.Start, null);
        }

        CheckKeys(map, TopKeys);
        var idNode = RequiredScalar(map, "id", TopLevel);
        var id = idNode?.Value;
        if (idNode is not null && !IdPattern.IsMatch(id!))
        {
            Add(idNode.Start, $"规则 id“{id}”无效：只能用小写英文字母、数字和连字符“-”，并以字母开头（如 mz-elderly-unpaid）",
                $"Invalid rule id '{id}': use lower-case letters, digits and hyphens, starting with a letter (e.g. mz-elderly-unpaid)");
            id = null;
        }
        var kind = Choose(OptionalScalar(map, "kind"), KindNames, "规则类别", "rule kind") ?? RuleKind.Check;
        var title = RequiredScalar(map, "title", TopLevel)?.Value;
        var titleEn = OptionalScalar(map, "title_en")?.Value;
        var entity = RequiredScalar(map, "entity", TopLevel)?.Value;
        var department = RequiredScalar(map, "department", TopLevel)?.Value;
        var level = Choose(OptionalScalar(map, "level"), LevelNames, "级别", "level") ?? FindingLevel.Warning;
        var audience = ReadAudience(map);
        var includeRetired = Choose(OptionalScalar(map, "include_retired"), BoolNames, "取值", "value") ?? false;
        var when = _expressions.RequiredExpression(map, "when", TopLevel);
        var receives = YamlNodes.Optional(map, "receives") is { } receivesNode ? _expressions.ExpressionOf(map, receivesNode, "receives", TopLevel) : null;
        if (kind == RuleKind.Eligibility && receives is null && YamlNodes.Optional(map, "receives") is null)
            Add(map.Start, "享受资格规则（kind: eligibility）必须写 receives：本月是否已享受（如 record.elderly_allowance_amount > 0）",
                "An eligibility rule needs receives: whether the record receives the benefit this month (e.g. record.elderly_allowance_amount > 0)");
        if (kind == RuleKind.Check && receives is not null)
            Add(YamlNodes.KeyOf(map, "receives").Start, "receives 只用于享受资格规则（kind: eligibility）", "receives is only for eligibility rules (kind: eligibility)");
        var message = MessageOf(map, "message", required: true);
        var messageEn = MessageOf(map, "message_en", required: false);
        var fields = ReadFields(map);
        var across = ReadAcross(map);
        if (across is not null && kind == RuleKind.Eligibility)
            Add(YamlNodes.KeyOf(map, "across").Start, "across 只用于校验规则（kind: check）", "across is only for checks (kind: check)");

        RecordRule? rule = null;
        if (Problems.Count == before)
        {
            rule = new RecordRule
            {
                Id = id!, Kind = kind, Title = title!, TitleEn = titleEn, EntityType = entity!, Department = department!, Level = level,
                Audience = audience, IncludeRetired = includeRetired, When = when!, Receives = receives, Message = message!, MessageEn = messageEn, Fields = fields,
                Across = across, SourceFile = File,
            };
        }
        return new Result(File, id, idNode?.Start ?? map.Start, rule);
    }

    /// <summary>
    /// The message is the text of a JavaScript template literal, so <c>${record.name}</c> names the record. It is compiled
    /// as <c>`text`</c>: one column before the text, so positions inside it still map to the file.
    /// </summary>
    private TemplateExpression? MessageOf(YamlMappingNode map, string key, bool required)
    {
        if (!required && YamlNodes.Optional(map, key) is null) return null;
        if (_expressions.RequiredExpression(map, key, TopLevel) is not { } text) return null;
        if (text.Code.Contains('`'))
        {
            Add(YamlNodes.KeyOf(map, key).Start, $"{key} 里不能有反引号“`”（它按模板字符串计算，用 ${{…}} 插入值）",
                $"{key} must not contain a backtick '`' (it is evaluated as a template literal; insert values with ${{…}})");
            return null;
        }
        return new TemplateExpression("`" + text.Code + "`", text.Span with { Column = text.Span.Column - 1 });
    }

    private RuleAudience ReadAudience(YamlMappingNode map)
    {
        var all = RuleAudience.Cadre | RuleAudience.Reviewer | RuleAudience.Department;
        if (YamlNodes.Optional(map, "audience") is not { } node) return all;
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            Add(node.Start, "audience 应是列表，如 [cadre, reviewer, department]", "audience must be a list, e.g. [cadre, reviewer, department]");
            return all;
        }
        var audience = RuleAudience.None;
        foreach (var item in list)
        {
            if (AsScalar(item, "audience") is { } scalar && Choose(scalar, AudienceNames, "查看对象", "audience") is { } who) audience |= who;
        }
        return audience == RuleAudience.None ? all : audience;
    }

    private List<string> ReadFields(YamlMappingNode map)
    {
        var fields = new List<string>();
        if (YamlNodes.Optional(map, "fields") is not { } node) return fields;
        if (node is not YamlSequenceNode list)
        {
            Add(node.Start, "fields 应是字段名的列表，如 [age, elderly_allowance_amount]", "fields must be a list of field names, e.g. [age, elderly_allowance_amount]");
            return fields;
        }
        foreach (var item in list)
        {
            if (AsScalar(item, "fields") is { Value: { } name }) fields.Add(name);
        }
        return fields;
    }

    /// <summary>
    /// <c>across: {key: [name, birth_date], villages: 2, households: 6}</c>: compare records across the county's villages
    /// (a key field list or one field; villages at least 2, default 2; households default 0).
    /// </summary>
    private AcrossVillages? ReadAcross(YamlMappingNode map)
    {
        if (YamlNodes.Optional(map, "across") is not { } node) return null;
        if (node is not YamlMappingNode across)
        {
            Add(node.Start, "across 应是映射，如 {key: [phone], villages: 2, households: 6}", "across must be a mapping, e.g. {key: [phone], villages: 2, households: 6}");
            return null;
        }
        CheckKeys(across, AcrossKeys);
        var key = new List<string>();
        switch (YamlNodes.Optional(across, "key"))
        {
            case YamlScalarNode { Value: { Length: > 0 } one }:
                key.Add(one);
                break;
            case YamlSequenceNode list:
                foreach (var item in list)
                {
                    if (AsScalar(item, "key") is { Value: { Length: > 0 } name }) key.Add(name);
                }
                break;
        }
        if (key.Count == 0)
            Add(across.Start, "across 须写 key：用来比对的字段，如 key: [name, birth_date]", "across needs key: the fields compared, e.g. key: [name, birth_date]");
        var within = Choose(OptionalScalar(across, "within"), WithinNames, "比对范围", "scope") ?? false;
        if (within && YamlNodes.Optional(across, "villages") is { } villagesNode)
            Add(villagesNode.Start, "within: village 只在本村内比对，不能再写 villages", "within: village compares inside the village only; villages does not apply");
        var villages = within ? 1 : Count(across, "villages", 2, 2);
        var households = Count(across, "households", 0, 0);
        return new AcrossVillages(key, villages, households, within);
    }

    private int Count(YamlMappingNode map, string key, int fallback, int least)
    {
        if (OptionalScalar(map, key) is not { } node) return fallback;
        if (int.TryParse(node.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= least && n <= 10_000)
            return n;
        Add(node.Start, $"{key} 应是 {least} 到 10000 之间的整数", $"{key} must be a whole number from {least} to 10000");
        return fallback;
    }

    protected override (string Zh, string En) Hint(string key, bool topLevel) => key switch
    {
        "id" => ("规则标识，如 mz-elderly-unpaid", "the rule id, e.g. mz-elderly-unpaid"),
        "title" => ("规则名称，如 80周岁以上未发高龄津贴", "the rule's title"),
        "entity" => ("规则针对的对象类型，如 person 或 household", "the entity type, e.g. person or household"),
        "department" => ("负责的部门，如 民政", "the owning department, e.g. 民政"),
        "when" => ("条件，如 record.age >= 80 && !(record.elderly_allowance_amount > 0)", "the condition, e.g. record.age >= 80"),
        "message" => ("提示文字，如 ${record.name}本月未发放高龄津贴", "the message, e.g. ${record.name} was not paid"),
        "message_en" => ("英文提示，如 ${record.name}: no allowance this month", "the message in English, e.g. ${record.name}: no allowance this month"),
        _ => ("值", "a value"),
    };
}
