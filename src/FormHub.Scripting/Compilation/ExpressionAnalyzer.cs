using System.Collections.Immutable;
using Acornima;
using Acornima.Ast;
using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting.Runtime;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// Walks one expression's syntax tree (Acornima, the parser Jint 4 runs on) to find the catalog fields, columns and
/// names it reads, reporting unknown ones at their file position. Fields are recognised wherever the entity type of
/// the object is certain: filter objects and field-name strings given to list helpers; <c>p.field</c> and destructured
/// <c>({field}) =&gt; …</c> parameters of a callback (function or arrow) given to a helper or to an Array method of a
/// list, also when the callback or filter object was stored in a variable that keeps it (<c>const inPay = h =&gt; …;
/// count(households, inPay)</c>; a variable given another value, or an object changed or handed on, reads the type
/// whole); <c>list[i].field</c>, variables holding a list item (<c>const p = persons[i]</c>,
/// <c>for (const p of persons)</c>) and <c>village.field</c>.
/// </summary>
internal sealed class ExpressionAnalyzer
{
    private static readonly HashSet<string> JsGlobals =
    [
        "Math", "JSON", "Number", "String", "Boolean", "Array", "Object", "Date", "RegExp", "Error", "TypeError", "RangeError",
        "parseInt", "parseFloat", "isNaN", "isFinite", "undefined", "NaN", "Infinity", "Set", "Map", "Symbol", "globalThis",
        "row", "period", "unit", "village",
    ];

    private static readonly Dictionary<string, string[]> KnownProperties = new()
    {
        ["period"] = ["key", "type", "year", "month", "quarter", "start", "end", "display"],
        ["unit"] = ["code", "name", "level"],
    };

    /// <summary>Array methods taking a callback, and which of the callback's parameters are list items.</summary>
    private static readonly Dictionary<string, int[]> ArrayCallbacks = new()
    {
        ["forEach"] = [0], ["filter"] = [0], ["map"] = [0], ["flatMap"] = [0], ["some"] = [0], ["every"] = [0],
        ["find"] = [0], ["findIndex"] = [0], ["findLast"] = [0], ["findLastIndex"] = [0],
        ["reduce"] = [1], ["reduceRight"] = [1], ["sort"] = [0, 1], ["toSorted"] = [0, 1],
    };

    /// <summary>Array methods whose result is again a list of the same items.</summary>
    private static readonly HashSet<string> ListPreserving = ["filter", "slice", "sort", "toSorted", "toReversed", "reverse", "concat"];

    /// <summary>Array methods whose result is one of the items.</summary>
    private static readonly HashSet<string> ItemPicking = ["find", "findLast", "at", "pop", "shift"];

    private readonly FieldCatalog _catalog;
    private readonly ReportTemplate _template;
    private readonly TemplateExpression _expression;
    private readonly List<SourceProblem> _problems;
    private readonly Dictionary<string, string> _collections;
    private HashSet<string> _declared = [];
    private readonly Dictionary<string, Node?> _declaredValues = [];
    private readonly HashSet<string> _assigned = [];

    private readonly ExtraNames _extra;

    public ExpressionAnalyzer(FieldCatalog catalog, ReportTemplate template, TemplateExpression expression, List<SourceProblem> problems,
        ExtraNames? extra = null)
    {
        _catalog = catalog;
        _template = template;
        _expression = expression;
        _problems = problems;
        _extra = extra ?? ExtraNames.None;
        _collections = catalog.EntityTypes.Where(t => t.Key != "village").ToDictionary(t => ScriptHost.CollectionName(t.Key), t => t.Key);
        foreach (var (name, type) in _extra.Lists) _collections[name] = type;
    }

    public ExpressionAnalysis Analysis { get; } = new();

    public void Analyze(Script program)
    {
        _declared = Declarations(program);
        // A rule's record and household are items of a known type, as a callback's parameter is.
        Visit(program, _extra.Items.ToImmutableDictionary(i => i.Key, i => (string?)i.Value));
    }

