using System.Runtime.CompilerServices;
using Acornima.Ast;
using FormHub.Scripting.Runtime;
using Jint.Native;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// A callback handed to a list helper that runs in C# instead of calling into the engine once per entity:
/// <c>count(persons, p =&gt; sumOfMonths(p, 'disability_subsidy_amount') &gt; 0)</c>,
/// <c>sum(persons, function (p) { return lastMonth(p, 'care_subsidy_amount'); })</c>. A 季报 or 年报 reads its monthly
/// amounts this way for every person of a village, and a JavaScript call, an entity object and a helper call per person
/// was most of a county rebuild (issue 12). Recognised once per template version from the syntax tree: one plain
/// parameter, a body that is one <see cref="NativeExpression"/> over it, and helper names nothing in the script rebinds.
/// The engine's function object names its syntax node (<c>Function.FunctionDeclaration</c>), which is how a helper
/// finds the native form at run time; anything else, and any entity the native form cannot judge, calls the engine.
/// </summary>
internal sealed class NativeCallback
{
    private static readonly ConditionalWeakTable<Node, NativeCallback> Known = new();

    private readonly NativeExpression _body;

    private NativeCallback(NativeExpression body) => _body = body;

    /// <summary>Finds the callbacks of a prepared script that can run natively and keeps their native forms beside their syntax nodes.</summary>
    public static int RegisterAll(Script program)
    {
        var rebound = Rebound(program);
        var helpers = FinerPeriodHelpers.SingleValued.Where(h => !rebound.Contains(h)).ToHashSet();
        var registered = 0;
        var stack = new Stack<Node>([program]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IFunction function && TryCreate(function, helpers) is { } native)
            {
                Known.AddOrUpdate(node, native);
                registered++;
            }
            foreach (var child in node.ChildNodes) stack.Push(child);
        }
        return registered;
    }

    /// <summary>The native form of <paramref name="callback"/> when it is a script function registered here; null otherwise.</summary>
    public static NativeCallback? For(JsValue callback) =>
        callback is Jint.Native.Function.Function { FunctionDeclaration: Node node } && Known.TryGetValue(node, out var native) ? native : null;

    /// <summary>
    /// The callback over <paramref name="list"/> for one helper call: item index → its value as a primitive, or
    /// <see cref="NativeExpression.Unsupported"/> when the engine must run it: the item's script object already exists in
    /// this engine (an earlier script may have changed it; the native form reads the stored entity), or the body meets a
    /// value it leaves to the engine. Its helper calls read columns worked out once per list (<see cref="FinerColumns"/>).
    /// </summary>
    public Func<int, object?> Bind(EntityListInstance list, ScriptHost host)
    {
        var columns = _body.HelperCalls.Count == 0 ? null : _body.HelperCalls.Select(c => FinerColumns.Of(list.Items, c.Helper, c.Field, host)).ToArray();
        var items = list.Items;
        return i => list.HasObject(i) ? NativeExpression.Unsupported : _body.Evaluate(new NativeExpression.Input(items[i], Retired: false, columns, i));
    }

    private static NativeCallback? TryCreate(IFunction function, IReadOnlySet<string> helpers)
    {
        if (function.Async || function.Generator || function.Params is not [Identifier parameter]) return null;
        var body = function.Body switch
        {
            Expression e when function is ArrowFunctionExpression => e,
            FunctionBody { Body: [ReturnStatement { Argument: { } returned }] } => returned,
            _ => null,
        };
        return body is not null && NativeExpression.TryCreate(body, parameter.Name, retirement: null, helpers) is { } native
            ? new NativeCallback(native)
            : null;
    }

    /// <summary>
    /// Helper names the script uses other than by calling them (a declaration, a parameter, an assignment, a property
    /// name): inside such a script the name may not be the helper, so callbacks calling it stay with the engine. The
    /// helpers themselves are read-only globals no other script can replace.
    /// </summary>
    private static HashSet<string> Rebound(Script program)
    {
        var callees = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        var identifiers = new List<Identifier>();
        var stack = new Stack<Node>([program]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            // Inside with (o) { … } a helper's name may be o's property: no callback of such a script runs natively.
            if (node is WithStatement) return FinerPeriodHelpers.Names.Keys.ToHashSet();
            if (node is CallExpression { Callee: Identifier callee }) callees.Add(callee);
            if (node is Identifier id) identifiers.Add(id);
            foreach (var child in node.ChildNodes) stack.Push(child);
        }
        return identifiers.Where(id => !callees.Contains(id) && FinerPeriodHelpers.Names.ContainsKey(id.Name)).Select(id => id.Name).ToHashSet();
    }
}
