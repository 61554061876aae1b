using System.Globalization;
using System.Text.RegularExpressions;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FormHub.Core.Catalog;

/// <summary>
/// Loads the 数据目录 from YAML, one entity type per file:
/// <code>
/// entity: person                      # required; ^[a-z][a-z0-9_]*$
/// label: {zh: 人员, en: Person}       # required, both languages
/// search: [name, id_number]           # optional; fields searched by the roster search box
/// fields:                             # required
///   - name: disability_grade          # required; ^[a-z][a-z0-9_]*$, unique within the entity
///     type: enum                      # required: text|int|decimal|date|bool|enum|id-number|phone|uscc|org-unit-ref|entity-ref
///     label: {zh: 残疾等级, en: Disability grade}   # required
///     owner: 残联                      # required: 数源部门
///     sensitivity: sensitive          # public|internal|sensitive|secret (default internal)
///     kind: attribute                 # attribute|periodic (default attribute)
///     period: monthly                 # periodic only, and required there: monthly|quarterly|yearly, the field's own period
///     unit: 元                         # int/decimal only
///     options: [一级, 二级, 三级, 四级]  # enum only, and required there
///     ref: household                  # entity-ref only, and required there
///     validation: {required: true, min: 0, max: 150, min_length: 1, max_length: 50, pattern: '^\d+$', pattern_message: …}
///     # min/max: int/decimal only; min_length/max_length/pattern/pattern_message: text only
/// </code>
/// Every problem in every file is collected with its file, line and column; any problem means no catalog.
/// </summary>
public static class CatalogLoader
{
    private static readonly string[] TopKeys = ["entity", "label", "search", "fields"];
    private static readonly string[] LabelKeys = ["zh", "en"];
    private static readonly string[] FieldKeys = ["name", "type", "label", "owner", "sensitivity", "kind", "period", "unit", "options", "ref", "validation", "aliases"];
    private static readonly string[] ValidationKeys = ["required", "min", "max", "min_length", "max_length", "pattern", "pattern_message"];

    // Ordered as documented, so the "valid values" lists read naturally.
    private static readonly (string Yaml, FieldType Type)[] TypeNames =
    [
        ("text", FieldType.Text), ("int", FieldType.Int), ("decimal", FieldType.Decimal), ("date", FieldType.Date),
        ("bool", FieldType.Bool), ("enum", FieldType.Enum), ("id-number", FieldType.IdNumber), ("phone", FieldType.Phone),
        ("uscc", FieldType.Uscc), ("org-unit-ref", FieldType.OrgUnitRef), ("entity-ref", FieldType.EntityRef),
    ];
    private static readonly (string Yaml, Sensitivity Value)[] SensitivityNames =
        [("public", Sensitivity.Public), ("internal", Sensitivity.Internal), ("sensitive", Sensitivity.Sensitive), ("secret", Sensitivity.Secret)];
    private static readonly (string Yaml, FieldKind Value)[] KindNames = [("attribute", FieldKind.Attribute), ("periodic", FieldKind.Periodic)];

    private static readonly (string Yaml, PeriodType Value)[] PeriodNames =
        [("monthly", PeriodType.Monthly), ("quarterly", PeriodType.Quarterly), ("yearly", PeriodType.Yearly)];

    private static readonly Regex NamePattern = new("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>Loads every *.yaml and *.yml file of a directory, in file-name order.</summary>
    /// <exception cref="SourceProblemException">With every problem in every file.</exception>
    public static FieldCatalog LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new SourceProblemException([new SourceProblem(directory, 0, 0,
                new LocalizedText($"数据目录文件夹“{directory}”不存在", $"The catalog directory '{directory}' does not exist"))]);

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new SourceProblemException([new SourceProblem(directory, 0, 0,
                new LocalizedText($"文件夹“{directory}”中没有 .yaml 或 .yml 文件", $"The directory '{directory}' has no .yaml or .yml files"))]);

        return Load(files.Select(f => (f, File.ReadAllText(f))));
    }