    /// <summary>
    /// Every name the expression declares anywhere, and for names declared exactly once and never given another value,
    /// what they were given (a callback, a filter object, a list item): that is what lets a variable stand in for its
    /// value below. A filter object also stops standing in once it may change or be handed on (<c>f.age = 3</c>,
    /// <c>delete f.x</c>, <c>Object.assign(f, …)</c>, <c>const g = f</c>): only reads, spreads and helper arguments keep it.
    /// </summary>
    private HashSet<string> Declarations(Node root)
    {
        var names = new HashSet<string>();
        var counts = new Dictionary<string, int>();
        var handedOn = new HashSet<string>();
        var helperArguments = new List<(string Name, string Helper)>();
        void Declare(string name, Node? value)
        {
            names.Add(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            _declaredValues[name] = value;
        }
        // n = …, n++, [a, b] = …, for (n of …): the name no longer holds its first value; o.x = …: o changes.
        void Assign(Node? target)
        {
            foreach (var n in BindingNames(target))
            {
                counts[n] = counts.GetValueOrDefault(n) + 1;
                _assigned.Add(n);
            }
            while (target is MemberExpression m) target = m.Object;
            if (target is Identifier changed) handedOn.Add(changed.Name);
        }
        var stack = new Stack<(Node Node, Node? Parent)>([(root, null)]);
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            switch (node)
            {
                case VariableDeclarator { Id: Identifier id } v: Declare(id.Name, v.Init); break;
                case VariableDeclarator v: foreach (var n in BindingNames(v.Id)) Declare(n, null); break;
                case FunctionDeclaration f:
                    if (f.Id is not null) Declare(f.Id.Name, f);
                    foreach (var p in f.Params) foreach (var n in BindingNames(p)) Declare(n, null);
                    break;
                case IFunction f:
                    if (f.Id is not null) Declare(f.Id.Name, null);
                    foreach (var p in f.Params) foreach (var n in BindingNames(p)) Declare(n, null);
                    break;
                case CatchClause { Param: { } param }: foreach (var n in BindingNames(param)) Declare(n, null); break;
                case AssignmentExpression a: Assign(a.Left); break;
                case UpdateExpression u: Assign(u.Argument); break;
                case UnaryExpression { Operator: Operator.Delete } d: Assign(d.Argument); break;
                case ForInStatement { Left: not VariableDeclaration } forIn: Assign(forIn.Left); break;
                case ForOfStatement { Left: not VariableDeclaration } forOf: Assign(forOf.Left); break;
                case Identifier id when parent is CallExpression { Callee: Identifier helper } call && call.Arguments.Contains(id):
                    helperArguments.Add((id.Name, helper.Name));
                    break;
                case Identifier id when !LeavesObjectAlone(id, parent): handedOn.Add(id.Name); break;
            }
            foreach (var child in node.ChildNodes) stack.Push((child, node));
        }
        foreach (var (name, helper) in helperArguments)
            if (names.Contains(helper) || !HelperLibrary.Names.Contains(helper)) handedOn.Add(name);
        foreach (var (name, count) in counts)
            if (count > 1) _declaredValues[name] = null;
        foreach (var name in handedOn)
            if (_declaredValues.GetValueOrDefault(name) is ObjectExpression) _declaredValues[name] = null;
        return names;
    }

    /// <summary>Where a name leaves the object it holds as it is: read (<c>f.x</c>), spread (<c>{...f}</c>), declared, or a plain key.</summary>
    private static bool LeavesObjectAlone(Identifier id, Node? parent) => parent switch
    {
        MemberExpression or SpreadElement => true,
        VariableDeclarator d => ReferenceEquals(d.Id, id),
        Property { Computed: false, Shorthand: false } p => ReferenceEquals(p.Key, id),
        _ => false,
    };

    /// <summary>The names a binding pattern introduces: <c>p</c>, <c>{age, gender: g}</c>, <c>[first, ...rest]</c>, <c>n = 0</c>.</summary>
    private static IEnumerable<string> BindingNames(Node? pattern)
    {
        switch (pattern)
        {
            case Identifier id:
                yield return id.Name;
                break;
            case ObjectPattern o:
                foreach (var p in o.Properties)
                {
                    var inner = p switch { Property property => property.Value, RestElement rest => rest.Argument, _ => null };
                    foreach (var n in BindingNames(inner)) yield return n;
                }
                break;
            case ArrayPattern a:
                foreach (var e in a.Elements)
                    foreach (var n in BindingNames(e)) yield return n;
                break;
            case AssignmentPattern d:
                foreach (var n in BindingNames(d.Left)) yield return n;
                break;
            case RestElement r:
                foreach (var n in BindingNames(r.Argument)) yield return n;
                break;
        }
    }

    private void Problem(Node at, string zh, string en)
    {
        var span = _expression.Map(at.Location.Start.Line, at.Location.Start.Column + 1);
        _problems.Add(new SourceProblem(span.File, span.Line, span.Column, new LocalizedText(zh, en)));
    }

