using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Core.Rules;
using FormHub.Core.Templates;
using FormHub.Core.Text;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// Checks a record rule against the catalog with the template checker (same JavaScript, same line:column problems) and
/// prepares its expressions. A rule's scripts see what a template's see (village lists, <c>village</c>, <c>period</c>,
/// <c>unit</c>, the helpers) and <c>record</c>, <c>household</c>, <c>members</c>, <c>retirement</c>, the history helpers
/// (<c>previous</c>, <c>changedOn</c>, <c>history</c> on record or household) and, in an
/// eligibility rule's message, <c>gap</c>. A message may not read sensitive or secret fields, by name or by reading a
/// type that has them whole (<c>JSON.stringify(record)</c>): it is shown to reviewers and departments, who may not see them.
/// </summary>
public sealed class RuleCompiler(FieldCatalog catalog)
{
    private readonly TemplateCompiler _templates = new(catalog);

    public CompiledRule Compile(RecordRule rule)
    {
        var problems = new List<SourceProblem>();
        var at = rule.When.Span;
        if (!catalog.EntityTypes.Any(t => t.Key == rule.EntityType))
        {
            Add(problems, at with { Column = 1, Line = Math.Max(1, at.Line) }, $"规则“{rule.Id}”的 entity“{rule.EntityType}”不在数据目录中，可用：{string.Join("、", catalog.EntityTypes.Select(t => t.Key))}",
                $"Rule '{rule.Id}': entity '{rule.EntityType}' is not in the catalog; available: {string.Join(", ", catalog.EntityTypes.Select(t => t.Key))}");
            throw new SourceProblemException(problems);
        }

        var householdField = HouseholdFieldOf(rule.EntityType);
        var items = new Dictionary<string, string> { ["record"] = rule.EntityType };
        if (rule.EntityType == "household" || householdField is not null) items["household"] = "household";
        var lists = new Dictionary<string, string>();
        if (items.ContainsKey("household") && catalog.FindField("person", "household") is not null) lists["members"] = "person";
        var plain = new HashSet<string> { "retirement" };
        var extra = new ExtraNames(items, lists, plain) { History = true };
        // gap in an eligibility rule's message; group (the other villages, counts: never their records) in an across rule's.
        var messageExtra = rule.Kind == RuleKind.Eligibility ? extra with { Plain = new HashSet<string>(plain) { "gap" } }
            : rule.Across is not null ? extra with { Plain = new HashSet<string>(plain) { "group" } } : extra;

        var host = new ReportTemplate
        {
            Id = rule.Id, Version = 1, Title = rule.Title, Department = rule.Department, Period = PeriodType.Monthly, Columns = [], SourceFile = rule.SourceFile,
        };
        var when = _templates.Parse(host, Block(rule.When), problems, extra);
        var receives = rule.Receives is { } r ? _templates.Parse(host, Block(r), problems, extra) : null;
        var message = _templates.Parse(host, rule.Message, problems, messageExtra);
        var messageEn = rule.MessageEn is { } en ? _templates.Parse(host, en, problems, messageExtra) : null;
        foreach (var (text, source, key) in new[] { (message, rule.Message, "message"), (messageEn, rule.MessageEn, "message_en") })
        {
            if (text is null || source is null) continue;
            // By name only: age read from the ID number shows the age, not the number.
            foreach (var name in text.Analysis.NamedFields)
            {
                if (catalog.FindField(name) is { Sensitivity: Sensitivity.Sensitive or Sensitivity.Secret } field)
                    Add(problems, source.Span, $"{key} 不能显示敏感字段“{field.LabelZh}”（{name}）：审核员和部门也会看到这条提示；请改用 fields 列出，按查看人脱敏显示",
                        $"{key} must not show the sensitive field '{field.LabelEn}' ({name}): reviewers and departments see it too; list it under fields, where it is masked for the viewer");
            }
            // JSON.stringify(record), Object.values(record), record[k]: any field may be shown, the sensitive ones too.
            foreach (var type in text.Analysis.TypesReadWhole)
            {
                if (catalog.FieldsOf(type).FirstOrDefault(f => f.Sensitivity is Sensitivity.Sensitive or Sensitivity.Secret) is { } field)
                    Add(problems, source.Span, $"规则“{rule.Id}”的 {key} 不能整体读取 {type} 的记录（如 JSON.stringify、Object.values 或 [变量]）：其中有敏感字段“{field.LabelZh}”（{field.Key}），审核员和部门也会看到这条提示；请逐个写明要显示的字段",
                        $"Rule '{rule.Id}': {key} must not read {type} records whole (JSON.stringify, Object.values, [variable]): they hold the sensitive field '{field.LabelEn}' ({field.Key}) and reviewers and departments see the message; name each field to show");
            }
        }
        foreach (var name in rule.Fields)
        {
            if (catalog.FindField(rule.EntityType, name) is null && !(DerivedFields.Names.Contains(name) && DerivedFields.AppliesTo(catalog, rule.EntityType)))
                Add(problems, rule.When.Span, $"fields 中的“{name}”不是 {rule.EntityType} 的字段", $"fields: '{name}' is not a field of {rule.EntityType}");
        }
        foreach (var name in rule.Across?.Key ?? [])
        {
            if (catalog.FindField(rule.EntityType, name) is null && !(DerivedFields.Names.Contains(name) && DerivedFields.AppliesTo(catalog, rule.EntityType)))
                Add(problems, rule.When.Span, $"across 的 key 中的“{name}”不是 {rule.EntityType} 的字段", $"across key: '{name}' is not a field of {rule.EntityType}");
        }
        var distinct = problems.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        if (distinct.Count > 0 || when is null || message is null || (rule.Receives is not null && receives is null)
            || (rule.MessageEn is not null && messageEn is null))
            throw new SourceProblemException(distinct);

        var fieldsRead = new HashSet<string>(StringComparer.Ordinal);
        var typesRead = new HashSet<string>(StringComparer.Ordinal) { rule.EntityType };
        var historyRead = new HashSet<string>(StringComparer.Ordinal);
        foreach (var expression in new[] { when, receives, message, messageEn })
        {
            if (expression is null) continue;
            historyRead.UnionWith(expression.Analysis.HistoryFields);
            fieldsRead.UnionWith(expression.Analysis.Fields);
            typesRead.UnionWith(expression.Analysis.EntityTypes);
            typesRead.UnionWith(expression.Analysis.TypesReadWhole);
        }
        foreach (var name in rule.Fields) fieldsRead.Add(rule.EntityType + "." + name);
        foreach (var name in rule.Across?.Key ?? []) fieldsRead.Add(rule.EntityType + "." + (DerivedFields.Names.Contains(name) ? IdNumberFieldOr(rule.EntityType, name) : name));
        if (items.ContainsKey("household")) typesRead.Add("household");
        if (householdField is not null) fieldsRead.Add(rule.EntityType + "." + householdField);
        // A person moving between households changes who the members are.
        if (lists.ContainsKey("members")) fieldsRead.Add("person.household");
        // Which per-record globals the scripts name at all: the evaluator binds only those (a record costs four binds otherwise).
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var expression in new[] { when, receives, message, messageEn })
        {
            if (expression?.Syntax is { } ast) named.UnionWith(IdentifiersOf(ast));
        }
        return new CompiledRule(rule, when, receives, message, householdField, fieldsRead, typesRead)
        {
            MessageEn = messageEn,
            HistoryFields = historyRead,
            BindsHousehold = named.Contains("household"),
            BindsMembers = named.Contains("members"),
            BindsRetirement = named.Contains("retirement"),
            NativeWhen = NativeCondition.TryCreate(when.Syntax),
            WhenGuard = NativeCondition.TryCreateGuard(when.Syntax),
            NativeReceives = NativeCondition.TryCreate(receives?.Syntax),
            Messages = SelfContainedMessage.Is(message.Syntax) && (messageEn is null || SelfContainedMessage.Is(messageEn.Syntax)) ? new RecordMessages() : null,
        };
    }

    /// <summary>Every identifier in a script's syntax tree (a superset of the globals it reads; enough to decide what to bind).</summary>
    private static IEnumerable<string> IdentifiersOf(Acornima.Ast.Node root)
    {
        var stack = new Stack<Acornima.Ast.Node>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is Acornima.Ast.Identifier id) yield return id.Name;
            foreach (var child in node.ChildNodes) stack.Push(child);
        }
    }

    /// <summary>Compiles every rule, collecting every problem of every rule before throwing.</summary>
    public IReadOnlyList<CompiledRule> CompileAll(IEnumerable<RecordRule> rules)
    {
        var compiled = new List<CompiledRule>();
        var problems = new List<SourceProblem>();
        foreach (var rule in rules)
        {
            try { compiled.Add(Compile(rule)); }
            catch (SourceProblemException e) { problems.AddRange(e.Problems); }
        }
        if (problems.Count > 0) throw new SourceProblemException(problems);
        return compiled;
    }

    /// <summary>
    /// The condition inside a block: one engine runs it for every record of a village, and a top-level <c>const</c> would
    /// otherwise be declared twice. The block's value is its last statement's, as the bare script's was; the opening brace
    /// stands one column before the code, so positions still map to the file.
    /// </summary>
    private static TemplateExpression Block(TemplateExpression code) =>
        new("{" + code.Code + "\n}", code.Span with { Column = code.Span.Column - 1 });

    /// <summary>A derived field (birth_date, age …) changes with the ID number it is read from.</summary>
    private string IdNumberFieldOr(string entityType, string name) => DerivedFields.IdField(catalog, entityType)?.Name ?? name;

    private string? HouseholdFieldOf(string entityType) =>
        catalog.FieldsOf(entityType).FirstOrDefault(f => f.Type == FieldType.EntityRef && f.RefEntityType == "household")?.Name;

    private static void Add(List<SourceProblem> problems, SourceSpan at, string zh, string en) =>
        problems.Add(new SourceProblem(at.File, at.Line, at.Column, new LocalizedText(zh, en)));
}
