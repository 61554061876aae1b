using System.Globalization;
using Acornima;
using Acornima.Ast;
using FormHub.Scripting.Runtime;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// A side-effect-free JavaScript expression over one entity, run in C# without the engine: the entity's fields
/// (<c>record.field</c> in a rule, <c>p.field</c> in a callback), literals, <c>=== !== &lt; &lt;= &gt; &gt;=</c>, <c>!</c>,
/// <c>&amp;&amp;</c> and <c>||</c>, plus, in callbacks, the finer-period helpers <c>sumOfMonths(p, 'field')</c>,
/// <c>avgOfMonths</c>, <c>lastMonth</c> (and per quarter), and, in a rule's condition, the names of its <c>const</c>
/// literals, <c>members.some(p =&gt; …)</c> / <c>members.every(…)</c> over the household's members
/// (<see cref="NativeDeclarations"/>), <c>retirement.date</c> / <c>retirement.reason</c> and the period's <c>period.key</c>,
/// <c>start</c>, <c>end</c>, <c>type</c>, <c>year</c>, <c>display</c>. Every one of these follows JavaScript's rules for primitives
/// (null compares as 0, two strings by code units, NaN never), so the result is the engine's; a value that is not a
/// primitive, or a field the entity lacks, is left to the engine (<see cref="Unsupported"/>). Compiled once into a
/// delegate per node, literals and booleans boxed once, so an entity costs a few calls and no allocation. Shared by rule conditions
/// (<see cref="NativeCondition"/>) and list-helper callbacks (<see cref="NativeCallback"/>).
/// </summary>
internal sealed class NativeExpression
{
    /// <summary>The result when the engine must decide: the caller runs the script instead.</summary>
    public static readonly object Unsupported = new();

    /// <summary>A JavaScript object that is not null (retirement when the record has one): truthy, equal only to itself.</summary>
    private static readonly object SomeObject = new();

    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>One node of the expression, compiled once: a delegate per node instead of walking the syntax tree per entity.</summary>
    private delegate object? Step(in Input input);

    private readonly Step _root;

    private NativeExpression(Step root, IReadOnlyList<(string Helper, string Field)> calls)
    {
        _root = root;
        HelperCalls = calls;
    }

    /// <summary>The finer-period helper calls in the expression, in the order <see cref="Input.Columns"/> holds their results.</summary>
    public IReadOnlyList<(string Helper, string Field)> HelperCalls { get; }

    /// <summary>
    /// The native form of <paramref name="expression"/>, whose entity is named <paramref name="entity"/>; null when it has
    /// other parts. <paramref name="retirement"/> names a global that is an object or null (a rule's <c>retirement</c>);
    /// <paramref name="helpers"/> are the finer-period helpers it may call (none in rules).
    /// </summary>
    public static NativeExpression? TryCreate(Expression expression, string entity, string? retirement, IReadOnlySet<string> helpers,
        NativeDeclarations? declarations = null, string? period = null)
    {
        var names = declarations ?? NativeDeclarations.None;
        // A name the expression gives the entity hides a declaration of the same name: left to the engine.
        if (names.Declares(entity) || (retirement is not null && names.Declares(retirement))) return null;
        if (period is not null && names.Declares(period)) period = null;
        if (!Supported(expression, entity, retirement, helpers, names, period)) return null;
        var calls = new List<(string, string)>();
        return new NativeExpression(Compile(expression, calls, names, retirement, period), calls);
    }

    /// <summary>The members of <c>period</c> read natively, each a primitive (ScriptHost's period object).</summary>
    private static readonly HashSet<string> PeriodMembers = new(StringComparer.Ordinal) { "key", "start", "end", "type", "year", "display" };