    /// <summary>
    /// Visits a node. <paramref name="bound"/> maps names bound by enclosing callbacks to the entity type of the item
    /// they hold (null: a parameter that shadows an outer name but holds no known item).
    /// </summary>
    private void Visit(Node? node, ImmutableDictionary<string, string?> bound)
    {
        // An item or list reaching a place not followed field by field (Object.keys(p), a user function, [...persons],
        // p ? … : …) may have any of its fields read: the scope then keeps every field of its type.
        if (node is Expression expression && (ItemType(expression, bound) ?? ListType(expression, bound) ?? GroupsType(expression, bound)) is { } whole)
            Analysis.TypesReadWhole.Add(whole);
        Walk(node, bound);
    }

    /// <summary>A node where an item or list in it is followed (its fields read by name): no whole-type read for itself.</summary>
    private void Walk(Node? node, ImmutableDictionary<string, string?> bound)
    {
        switch (node)
        {
            case null:
                return;
            case CallExpression call:
                VisitCall(call, bound);
                return;
            case MemberExpression member:
                VisitMember(member, bound);
                return;
            case Identifier id:
                CheckName(id, bound);
                return;
            case ThisExpression:
                // The global object itself (sloppy code's this), handed on whole: prev may be read from it by any name.
                Analysis.ReadsPreviousPeriod = true;
                return;
            case Property property:
                // Object keys are not references (unless computed); only the values are.
                if (property.Computed) Visit(property.Key, bound);
                Visit(property.Value, bound);
                return;
            case IFunction function:
                VisitFunction(function, bound, itemType: null, itemParameters: []);
                return;
            case VariableDeclarator declarator:
                VisitPattern(declarator.Id, bound, declarator.Init is { } init ? ItemType(init, bound) : null);
                if (IsFollowed(declarator, bound)) Walk(declarator.Init, bound);
                else Visit(declarator.Init, bound);
                return;
            case ForOfStatement forOf:
                VisitForOf(forOf, bound);
                return;
            case LabeledStatement labeled:
                Visit(labeled.Body, bound);
                return;
            // Testing an item (village ? village.x : null, !p, p === q, p && …) reads none of its fields.
            case ConditionalExpression conditional:
                Walk(conditional.Test, bound);
                Visit(conditional.Consequent, bound);
                Visit(conditional.Alternate, bound);
                return;
            case IfStatement ifStatement:
                Walk(ifStatement.Test, bound);
                Visit(ifStatement.Consequent, bound);
                Visit(ifStatement.Alternate, bound);
                return;
            case UnaryExpression { Operator: Operator.LogicalNot or Operator.TypeOf } unary:
                Walk(unary.Argument, bound);
                return;
            case BinaryExpression { Operator: Operator.Equality or Operator.Inequality or Operator.StrictEquality or Operator.StrictInequality } comparison:
                Walk(comparison.Left, bound);
                Walk(comparison.Right, bound);
                return;
            case LogicalExpression { Operator: Operator.LogicalAnd } and:
                Walk(and.Left, bound);
                Visit(and.Right, bound);
                return;
            case BreakStatement or ContinueStatement or MetaProperty:
                return;
            case CatchClause clause:
                VisitPattern(clause.Param, bound, null);
                Visit(clause.Body, bound);
                return;
        }
        foreach (var child in node.ChildNodes) Visit(child, bound);
    }

    /// <summary>
    /// A binding pattern: its names are declarations, not references; default values are expressions; and when the
    /// value is an item of a known type, destructured keys are field reads (<c>const {area_mu} = village</c>).
    /// </summary>
    private void VisitPattern(Node? pattern, ImmutableDictionary<string, string?> bound, string? itemType)
    {
        switch (pattern)
        {
            case ObjectPattern o:
                foreach (var p in o.Properties)
                {
                    if (p is Property property)
                    {
                        if (itemType is not null && KeyName(property.Key) is { } key && (!property.Computed || property.Key is StringLiteral))
                            CheckField(itemType, key, property.Key);
                        else if (property.Computed)
                        {
                            if (itemType is not null) Analysis.TypesReadWhole.Add(itemType);
                            Visit(property.Key, bound);
                        }
                        VisitPattern(property.Value, bound, null);
                    }
                    else if (p is RestElement rest)
                    {
                        // {a, ...others} = p copies every other field.
                        if (itemType is not null) Analysis.TypesReadWhole.Add(itemType);
                        VisitPattern(rest.Argument, bound, null);
                    }
                }
                break;
            case ArrayPattern a:
                foreach (var e in a.Elements) VisitPattern(e, bound, null);
                break;
            case AssignmentPattern d:
                VisitPattern(d.Left, bound, itemType);
                Visit(d.Right, bound);
                break;
            case RestElement r:
                VisitPattern(r.Argument, bound, null);
                break;
            case Identifier or null:
                break;
            default:
                Visit(pattern, bound); // an assignment target such as obj.x in a destructuring assignment
                break;
        }
    }

