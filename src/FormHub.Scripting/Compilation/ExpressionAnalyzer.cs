using System.Collections.Immutable;
using FormHub.Core.Catalog;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting.Runtime;
using Jint.Parser.Ast;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// Walks one expression's syntax tree to find the catalog fields, columns and names it reads, reporting unknown ones
/// at their file position. Fields are recognised where their entity type is certain: filter objects and field-name
/// strings given to list helpers, <c>p.field</c> in a function passed to a helper or an Array method of a list,
/// <c>list[i].field</c>, and <c>village.field</c>.
/// </summary>
internal sealed class ExpressionAnalyzer
{
    private static readonly HashSet<string> JsGlobals =
    [
        "Math", "JSON", "Number", "String", "Boolean", "Array", "Object", "Date", "RegExp", "Error", "parseInt", "parseFloat",
        "isNaN", "isFinite", "undefined", "NaN", "Infinity", "row", "period", "unit", "village",
    ];

    private static readonly Dictionary<string, string[]> KnownProperties = new()
    {
        ["period"] = ["key", "type", "year", "month", "quarter", "start", "end", "display"],
        ["unit"] = ["code", "name", "level"],
    };

    private static readonly HashSet<string> ArrayCallbacks = ["forEach", "filter", "map", "some", "every", "reduce"];

    private readonly FieldCatalog _catalog;
    private readonly ReportTemplate _template;
    private readonly TemplateExpression _expression;
    private readonly List<SourceProblem> _problems;
    private readonly Dictionary<string, string> _collections;
    private HashSet<string> _declared = [];

    public ExpressionAnalyzer(FieldCatalog catalog, ReportTemplate template, TemplateExpression expression, List<SourceProblem> problems)
    {
        _catalog = catalog;
        _template = template;
        _expression = expression;
        _problems = problems;
        _collections = catalog.EntityTypes.Where(t => t.Key != "village").ToDictionary(t => ScriptHost.CollectionName(t.Key), t => t.Key);
    }

    public ExpressionAnalysis Analysis { get; } = new();

    public void Analyze(Jint.Parser.Ast.Program program)
    {
        _declared = Declarations(program);
        Visit(program, ImmutableDictionary<string, string>.Empty);
    }