    private static bool Supported(Acornima.Ast.Node node, string entity, string? retirement, IReadOnlySet<string> helpers, NativeDeclarations names,
        string? period) => node switch
    {
        StringLiteral or NumericLiteral or BooleanLiteral or NullLiteral => true,
        Identifier id => id.Name == retirement || names.Constants.ContainsKey(id.Name),
        MemberExpression { Computed: false, Object: Identifier o, Property: Identifier p } when retirement is not null && o.Name == retirement =>
            p.Name is "date" or "reason",
        MemberExpression { Computed: false, Object: Identifier o, Property: Identifier p } when period is not null && o.Name == period =>
            PeriodMembers.Contains(p.Name),
        MemberExpression { Computed: false, Object: Identifier o, Property: Identifier } => o.Name == entity,
        CallExpression { Optional: false, Callee: Identifier callee, Arguments: [Identifier first, StringLiteral] } =>
            helpers.Contains(callee.Name) && first.Name == entity,
        CallExpression { Optional: false } call => names.MembersTest(call).Test is not null,
        UnaryExpression { Operator: Operator.LogicalNot } u => Supported(u.Argument, entity, retirement, helpers, names, period),
        BinaryExpression b when b.Operator is Operator.StrictEquality or Operator.StrictInequality or Operator.LessThan or Operator.LessThanOrEqual
            or Operator.GreaterThan or Operator.GreaterThanOrEqual =>
            Supported(b.Left, entity, retirement, helpers, names, period) && Supported(b.Right, entity, retirement, helpers, names, period),
        LogicalExpression l when l.Operator is Operator.LogicalAnd or Operator.LogicalOr =>
            Supported(l.Left, entity, retirement, helpers, names, period) && Supported(l.Right, entity, retirement, helpers, names, period),
        _ => false,
    };

    /// <summary>
    /// What the expression reads for one entity: its fields, whether it is retired, and (in callbacks) the results of its
    /// helper calls for every item of the list, one column per entry of <see cref="HelperCalls"/>, at <paramref name="Index"/>;
    /// in a rule's condition, the household's current members (<paramref name="Members"/>, null when the rule has none).
    /// </summary>
    public readonly record struct Input(ScriptEntity Entity, bool Retired, object?[][]? Columns = null, int Index = 0,
        IReadOnlyList<ScriptEntity>? Members = null, (DateOnly Date, string Reason)? Retirement = null, Core.Periods.Period? Period = null);

    /// <summary>The expression's value for one entity as a primitive (double, string, bool or null), or <see cref="Unsupported"/>.</summary>
    public object? Evaluate(in Input input) => _root(input);

    private static Step Compile(Acornima.Ast.Node node, List<(string, string)> calls, NativeDeclarations names, string? retirement = null, string? period = null)
    {
        switch (node)
        {
            // retirement.date / .reason: a record without one would throw in the engine, so the engine decides.
            case MemberExpression { Object: Identifier o, Property: Identifier { Name: var member } } when retirement is not null && o.Name == retirement:
                var date = member == "date";
                return (in Input i) => i.Retirement is not { } r ? Unsupported : date ? Primitive(r.Date) : r.Reason;
            case MemberExpression { Object: Identifier o, Property: Identifier { Name: var member } } when period is not null && o.Name == period:
                return (in Input i) => i.Period is not { } p ? Unsupported : member switch
                {
                    "key" => p.Key,
                    "start" => Primitive(p.Start),
                    "end" => Primitive(p.End),
                    "type" => p.Type.ToString().ToLowerInvariant(),
                    "year" => (double)p.Year,
                    _ => p.DisplayZh,
                };
            case Identifier constant when names.Constants.TryGetValue(constant.Name, out var literal):
                return (in Input _) => literal;
            case StringLiteral s:
                object text = s.Value;
                return (in Input _) => text;
            case NumericLiteral n:
                object number = n.Value;
                return (in Input _) => number;
            case BooleanLiteral t:
                var flag = t.Value ? True : False;
                return (in Input _) => flag;
            case NullLiteral:
                return static (in Input _) => null;
            case Identifier:
                return static (in Input i) => i.Retired ? SomeObject : null;
            case MemberExpression { Property: Identifier property }:
                var reader = new FieldReader(property.Name);
                // A field the entity lacks would be undefined (or whatever a prototype holds), not null: the engine decides.
                return (in Input i) => reader.TryRead(i.Entity.Fields, out var value) ? Primitive(value) : Unsupported;
            case CallExpression call when names.MembersTest(call) is var (test, some) && test is not null:
                return (in Input i) => Members(i.Members, test, some);
            case CallExpression { Callee: Identifier callee, Arguments: [_, StringLiteral field] }:
                var column = calls.Count;
                calls.Add((callee.Name, field.Value));
                return (in Input i) => i.Columns is { } columns ? columns[column][i.Index] : Unsupported;
            case UnaryExpression u:
                var operand = Compile(u.Argument, calls, names, retirement, period);
                return (in Input i) => operand(i) is var o && o == Unsupported ? Unsupported : Box(!Truthy(o));
            case LogicalExpression l:
                var (left, right, and) = (Compile(l.Left, calls, names, retirement, period), Compile(l.Right, calls, names, retirement, period), l.Operator == Operator.LogicalAnd);
                return (in Input i) =>
                {
                    var x = left(i);
                    if (x == Unsupported) return Unsupported;
                    return and == Truthy(x) ? right(i) : x;
                };
            case BinaryExpression b:
                var (lhs, rhs, op) = (Compile(b.Left, calls, names, retirement, period), Compile(b.Right, calls, names, retirement, period), b.Operator);
                return (in Input i) =>
                {
                    var x = lhs(i);
                    if (x == Unsupported) return Unsupported;
                    var y = rhs(i);
                    if (y == Unsupported) return Unsupported;
                    return op switch
                    {
                        Operator.StrictEquality => Box(StrictEquals(x, y)),
                        Operator.StrictInequality => Box(!StrictEquals(x, y)),
                        _ => Compare(op, x, y),
                    };
                };
            default:
                throw new InvalidOperationException($"{node.Type} is not supported natively");
        }
    }