    /// <summary>
    /// <c>for (const p of persons)</c> binds p to the items as a callback's parameter is (unless p is given another value
    /// in the loop), and <c>for (const {age} of persons)</c> reads age; any other loop over a list may read it whole.
    /// </summary>
    private void VisitForOf(ForOfStatement forOf, ImmutableDictionary<string, string?> bound)
    {
        var pattern = forOf.Left is VariableDeclaration { Declarations: [var single] } ? single.Id : null;
        var itemType = pattern switch
        {
            Identifier id when !_assigned.Contains(id.Name) => ListType(forOf.Right, bound),
            ObjectPattern => ListType(forOf.Right, bound),
            _ => null,
        };
        var inner = bound;
        foreach (var name in BindingNames(pattern)) inner = inner.SetItem(name, null);
        if (pattern is Identifier item && itemType is not null) inner = inner.SetItem(item.Name, itemType);
        if (pattern is not null) VisitPattern(pattern, bound, itemType);
        else Visit(forOf.Left, bound);
        if (itemType is not null) Walk(forOf.Right, bound);
        else Visit(forOf.Right, bound);
        Visit(forOf.Body, inner);
    }

    /// <summary>A function or arrow: its parameters shadow outer names; those at <paramref name="itemParameters"/> hold items of <paramref name="itemType"/>.</summary>
    private void VisitFunction(IFunction function, ImmutableDictionary<string, string?> bound, string? itemType, int[] itemParameters)
    {
        var inner = bound;
        var parameters = function.Params;
        for (var i = 0; i < parameters.Count; i++)
            foreach (var name in BindingNames(parameters[i])) inner = inner.SetItem(name, null);
        for (var i = 0; i < parameters.Count; i++)
        {
            var holdsItem = itemType is not null && itemParameters.Contains(i);
            var parameter = parameters[i] is AssignmentPattern { Left: var left } ? left : parameters[i];
            if (holdsItem && parameter is Identifier id) inner = inner.SetItem(id.Name, itemType);
            VisitPattern(parameters[i], inner, holdsItem ? itemType : null);
        }
        Visit(function.Body, inner);
    }

    private bool IsFree(string name, ImmutableDictionary<string, string?> bound) => !bound.ContainsKey(name) && !_declared.Contains(name);

    private void CheckName(Identifier id, ImmutableDictionary<string, string?> bound)
    {
        var name = id.Name;
        // prev read anyhow, not only called by name (const p = prev, prev.call(…), (0, prev)(…)), or the global object
        // handed on whole (globalThis[k], Reflect.get(globalThis, …)): last period's row must be read for the row.
        if (name is "prev" or "globalThis" && IsFree(name, bound)) Analysis.ReadsPreviousPeriod = true;
        if (bound.ContainsKey(name) || _declared.Contains(name) || JsGlobals.Contains(name) || HelperLibrary.Names.Contains(name)
            || _extra.Plain.Contains(name) || (_extra.History && HistoryHelpers.Names.Contains(name))) return;
        if (_collections.TryGetValue(name, out var type))
        {
            Analysis.EntityTypes.Add(type);
            Analysis.UsesEntities = true;
            return;
        }
        var known = HelperLibrary.Names.Concat(_extra.History ? HistoryHelpers.Names : []).Concat(_collections.Keys).Concat(_extra.Items.Keys)
            .Concat(_extra.Plain).Concat(["row", "period", "unit", "village"]);
        Problem(id, $"未知的名称“{name}”{Suggest(name, known)}，可用：{string.Join("、", known)}",
            $"Unknown name '{name}'{SuggestEn(name, known)}; available: {string.Join(", ", known)}");
    }

    /// <summary>
    /// The entity type of a list expression: <c>households</c>, <c>where(households, …)</c>, <c>persons.filter(…)</c>,
    /// <c>groupBy(persons, 'gender')['男']</c>.
    /// </summary>
    private string? ListType(Node? expression, ImmutableDictionary<string, string?> bound, int depth = 0) => expression switch
    {
        _ when depth > 8 => null,
        Identifier id when IsFree(id.Name, bound) && _collections.TryGetValue(id.Name, out var t) => t,
        Identifier id when !bound.ContainsKey(id.Name) && _declaredValues.GetValueOrDefault(id.Name) is Expression value and not IFunction
            => ListType(value, ImmutableDictionary<string, string?>.Empty, depth + 1),
        ChainExpression chain => ListType(chain.Expression, bound, depth),
        CallExpression { Callee: Identifier { Name: "where" } callee } c when IsFree(callee.Name, bound) && c.Arguments.Count > 0 => ListType(c.Arguments[0], bound, depth),
        CallExpression { Callee: MemberExpression { Computed: false, Property: Identifier method } m } when ListPreserving.Contains(method.Name) => ListType(m.Object, bound, depth),
        MemberExpression { Computed: true, Object: CallExpression { Callee: Identifier { Name: "groupBy" } } g } when g.Arguments.Count > 0 => ListType(g.Arguments[0], bound, depth),
        _ => null,
    };