    /// <summary>Loads YAML texts; <c>File</c> names each source in problems.</summary>
    /// <exception cref="SourceProblemException">With every problem in every source.</exception>
    public static FieldCatalog Load(IEnumerable<(string File, string Yaml)> sources)
    {
        var problems = new List<SourceProblem>();
        var entities = new List<ParsedEntity>();
        var fileOrder = new Dictionary<string, int>();
        var someFileUnreadable = false;
        foreach (var (file, yaml) in sources)
        {
            fileOrder.TryAdd(file, fileOrder.Count);
            var root = ParseYaml(file, yaml, problems);
            if (root is null)
            {
                someFileUnreadable = true;
                continue;
            }

            if (new EntityFileReader(file, problems).Read(root) is { } entity) entities.Add(entity);
        }

        var byKey = new Dictionary<string, ParsedEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.Key is null) continue;
            if (byKey.TryGetValue(entity.Key, out var first))
                problems.Add(Problem(entity.File, entity.KeyMark,
                    $"实体类型“{entity.Key}”重复定义，已在 {first.File} 第{first.KeyMark.Line}行定义",
                    $"Entity type '{entity.Key}' is defined twice; it is already defined in {first.File} line {first.KeyMark.Line}"));
            else byKey[entity.Key] = entity;
        }

        // A file that did not parse may well define the referenced type; saying "unknown" would only mislead.
        if (!someFileUnreadable)
        {
            var known = byKey.Keys.Order(StringComparer.Ordinal).ToList();
            foreach (var entity in entities)
            foreach (var (target, mark) in entity.Refs)
            {
                if (byKey.ContainsKey(target)) continue;
                var (zhHint, enHint) = DidYouMean.Suffix(target, known);
                problems.Add(Problem(entity.File, mark,
                    $"ref 指向未知的实体类型“{target}”{zhHint}，已定义的实体类型：{string.Join(", ", known)}",
                    $"ref names an unknown entity type '{target}'{enHint}; defined entity types: {string.Join(", ", known)}"));
            }
        }

        if (problems.Count > 0)
            throw new SourceProblemException(problems
                .OrderBy(p => fileOrder.GetValueOrDefault(p.File)).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList());

        return new FieldCatalog(entities.Select(e => e.Type), entities.SelectMany(e => e.Fields));
    }

    private static YamlNode? ParseYaml(string file, string yaml, List<SourceProblem> problems) =>
        YamlDocumentReader.Parse(file, yaml, problems,
            new LocalizedText("文件为空，应定义一个实体类型（entity、label、fields）", "The file is empty; it must define one entity type (entity, label, fields)"),
            new LocalizedText("一个文件只能定义一个实体类型，请删除“---”并把第二个实体类型放到单独的文件中",
                "A file defines exactly one entity type; remove the '---' and move the second entity type to its own file"));

    private static SourceProblem Problem(string file, Mark mark, string zh, string en) =>
        new(file, (int)mark.Line, (int)mark.Column, new LocalizedText(zh, en));

    /// <summary>One file's entity type, kept with positions for the cross-file checks.</summary>
    private sealed record ParsedEntity(
        string File, string? Key, Mark KeyMark, EntityTypeDefinition Type, List<FieldDefinition> Fields, List<(string Target, Mark Mark)> Refs);

    /// <summary>Reads one entity file, adding a problem for everything wrong and carrying on, so the admin sees all at once.</summary>
    private sealed class EntityFileReader(string file, List<SourceProblem> problems) : YamlMapReader(file, problems)
    {
        private static readonly LocalizedText TopLevel = new("", "");

        public ParsedEntity? Read(YamlNode root)
        {
            if (root is not YamlMappingNode map)
            {
                Add(root.Start, "文件的顶层应是键值映射（entity、label、search、fields）",
                    "The top level of the File must be a mapping (entity, label, search, fields)");
                return null;
            }

            CheckKeys(map, TopKeys);
            var keyNode = RequiredScalar(map, "entity", TopLevel);
            var key = keyNode?.Value;
            if (keyNode is not null && !NamePattern.IsMatch(keyNode.Value!))
            {
                Add(keyNode.Start, $"实体类型名“{key}”无效：只能用小写英文字母、数字和下划线，并以字母开头（如 person）",
                    $"Invalid entity type name '{key}': use lower-case letters, digits and underscores, starting with a letter (e.g. person)");
            }

            var (labelZh, labelEn) = ReadLabel(map, TopLevel);

            var fields = new List<FieldDefinition>();
            var refs = new List<(string, Mark)>();
            var firstLineOfField = new Dictionary<string, long>(StringComparer.Ordinal);
            if (Required(map, "fields", TopLevel) is { } fieldsNode)
            {
                if (fieldsNode is not YamlSequenceNode sequence)
                {
                    Add(fieldsNode.Start, "fields 应是字段列表（每项以“- name:”开头）", "fields must be a list of fields (each item starting with '- name:')");
                }
                else
                {
                    foreach (var item in sequence)
                    {
                        if (ReadField(item, key ?? "", refs) is not { } read) continue;
                        var (field, nameNode) = read;
                        if (field.Name.Length == 0) continue;
                        if (firstLineOfField.TryGetValue(field.Name, out var firstLine))
                            Add(nameNode.Start, $"字段名“{field.Name}”重复，第{firstLine}行已定义", $"Field name '{field.Name}' is already defined on line {firstLine}");
                        else
                        {
                            firstLineOfField[field.Name] = nameNode.Start.Line;
                            fields.Add(field);
                        }
                    }
                }
            }

            var search = ReadSearch(map, firstLineOfField.Keys.ToList());
            var type = new EntityTypeDefinition
            {
                Key = key ?? "",
                LabelZh = labelZh ?? "",
                LabelEn = labelEn ?? "",
                SearchFields = search,
                SourceFile = File,
                SourceLine = (int)(keyNode?.Start.Line ?? 0),
            };
            return new ParsedEntity(File, key, keyNode?.Start ?? map.Start, type, fields, refs);
        }

        private List<string> ReadSearch(YamlMappingNode map, List<string> fieldNames)
        {
            var result = new List<string>();
            if (YamlNodes.Optional(map, "search") is not { } node) return result;
            if (node is not YamlSequenceNode sequence)
            {
                Add(node.Start, "search 应是字段名列表，如 [name, id_number]", "search must be a list of field names, e.g. [name, id_number]");
                return result;
            }

            foreach (var item in sequence)
            {
                if (item is not YamlScalarNode { Value: { Length: > 0 } name })
                {
                    Add(item.Start, "search 的每一项应是一个字段名", "Each item of search must be a field name");
                    continue;
                }

                if (fieldNames.Contains(name)) result.Add(name);
                else
                {
                    var (zh, en) = DidYouMean.Suffix(name, fieldNames);
                    Add(item.Start, $"search 中的字段“{name}”不在本实体的 fields 中{zh}", $"search names the field '{name}', which is not among this entity's fields{en}");
                }
            }
            return result;
        }

        /// <summary>Reads one item of <c>fields</c>; null when it is not a mapping with a usable name.</summary>
        private (FieldDefinition Field, YamlNode NameNode)? ReadField(YamlNode item, string entityType, List<(string, Mark)> refs)
        {
            if (item is not YamlMappingNode map)
            {
                Add(item.Start, "fields 的每一项应是一个字段定义（name、type、label、owner …）",
                    "Each item of fields must be a field definition (name, type, label, owner, …)");
                return null;
            }

            CheckKeys(map, FieldKeys);
            var nameNode = RequiredScalar(map, "name", new LocalizedText("字段", "The field"));
            var name = nameNode?.Value ?? "";
            if (nameNode is not null && !NamePattern.IsMatch(name))
            {
                Add(nameNode.Start, $"字段名“{name}”无效：只能用小写英文字母、数字和下划线，并以字母开头（如 disability_grade）",
                    $"Invalid field name '{name}': use lower-case letters, digits and underscores, starting with a letter (e.g. disability_grade)");
            }

            var where = name.Length > 0 ? new LocalizedText($"字段“{name}”", $"Field '{name}'") : new LocalizedText("字段", "The field");
            var typeNode = RequiredScalar(map, "type", where);
            var type = Choose(typeNode, TypeNames, "字段类型", "field type");
            var (labelZh, labelEn) = ReadLabel(map, where);
            var owner = RequiredScalar(map, "owner", where)?.Value;
            var sensitivity = Choose(OptionalScalar(map, "sensitivity"), SensitivityNames, "敏感级别", "sensitivity") ?? Sensitivity.Internal;
            var kindNode = OptionalScalar(map, "kind");
            var kind = Choose(kindNode, KindNames, "字段种类", "kind") ?? FieldKind.Attribute;
            var ownPeriod = ReadOwnPeriod(map, kind, kindNode, where);

            var unit = OptionalScalar(map, "unit");
            if (unit is not null && type is not null and not (FieldType.Int or FieldType.Decimal))
                Add(YamlNodes.KeyOf(map, "unit").Start, "unit 只适用于 int 和 decimal 字段", "unit applies to int and decimal fields only");

            var options = ReadOptions(map, type, typeNode);
            var refNode = OptionalScalar(map, "ref");
            if (type == FieldType.EntityRef && refNode is null && typeNode is not null)
                Add(typeNode.Start, $"{where.Zh}的类型为 entity-ref，必须用 ref 指明引用的实体类型（如 ref: household）",
                    $"{where.En} is an entity-ref and needs ref naming the referenced entity type (e.g. ref: household)");
            if (refNode is not null)
            {
                if (type is not null and not FieldType.EntityRef)
                    Add(YamlNodes.KeyOf(map, "ref").Start, "ref 只适用于 entity-ref 字段", "ref applies to entity-ref fields only");
                else refs.Add((refNode.Value!, refNode.Start));
            }

            var validation = ReadValidation(map, type);
            var aliases = ReadAliases(map);
            if (nameNode is null) return null;

            var field = new FieldDefinition
            {
                EntityType = entityType,
                Name = name,
                Type = type ?? FieldType.Text,
                LabelZh = labelZh ?? "",
                LabelEn = labelEn ?? "",
                Unit = unit?.Value,
                OwnerDepartment = owner ?? "",
                Sensitivity = sensitivity,
                Kind = kind,
                OwnPeriod = ownPeriod,
                Validation = validation,
                Options = options,
                Aliases = aliases,
                RefEntityType = refNode?.Value,
                SourceFile = File,
                SourceLine = (int)map.Start.Line,
            };
            return (field, nameNode);
        }

        /// <summary>
        /// <c>period: monthly|quarterly|yearly</c>: which period a periodic field's values are kept under. Required, not
        /// guessed: the period decides where every value entered goes, so it must not change when a report is added.
        /// </summary>
        private PeriodType ReadOwnPeriod(YamlMappingNode map, FieldKind kind, YamlScalarNode? kindNode, LocalizedText where)
        {
            var node = OptionalScalar(map, "period");
            if (kind != FieldKind.Periodic)
            {
                if (node is not null)
                    Add(YamlNodes.KeyOf(map, "period").Start, "period 只适用于按期填报的字段（kind: periodic）", "period applies to periodic fields (kind: periodic) only");
                return PeriodType.Monthly;
            }
            if (node is null)
            {
                Add(kindNode!.Start, $"{where.Zh}按期填报，必须用 period 写明按哪种期别填报：monthly（按月）、quarterly（按季）或 yearly（按年），如 period: monthly",
                    $"{where.En} is periodic and needs period naming its own period: monthly, quarterly or yearly, e.g. period: monthly");
                return PeriodType.Monthly;
            }
            return Choose(node, PeriodNames, "期别", "period") ?? PeriodType.Monthly;
        }

        private List<string> ReadOptions(YamlMappingNode map, FieldType? type, YamlScalarNode? typeNode)
        {
            var result = new List<string>();
            var node = YamlNodes.Optional(map, "options");
            if (node is not null && type is not null and not FieldType.Enum)
            {
                Add(YamlNodes.KeyOf(map, "options").Start, "options 只适用于 enum 字段", "options apply to enum fields only");
                return result;
            }

            if (node is YamlSequenceNode sequence)
            {
                foreach (var item in sequence)
                {
                    if (item is not YamlScalarNode scalar || YamlNodes.IsNull(scalar))
                        Add(item.Start, "options 的每一项应是一个非空的选项文字", "Each option must be a non-empty text");
                    else if (result.Contains(scalar.Value!))
                        Add(item.Start, $"选项“{scalar.Value}”重复", $"The option '{scalar.Value}' is listed twice");
                    else result.Add(scalar.Value!);
                }
            }
            else if (node is not null)
            {
                Add(node.Start, "options 应是选项列表，如 [一级, 二级]", "options must be a list, e.g. [一级, 二级]");
                return result;
            }

            if (type == FieldType.Enum && result.Count == 0 && typeNode is not null && (node is null || ((YamlSequenceNode)node).Children.Count == 0))
                Add(typeNode.Start, "enum 字段必须用 options 列出可选值，如 options: [一级, 二级]",
                    "An enum field must list its values in options, e.g. options: [一级, 二级]");
            return result;
        }

        /// <summary><c>aliases: [身份证号, 证件号码]</c>: other column names the field goes by in departments' spreadsheets (import mapping).</summary>
        private List<string> ReadAliases(YamlMappingNode map)
        {
            var result = new List<string>();
            var node = YamlNodes.Optional(map, "aliases");
            if (node is null) return result;
            if (node is not YamlSequenceNode sequence)
            {
                Add(node.Start, "aliases 应是别名列表，如 [身份证号, 证件号码]", "aliases must be a list, e.g. [身份证号, 证件号码]");
                return result;
            }

            foreach (var item in sequence)
            {
                if (item is not YamlScalarNode scalar || YamlNodes.IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
                    Add(item.Start, "aliases 的每一项应是一个非空的列名", "Each alias must be a non-empty column name");
                else if (!result.Contains(scalar.Value.Trim())) result.Add(scalar.Value.Trim());
            }

            return result;
        }

        private FieldValidation ReadValidation(YamlMappingNode fieldMap, FieldType? type)
        {
            if (YamlNodes.Optional(fieldMap, "validation") is not { } node) return FieldValidation.None;
            if (node is not YamlMappingNode map)
            {
                Add(node.Start, "validation 应是键值映射，如 {required: true, max: 150}", "validation must be a mapping, e.g. {required: true, max: 150}");
                return FieldValidation.None;
            }

            CheckKeys(map, ValidationKeys);
            var numeric = type is FieldType.Int or FieldType.Decimal;
            var textual = type is FieldType.Text;

            var required = OptionalScalar(map, "required") is { } r ? ParseBool(r) : null;
            var minNode = OnlyFor(map, "min", type is null || numeric, "int、decimal");
            var maxNode = OnlyFor(map, "max", type is null || numeric, "int、decimal");
            var min = minNode is null ? null : ParseDecimal(minNode);
            var max = maxNode is null ? null : ParseDecimal(maxNode);
            var minLengthNode = OnlyFor(map, "min_length", type is null || textual, "text");
            var maxLengthNode = OnlyFor(map, "max_length", type is null || textual, "text");
            var minLength = minLengthNode is null ? null : ParseLength(minLengthNode);
            var maxLength = maxLengthNode is null ? null : ParseLength(maxLengthNode);
            var pattern = OnlyFor(map, "pattern", type is null || textual, "text");
            var patternMessage = OnlyFor(map, "pattern_message", type is null || textual, "text");

            if (min > max)
                Add(minNode!.Start, $"min（{min}）大于 max（{max}），没有值能通过校验", $"min ({min}) is greater than max ({max}); no value could pass");
            if (minLength > maxLength)
                Add(minLengthNode!.Start, $"min_length（{minLength}）大于 max_length（{maxLength}），没有值能通过校验",
                    $"min_length ({minLength}) is greater than max_length ({maxLength}); no value could pass");
            if (pattern is not null)
            {
                try
                {
                    _ = new Regex(pattern.Value!, RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    Add(pattern.Start, $"pattern 不是有效的正则表达式：{e.Message}", $"pattern is not a valid regular expression: {e.Message}");
                }
            }
            if (patternMessage is not null && pattern is null)
                Add(YamlNodes.KeyOf(map, "pattern_message").Start, "有 pattern_message 却没有 pattern", "pattern_message is given without a pattern");

            return new FieldValidation
            {
                Required = required ?? false,
                Min = min,
                Max = max,
                MinLength = minLength,
                MaxLength = maxLength,
                Pattern = pattern?.Value,
                PatternMessage = patternMessage?.Value,
            };
        }

        /// <summary>A validation rule's value, with a problem when the field's type does not support the rule.</summary>
        private YamlScalarNode? OnlyFor(YamlMappingNode map, string key, bool allowed, string types)
        {
            var node = OptionalScalar(map, key);
            if (node is null || allowed) return node;
            Add(YamlNodes.KeyOf(map, key).Start, $"{key} 只适用于 {types} 字段", $"{key} applies to {types.Replace("、", " and ")} fields only");
            return null;
        }

        /// <summary>Reads <c>label: {zh: …, en: …}</c>; both are required and non-empty.</summary>
        private (string? Zh, string? En) ReadLabel(YamlMappingNode map, LocalizedText where)
        {
            if (Required(map, "label", where) is not { } node) return (null, null);
            if (node is not YamlMappingNode label)
            {
                Add(node.Start, "label 应写成 {zh: 中文名称, en: English name}", "label must be written as {zh: 中文名称, en: English name}");
                return (null, null);
            }

            CheckKeys(label, LabelKeys);
            var labelWhere = where.Zh.Length == 0
                ? new LocalizedText("label ", "The label")
                : new LocalizedText($"{where.Zh}的 label ", $"The label of {where.En.ToLowerInvariant()[..1]}{where.En[1..]}");
            return (RequiredScalar(label, "zh", labelWhere)?.Value, RequiredScalar(label, "en", labelWhere)?.Value);
        }

        private bool? ParseBool(YamlScalarNode node)
        {
            if (bool.TryParse(node.Value, out var value)) return value;
            Add(node.Start, $"“{node.Value}”不是 true 或 false", $"'{node.Value}' is not true or false");
            return null;
        }

        private decimal? ParseDecimal(YamlScalarNode node)
        {
            if (decimal.TryParse(node.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                return value;
            Add(node.Start, $"“{node.Value}”不是数字", $"'{node.Value}' is not a number");
            return null;
        }

        private int? ParseLength(YamlScalarNode node)
        {
            if (int.TryParse(node.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
            Add(node.Start, $"“{node.Value}”不是非负整数", $"'{node.Value}' is not a whole number of zero or more");
            return null;
        }

        protected override (string Zh, string En) Hint(string key, bool topLevel) => key switch
        {
            "entity" => ("实体类型名，如 person", "the entity type name, e.g. person"),
            "fields" => ("字段列表", "the list of fields"),
            "label" => ("{zh: 中文名称, en: English name}", "{zh: 中文名称, en: English name}"),
            "zh" => ("中文名称", "the Chinese label"),
            "en" => ("英文名称", "the English label"),
            "name" => ("字段名，如 disability_grade", "the field name, e.g. disability_grade"),
            "type" => ("字段类型，如 text、int、enum", "the field type, e.g. text, int, enum"),
            "owner" => ("数源部门，如 民政", "the owning department (数源部门), e.g. 民政"),
            _ => ("值", "a value"),
        };

    }
}