    private static object Box(bool b) => b ? True : False;

    /// <summary>
    /// <c>members.some(test)</c> (<paramref name="some"/>) or <c>members.every(test)</c>: stops at the first member that
    /// settles it, as JavaScript does; a member the test leaves to the engine leaves the whole call to it.
    /// </summary>
    private static object Members(IReadOnlyList<ScriptEntity>? members, NativeExpression test, bool some)
    {
        if (members is null) return Unsupported;
        for (var k = 0; k < members.Count; k++)
        {
            var value = test.Evaluate(new Input(members[k], Retired: false));
            if (value == Unsupported) return Unsupported;
            if (Truthy(value) == some) return Box(some);
        }
        return Box(!some);
    }

    private static readonly object Zero = 0d;

    /// <summary>A field's value as the engine sees it (ScriptValues.ToJs): numbers as double, dates and ids as text.</summary>
    public static object? Primitive(object? value) => value switch
    {
        null => null,
        // +0 is what most sums are (nothing paid): one boxed zero instead of one per entity.
        double d when BitConverter.DoubleToInt64Bits(d) == 0 => Zero,
        string or bool or double => value,
        long l => (double)l,
        int i => (double)i,
        decimal d => (double)d,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        _ => Unsupported,
    };

    /// <summary>JavaScript's ToBoolean of a primitive this class produces.</summary>
    public static bool Truthy(object? v) => v switch
    {
        null => false,
        bool b => b,
        double d => d != 0 && !double.IsNaN(d),
        string s => s.Length > 0,
        _ => true,
    };

    private static bool StrictEquals(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (double a, double b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (bool a, bool b) => a == b,
        _ => ReferenceEquals(x, y),
    };

    /// <summary>JavaScript's relational comparison of primitives: two strings by UTF-16 code units, otherwise as numbers.</summary>
    private static object Compare(Operator op, object? x, object? y)
    {
        // Objects, and a string against a number (JavaScript's string-to-number rules are wide): the engine decides.
        if (x == SomeObject || y == SomeObject || (x is string) != (y is string)) return Unsupported;
        if (x is string sx && y is string sy)
        {
            var c = string.CompareOrdinal(sx, sy);
            return Box(op switch { Operator.LessThan => c < 0, Operator.LessThanOrEqual => c <= 0, Operator.GreaterThan => c > 0, _ => c >= 0 });
        }
        var (a, b) = (Number(x), Number(y));
        if (double.IsNaN(a) || double.IsNaN(b)) return False;
        return Box(op switch { Operator.LessThan => a < b, Operator.LessThanOrEqual => a <= b, Operator.GreaterThan => a > b, _ => a >= b });
    }

    private static double Number(object? v) => v switch
    {
        null => 0,
        bool b => b ? 1 : 0,
        double d => d,
        _ => double.NaN,
    };
}