    /// <summary>The entity type of an item expression: a callback parameter, <c>list[i]</c>, <c>list.find(…)</c>, a variable holding one, or <c>village</c>.</summary>
    private string? ItemType(Node? expression, ImmutableDictionary<string, string?> bound, int depth = 0) => expression switch
    {
        _ when depth > 8 => null,
        Identifier id when bound.TryGetValue(id.Name, out var t) => t,
        Identifier { Name: "village" } when !_declared.Contains("village") => "village",
        Identifier id when _declared.Contains(id.Name) && _declaredValues.GetValueOrDefault(id.Name) is Expression value and not IFunction
            => ItemType(value, ImmutableDictionary<string, string?>.Empty, depth + 1),
        ChainExpression chain => ItemType(chain.Expression, bound, depth),
        MemberExpression { Computed: true } m => ListType(m.Object, bound),
        CallExpression { Callee: MemberExpression { Computed: false, Property: Identifier method } m } when ItemPicking.Contains(method.Name) => ListType(m.Object, bound),
        _ => null,
    };

    /// <summary>A callback argument: written in place, or a variable that was given a function (<c>const inPay = h =&gt; …</c>).</summary>
    private IFunction? Callback(Node argument) => argument switch
    {
        IFunction f => f,
        Identifier id when _declaredValues.GetValueOrDefault(id.Name) is IFunction f => f,
        _ => null,
    };