    private static HashSet<string> Declarations(SyntaxNode root)
    {
        var names = new HashSet<string>();
        var stack = new Stack<SyntaxNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case VariableDeclarator v when v.Id is not null: names.Add(v.Id.Name); break;
                case FunctionDeclaration f:
                    if (f.Id is not null) names.Add(f.Id.Name);
                    foreach (var p in f.Parameters) names.Add(p.Name);
                    break;
                case FunctionExpression f:
                    if (f.Id is not null) names.Add(f.Id.Name);
                    foreach (var p in f.Parameters) names.Add(p.Name);
                    break;
                case CatchClause c when c.Param is Identifier id: names.Add(id.Name); break;
            }
            foreach (var child in SyntaxWalker.Children(node)) stack.Push(child);
        }
        return names;
    }

    private void Problem(SyntaxNode at, string zh, string en)
    {
        var span = _expression.Map(at.Location.Start.Line, at.Location.Start.Column + 1);
        _problems.Add(new SourceProblem(span.File, span.Line, span.Column, new LocalizedText(zh, en)));
    }

    private void Visit(SyntaxNode node, ImmutableDictionary<string, string> bound)
    {
        switch (node)
        {
            case CallExpression call:
                VisitCall(call, bound);
                return;
            case MemberExpression member:
                VisitMember(member, bound);
                return;
            case Identifier id:
                CheckName(id, bound);
                return;
            case Property property:
                // Object keys are not references; only the values are.
                Visit(property.Value, bound);
                return;
            case FunctionExpression function:
                Visit(function.Body, bound.RemoveRange(function.Parameters.Select(p => p.Name)));
                return;
            case FunctionDeclaration function:
                Visit(function.Body, bound.RemoveRange(function.Parameters.Select(p => p.Name)));
                return;
            case VariableDeclarator declarator:
                if (declarator.Init is not null) Visit(declarator.Init, bound);
                return;
        }
        foreach (var child in SyntaxWalker.Children(node)) Visit(child, bound);
    }

    private void CheckName(Identifier id, ImmutableDictionary<string, string> bound)
    {
        var name = id.Name;
        if (bound.ContainsKey(name) || _declared.Contains(name) || JsGlobals.Contains(name) || HelperLibrary.Names.Contains(name)) return;
        if (_collections.TryGetValue(name, out var type))
        {
            Analysis.EntityTypes.Add(type);
            Analysis.UsesEntities = true;
            return;
        }
        var known = HelperLibrary.Names.Concat(_collections.Keys).Concat(["row", "period", "unit", "village"]);
        Problem(id, $"未知的名称“{name}”{Suggest(name, known)}，可用：{string.Join("、", known)}",
            $"Unknown name '{name}'{SuggestEn(name, known)}; available: {string.Join(", ", known)}");
    }

    /// <summary>The entity type of a list expression: <c>households</c>, <c>where(households, …)</c>.</summary>
    private string? ListType(Expression expression, ImmutableDictionary<string, string> bound) => expression switch
    {
        Identifier id when !bound.ContainsKey(id.Name) && !_declared.Contains(id.Name) && _collections.TryGetValue(id.Name, out var t) => t,
        CallExpression { Callee: Identifier { Name: "where" } } c when c.Arguments.FirstOrDefault() is { } first => ListType(first, bound),
        _ => null,
    };

    /// <summary>The entity type of an item expression: a bound parameter, <c>list[i]</c>, or <c>village</c>.</summary>
    private string? ItemType(Expression expression, ImmutableDictionary<string, string> bound) => expression switch
    {
        Identifier id when bound.TryGetValue(id.Name, out var t) => t,
        Identifier { Name: "village" } when !_declared.Contains("village") => "village",
        MemberExpression { Computed: true } m => ListType(m.Object, bound),
        _ => null,
    };

    private void VisitCall(CallExpression call, ImmutableDictionary<string, string> bound)
    {
        var args = call.Arguments.ToList();
        if (call.Callee is Identifier { Name: var helper } && !_declared.Contains(helper))
        {
            if (helper == "prev") Analysis.ReadsPreviousPeriod = true;
            if (helper == "prev" && args.FirstOrDefault() is Literal { Value: string column })
            {
                if (_template.FindColumn(column) is null) UnknownColumn(args[0], column);
                else Analysis.PreviousReferences.Add(column);
            }
            if (HelperLibrary.ListHelpers.Contains(helper) && args.Count > 0 && ListType(args[0], bound) is { } type)
            {
                Visit(args[0], bound);
                foreach (var arg in args.Skip(1))
                {
                    switch (arg)
                    {
                        case ObjectExpression filter:
                            foreach (var p in filter.Properties)
                            {
                                if (KeyName(p.Key) is { } key) CheckField(type, key, p);
                                Visit(p.Value, bound);
                            }
                            break;
                        case Literal { Value: string field }:
                            CheckField(type, field, arg);
                            break;
                        case FunctionExpression f:
                            VisitCallback(f, type, 0, bound);
                            break;
                        default:
                            Visit(arg, bound);
                            break;
                    }
                }
                return;
            }
        }
        if (call.Callee is MemberExpression { Computed: false, Property: Identifier method } callee
            && ArrayCallbacks.Contains(method.Name) && ListType(callee.Object, bound) is { } listType)
        {
            Visit(callee.Object, bound);
            foreach (var arg in args)
            {
                if (arg is FunctionExpression f) VisitCallback(f, listType, method.Name == "reduce" ? 1 : 0, bound);
                else Visit(arg, bound);
            }
            return;
        }
        Visit(call.Callee, bound);
        foreach (var arg in args) Visit(arg, bound);
    }

    private void VisitCallback(FunctionExpression f, string type, int itemParameter, ImmutableDictionary<string, string> bound)
    {
        var parameters = f.Parameters.ToList();
        var inner = bound.RemoveRange(parameters.Select(p => p.Name));
        if (parameters.Count > itemParameter) inner = inner.SetItem(parameters[itemParameter].Name, type);
        Visit(f.Body, inner);
    }

    private void VisitMember(MemberExpression member, ImmutableDictionary<string, string> bound)
    {
        if (member.Computed || member.Property is not Identifier property)
        {
            Visit(member.Object, bound);
            Visit(member.Property, bound);
            return;
        }
        if (member.Object is Identifier { Name: var owner } && !bound.ContainsKey(owner) && !_declared.Contains(owner))
        {
            if (owner == "row")
            {
                if (_template.FindColumn(property.Name) is null) UnknownColumn(property, property.Name);
                else Analysis.RowReferences.Add(property.Name);
                return;
            }
            if (KnownProperties.TryGetValue(owner, out var names))
            {
                if (!names.Contains(property.Name))
                    Problem(property, $"{owner} 没有属性“{property.Name}”，可用：{string.Join("、", names)}",
                        $"{owner} has no property '{property.Name}'; available: {string.Join(", ", names)}");
                return;
            }
        }
        if (ItemType(member.Object, bound) is { } type)
        {
            if (type == "village") Analysis.UsesEntities = true;
            CheckField(type, property.Name, property);
        }
        Visit(member.Object, bound);
    }

    private static string? KeyName(IPropertyKeyExpression key) => key switch
    {
        Identifier id => id.Name,
        Literal { Value: string s } => s,
        _ => null,
    };

    private void CheckField(string type, string name, SyntaxNode at)
    {
        if (ScriptArrayMembers.Contains(name) && at is Identifier) return;
        if (name == "id" || _catalog.FindField(type, name) is not null
            || (DerivedFields.Names.Contains(name) && DerivedFields.AppliesTo(_catalog, type)))
        {
            if (name != "id") Analysis.Fields.Add(type + "." + name);
            // Derived fields change when the ID number does.
            if (DerivedFields.Names.Contains(name) && DerivedFields.IdField(_catalog, type) is { } idField) Analysis.Fields.Add(idField.Key);
            Analysis.EntityTypes.Add(type);
            return;
        }
        var known = _catalog.FieldsOf(type).Select(f => f.Name)
            .Concat(DerivedFields.AppliesTo(_catalog, type) ? DerivedFields.Names : []).ToList();
        Problem(at, $"{type}.{name} 不在数据目录中{Suggest(name, known)}", $"{type}.{name} is not in the field catalog{SuggestEn(name, known)}");
    }

    // Members every object has; reading them is not a field read.
    private static readonly HashSet<string> ScriptArrayMembers = ["hasOwnProperty", "toString", "valueOf"];

    private void UnknownColumn(SyntaxNode at, string name) =>
        Problem(at, $"模板中没有列“{name}”{Suggest(name, _template.Columns.Select(c => c.Id))}，已有的列：{string.Join("、", _template.Columns.Select(c => c.Id))}",
            $"The template has no column '{name}'{SuggestEn(name, _template.Columns.Select(c => c.Id))}; columns: {string.Join(", ", _template.Columns.Select(c => c.Id))}");

    private static string Suggest(string name, IEnumerable<string> known) => DidYouMean.Suffix(name, known).Zh;

    private static string SuggestEn(string name, IEnumerable<string> known) => DidYouMean.Suffix(name, known).En;
}