    private void VisitCall(CallExpression call, ImmutableDictionary<string, string?> bound)
    {
        var args = call.Arguments;
        if (call.Callee is Identifier { Name: var helper } && IsFree(helper, bound))
        {
            if (HistoryHelpers.Names.Contains(helper))
            {
                CheckHistoryCall(call, helper, bound);
                return;
            }
            if (helper == "prev") Analysis.ReadsPreviousPeriod = true;
            if (helper == "prev" && args.Count > 0 && args[0] is StringLiteral { Value: var column })
            {
                if (_template.FindColumn(column) is null) UnknownColumn(args[0], column);
                else Analysis.PreviousReferences.Add(column);
            }
            if (FinerPeriodHelpers.Names.TryGetValue(helper, out var unit) && args.Count > 1 && args[1] is StringLiteral { Value: var finerField }
                && ItemType(args[0], bound) is { } itemType)
            {
                Walk(args[0], bound);
                CheckFinerRead(itemType, finerField, args[1], helper, unit);
                for (var i = 2; i < args.Count; i++) Visit(args[i], bound);
                return;
            }
            if (HelperLibrary.ListHelpers.Contains(helper) && args.Count > 0 && ListType(args[0], bound) is { } type)
            {
                Walk(args[0], bound);
                for (var i = 1; i < args.Count; i++)
                {
                    var arg = args[i];
                    var filter = arg is Identifier variable && _declaredValues.GetValueOrDefault(variable.Name) is ObjectExpression stored ? stored : arg as ObjectExpression;
                    if (filter is not null)
                    {
                        VisitFilter(filter, type, bound);
                        if (arg is Identifier) Visit(arg, bound);
                    }
                    else if (arg is StringLiteral { Value: var field }) CheckField(type, field, arg);
                    else if (Callback(arg) is { } callback)
                    {
                        if (callback.Params.Any(p => p is RestElement)) Analysis.TypesReadWhole.Add(type);
                        VisitFunction(callback, bound, type, [0]);
                        if (arg is Identifier) Visit(arg, bound);
                    }
                    else
                    {
                        // A field name or function not written in place (sum(persons, name)): any field may be read.
                        Analysis.TypesReadWhole.Add(type);
                        Visit(arg, bound);
                    }
                }
                return;
            }
        }
        if (call.Callee is MemberExpression { Computed: false, Property: Identifier method } callee
            && ArrayCallbacks.TryGetValue(method.Name, out var itemParameters) && ListType(callee.Object, bound) is { } listType)
        {
            Walk(callee.Object, bound);
            // Without a start value, reduce's accumulator begins as the first item.
            if (method.Name is "reduce" or "reduceRight" && args.Count < 2) Analysis.TypesReadWhole.Add(listType);
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (Callback(arg) is { } callback)
                {
                    // (p, i, all) => all[0].x: the list itself is the parameter after the index, and (...args) holds the items.
                    if (callback.Params.Count > itemParameters.Max() + 2 || callback.Params.Any(p => p is RestElement)) Analysis.TypesReadWhole.Add(listType);
                    VisitFunction(callback, bound, listType, itemParameters);
                    if (arg is Identifier) Visit(arg, bound);
                }
                else
                {
                    // The items go to a function the analyzer cannot see into (persons.map(toRow) with toRow a parameter).
                    if (i == 0) Analysis.TypesReadWhole.Add(listType);
                    Visit(arg, bound);
                }
            }
            return;
        }
        Visit(call.Callee, bound);
        foreach (var arg in args) Visit(arg, bound);
    }

    /// <summary>
    /// A filter object's keys are fields of <paramref name="type"/>; one spread in (<c>{...workingAge, x: 1}</c>) is followed
    /// when it is a variable holding a filter object, and a key or spread not known before the run reads the type whole.
    /// </summary>
    private void VisitFilter(ObjectExpression filter, string type, ImmutableDictionary<string, string?> bound, int depth = 0)
    {
        foreach (var p in filter.Properties)
        {
            switch (p)
            {
                case Property { Computed: false } property when KeyName(property.Key) is { } key:
                    CheckField(type, key, property.Key);
                    Visit(property.Value, bound);
                    break;
                case Property { Computed: true, Key: StringLiteral { Value: var literal } } property:
                    CheckField(type, literal, property.Key);
                    Visit(property.Value, bound);
                    break;
                case SpreadElement { Argument: Identifier variable } when depth < 8
                    && _declaredValues.GetValueOrDefault(variable.Name) is ObjectExpression stored:
                    VisitFilter(stored, type, bound, depth + 1);
                    Visit(variable, bound);
                    break;
                default:
                    Analysis.TypesReadWhole.Add(type);
                    Visit(p, bound);
                    break;
            }
        }
    }

    private void VisitMember(MemberExpression member, ImmutableDictionary<string, string?> bound)
    {
        // globalThis.prev, this.prev, globalThis['prev'] …: prev reached through the global object (or an alias of it).
        var named = member.Computed ? (member.Property as StringLiteral)?.Value : (member.Property as Identifier)?.Name;
        if (named == "prev") Analysis.ReadsPreviousPeriod = true;
        // A named member of the global object (globalThis.Math) hands no more of it on than that member.
        if (named is not null && (member.Object is ThisExpression || member.Object is Identifier { Name: "globalThis" } g && IsFree(g.Name, bound))) return;
        if (member.Computed || member.Property is not Identifier property)
        {
            if (member.Computed && ItemType(member.Object, bound) is { } itemType)
            {
                // p['age'] reads age as p.age does; p[name] may read any field.
                if (member.Property is StringLiteral { Value: var name }) CheckField(itemType, name, member.Property);
                else Analysis.TypesReadWhole.Add(itemType);
                if (itemType == "village") Analysis.UsesEntities = true;
                Walk(member.Object, bound);
            }
            // list[i] is an item (followed where it goes), as is groupBy(list, …)[key] a list.
            else if (member.Computed && (ListType(member.Object, bound) is not null || GroupsType(member.Object, bound) is not null)) Walk(member.Object, bound);
            else Visit(member.Object, bound);
            Visit(member.Property, bound);
            return;
        }
        if (member.Object is Identifier { Name: var owner } && IsFree(owner, bound))
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
            Walk(member.Object, bound);
        }
        else if (ListType(member.Object, bound) is not null && ListMembers.Contains(property.Name)) Walk(member.Object, bound);
        else Visit(member.Object, bound);
    }

    /// <summary>
    /// Whether a declaration's item or list is followed where it goes: destructured into named fields, or held by a
    /// variable that stands for it wherever it is used (declared once, its value resolved without the enclosing
    /// callbacks' parameters).
    /// </summary>
    private bool IsFollowed(VariableDeclarator declarator, ImmutableDictionary<string, string?> bound) => declarator switch
    {
        { Id: ObjectPattern, Init: { } init } => ItemType(init, bound) is not null,
        { Id: Identifier id, Init: Expression init } => ReferenceEquals(_declaredValues.GetValueOrDefault(id.Name), init)
            && (ItemType(init, ImmutableDictionary<string, string?>.Empty) ?? ListType(init, ImmutableDictionary<string, string?>.Empty)) is not null,
        _ => false,
    };

    /// <summary>Members of a list that hand on no item unfollowed: its length, searches, and the methods whose result is itself followed.</summary>
    private static readonly HashSet<string> ListMembers =
        ["length", "includes", "indexOf", "lastIndexOf", .. ArrayCallbacks.Keys, .. ListPreserving, .. ItemPicking];

    /// <summary>The entity type of <c>groupBy(list, …)</c>: an object of lists, followed only as <c>groupBy(…)[key]</c>.</summary>
    private string? GroupsType(Node? expression, ImmutableDictionary<string, string?> bound) =>
        expression is CallExpression { Callee: Identifier { Name: "groupBy" } callee } g && IsFree(callee.Name, bound) && g.Arguments.Count > 0
            ? ListType(g.Arguments[0], bound) : null;

    private static string? KeyName(Node key) => key switch
    {
        Identifier id => id.Name,
        StringLiteral s => s.Value,
        _ => null,
    };

    /// <summary>
    /// <c>sumOfMonths(p, 'field')</c> and its kin: the field must be kept per the helper's period, and that period must
    /// not be coarser than the report's (a yearly field in a 年报 is read plainly).
    /// </summary>
    private void CheckFinerRead(string type, string name, Node at, string helper, PeriodType unit)
    {
        if (!CheckField(type, name, at, plainRead: false)) return;
        var field = _catalog.FindField(type, name);
        if (field is null || field.Kind != FieldKind.Periodic)
        {
            Problem(at, $"{helper}() 只用于按期填报的字段，{type}.{name} 不是；请直接读取字段", $"{helper}() is for periodic fields; {type}.{name} is not, read it directly");
            return;
        }
        if (field.OwnPeriod != unit)
        {
            var right = field.OwnPeriod >= _template.Period ? null : FinerPeriodHelpers.SumFor(field.OwnPeriod);
            Problem(at, $"{type}.{name} 按{PeriodZh(field.OwnPeriod)}填报，{helper}() 取的是各{PeriodZh(unit)}的值；"
                        + (right is null ? "请直接读取字段" : $"请改用 {right}() 等按{PeriodZh(field.OwnPeriod)}的函数"),
                $"{type}.{name} is kept per {field.OwnPeriod.ToString().ToLowerInvariant()} but {helper}() reads {unit.ToString().ToLowerInvariant()} values; "
                + (right is null ? "read the field directly" : $"use {right}() and its kin"));
        }
    }

    private static string PeriodZh(PeriodType type) => type switch { PeriodType.Monthly => "月", PeriodType.Quarterly => "季", _ => "年" };

    private static string ReportZh(PeriodType type) => type switch { PeriodType.Monthly => "月报", PeriodType.Quarterly => "季报", _ => "年报" };

    /// <summary>
    /// A plain read of a field kept per a finer period than the report's (a monthly amount in a 季报) has no one value:
    /// the template must say how to combine the months.
    /// </summary>
    private void CheckPlainPeriodicRead(FieldDefinition field, Node at)
    {
        if (field.Kind != FieldKind.Periodic || field.OwnPeriod >= _template.Period) return;
        var unit = PeriodZh(field.OwnPeriod);
        var item = field.EntityType == "village" ? "village" : field.EntityType[..1];
        var (sum, avg, last, list) = field.OwnPeriod == PeriodType.Quarterly
            ? ("sumOfQuarters", "avgOfQuarters", "lastQuarter", "quartersOf")
            : ("sumOfMonths", "avgOfMonths", "lastMonth", "monthsOf");
        Problem(at,
            $"{field.Key} 按{unit}填报，本表是{ReportZh(_template.Period)}，直接读取得不到值；请写明怎样取本期各{unit}的值："
            + $"{sum}({item}, '{field.Name}')（合计）、{last}({item}, '{field.Name}')（最后一{(unit == "月" ? "个月" : "季")}）、{avg}({item}, '{field.Name}')（平均）或 {list}({item}, '{field.Name}')（逐{unit}列表）",
            $"{field.Key} is kept per {field.OwnPeriod.ToString().ToLowerInvariant()} and this report is {_template.Period.ToString().ToLowerInvariant()}, so a plain read has no value; "
            + $"say how to combine the period's values: {sum}({item}, '{field.Name}') (total), {last}({item}, '{field.Name}') (last), {avg}({item}, '{field.Name}') (average) or {list}({item}, '{field.Name}') (the list)");
    }

    /// <summary>
    /// previous(record, 'field'), changedOn(…), history(…): only in a record rule, on <c>record</c> or <c>household</c>,
    /// with a catalog field of its type named by a string; changedOn() only for attributes (a periodic field changes
    /// every period), and no derived field (age has no history of its own).
    /// </summary>
    private void CheckHistoryCall(CallExpression call, string helper, ImmutableDictionary<string, string?> bound)
    {
        var example = $"{helper}(record, 'dibao_status')";
        if (!_extra.History)
        {
            Problem(call, $"{helper}() 只能在记录级规则（form-templates/rules/）中使用；报表模板读上一期请用 prev('列')",
                $"{helper}() is only for record rules (form-templates/rules/); a template reads the last period with prev('column')");
            return;
        }
        var args = call.Arguments;
        // The rule's own record or household, not a callback parameter or variable of the same name.
        var itemType = args.Count > 0 && args[0] is Identifier { Name: var name } && !_declared.Contains(name)
            && _extra.Items.TryGetValue(name, out var own) && bound.GetValueOrDefault(name) == own ? own : null;
        if (itemType is null)
        {
            Problem(args.Count > 0 ? args[0] : call, $"{helper}() 的第一个参数应为 {string.Join(" 或 ", _extra.Items.Keys)}，如 {example}",
                $"The first argument of {helper}() must be {string.Join(" or ", _extra.Items.Keys)}, e.g. {example}");
            for (var i = 0; i < args.Count; i++) Visit(args[i], bound);
            return;
        }
        if (args.Count != 2 || args[1] is not StringLiteral { Value: var field })
        {
            Problem(args.Count > 1 ? args[1] : call, $"{helper}() 的第二个参数应为写明的字段名（字符串），如 {example}",
                $"The second argument of {helper}() must be a field name written as a string, e.g. {example}");
            return;
        }
        if (DerivedFields.Names.Contains(field))
        {
            Problem(args[1], $"{field} 由身份证号推算，没有自己的变更历史；请读 {DerivedFields.IdField(_catalog, itemType)?.Name ?? "id_number"} 的历史",
                $"{field} is derived from the ID number and has no history of its own");
            return;
        }
        if (!CheckField(itemType, field, args[1], plainRead: false)) return;
        if (helper == "changedOn" && _catalog.FindField(itemType, field) is { Kind: FieldKind.Periodic })
        {
            Problem(args[1], $"changedOn() 只用于状态类字段；{itemType}.{field} 按期填报，请用 previous() 或 history()",
                $"changedOn() is for attribute fields; {itemType}.{field} is periodic, use previous() or history()");
            return;
        }
        Analysis.HistoryFields.Add(itemType + "." + field);
    }

    private bool CheckField(string type, string name, Node at, bool plainRead = true)
    {
        if (ScriptArrayMembers.Contains(name) && at is Identifier) return false;
        if (name == "id" || _catalog.FindField(type, name) is not null
            || (DerivedFields.Names.Contains(name) && DerivedFields.AppliesTo(_catalog, type)))
        {
            if (name != "id")
            {
                Analysis.Fields.Add(type + "." + name);
                Analysis.NamedFields.Add(type + "." + name);
            }
            // Derived fields change when the ID number does.
            if (DerivedFields.Names.Contains(name) && DerivedFields.IdField(_catalog, type) is { } idField) Analysis.Fields.Add(idField.Key);
            Analysis.EntityTypes.Add(type);
            if (plainRead && _catalog.FindField(type, name) is { } field) CheckPlainPeriodicRead(field, at);
            return true;
        }
        var known = _catalog.FieldsOf(type).Select(f => f.Name)
            .Concat(DerivedFields.AppliesTo(_catalog, type) ? DerivedFields.Names : []).ToList();
        Problem(at, $"{type}.{name} 不在数据目录中{Suggest(name, known)}", $"{type}.{name} is not in the field catalog{SuggestEn(name, known)}");
        return false;
    }

    // Members every object has; reading them is not a field read.
    private static readonly HashSet<string> ScriptArrayMembers = ["hasOwnProperty", "toString", "valueOf"];

    private void UnknownColumn(Node at, string name) =>
        Problem(at, $"模板中没有列“{name}”{Suggest(name, _template.Columns.Select(c => c.Id))}，已有的列：{string.Join("、", _template.Columns.Select(c => c.Id))}",
            $"The template has no column '{name}'{SuggestEn(name, _template.Columns.Select(c => c.Id))}; columns: {string.Join(", ", _template.Columns.Select(c => c.Id))}");

    private static string Suggest(string name, IEnumerable<string> known) => DidYouMean.Suffix(name, known).Zh;

    private static string SuggestEn(string name, IEnumerable<string> known) => DidYouMean.Suffix(name, known).En;
}
