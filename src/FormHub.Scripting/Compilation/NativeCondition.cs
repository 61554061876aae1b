using System.Globalization;
using Acornima;
using Acornima.Ast;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// A rule condition simple enough to run in C# without the engine: one expression of <c>record.field</c>,
/// <c>retirement</c>, literals, <c>=== !== &lt; &lt;= &gt; &gt;=</c>, <c>!</c>, <c>&amp;&amp;</c> and <c>||</c> — what most shipped
/// conditions are (<c>record.age !== null &amp;&amp; record.age &lt; 16 &amp;&amp; …</c>). Every one of these is free of side
/// effects and follows JavaScript's rules for primitives (null compares as 0, two strings by code units, NaN never), so
/// the result is the engine's; a condition with anything else, or a value that is not a primitive, is left to the
/// engine. Why: binding a record and entering the engine costs ~10–20 µs, and a county runs ~4 million of them.
/// </summary>
internal sealed class NativeCondition
{
    /// <summary>A JavaScript object that is not null (retirement when the record has one): truthy, equal only to itself.</summary>
    private static readonly object SomeObject = new();
    private static readonly object Unsupported = new();

    private readonly Expression _expression;

    private NativeCondition(Expression expression) => _expression = expression;

    /// <summary>The native form of a compiled condition (a block holding one expression), or null when it has other parts.</summary>
    public static NativeCondition? TryCreate(Script? program)
    {
        var body = program?.Body is [BlockStatement { Body: [ExpressionStatement { Expression: var e }] }] ? e
            : program?.Body is [ExpressionStatement { Expression: var bare }] ? bare : null;
        return body is not null && Supported(body) ? new NativeCondition(body) : null;
    }

    /// <summary>
    /// For a condition that is not native as a whole but is one expression <c>A &amp;&amp; …</c> whose leading conjuncts
    /// are: those conjuncts, run first in C#. When they give <c>false</c> the whole condition is <c>false</c> (JavaScript's
    /// <c>&amp;&amp;</c> returns its left side), and the engine is entered only for the records they let through.
    /// </summary>
    public static NativeCondition? TryCreateGuard(Script? program)
    {
        var body = program?.Body is [BlockStatement { Body: [ExpressionStatement { Expression: var e }] }] ? e
            : program?.Body is [ExpressionStatement { Expression: var bare }] ? bare : null;
        if (body is null || Supported(body)) return null;
        for (var node = body; node is LogicalExpression { Operator: Operator.LogicalAnd } and; node = and.Left)
        {
            if (Supported(and.Left)) return new NativeCondition(and.Left);
        }
        return null;
    }

    private static bool Supported(Node node) => node switch
    {
        StringLiteral or NumericLiteral or BooleanLiteral or NullLiteral => true,
        Identifier { Name: "retirement" } => true,
        MemberExpression { Computed: false, Object: Identifier { Name: "record" }, Property: Identifier } => true,
        UnaryExpression { Operator: Operator.LogicalNot } u => Supported(u.Argument),
        BinaryExpression b when b.Operator is Operator.StrictEquality or Operator.StrictInequality or Operator.LessThan or Operator.LessThanOrEqual
            or Operator.GreaterThan or Operator.GreaterThanOrEqual => Supported(b.Left) && Supported(b.Right),
        LogicalExpression l when l.Operator is Operator.LogicalAnd or Operator.LogicalOr => Supported(l.Left) && Supported(l.Right),
        _ => false,
    };

    /// <summary>The condition's value for one record, or null when it must run in the engine (a value that is not a primitive).</summary>
    public bool? Evaluate(ScriptEntity record, bool retired) =>
        Eval(_expression, record, retired) switch
        {
            bool b => b,
            _ => null,
        };

    private static object? Eval(Node node, ScriptEntity record, bool retired)
    {
        switch (node)
        {
            case StringLiteral s:
                return s.Value;
            case NumericLiteral n:
                return n.Value;
            case BooleanLiteral t:
                return t.Value;
            case NullLiteral:
                return null;
            case Identifier:
                return retired ? SomeObject : null;
            case MemberExpression { Property: Identifier property }:
                // A field the record lacks would be undefined, not null: the engine decides.
                return record.Fields.TryGetValue(property.Name, out var value) ? Primitive(value) : Unsupported;
            case UnaryExpression u:
                var operand = Eval(u.Argument, record, retired);
                return operand == Unsupported ? Unsupported : !Truthy(operand);
            case LogicalExpression l:
                var left = Eval(l.Left, record, retired);
                if (left == Unsupported) return Unsupported;
                return (l.Operator == Operator.LogicalAnd) == Truthy(left) ? Eval(l.Right, record, retired) : left;
            case BinaryExpression b:
                var x = Eval(b.Left, record, retired);
                var y = Eval(b.Right, record, retired);
                if (x == Unsupported || y == Unsupported) return Unsupported;
                return b.Operator switch
                {
                    Operator.StrictEquality => StrictEquals(x, y),
                    Operator.StrictInequality => !StrictEquals(x, y),
                    _ => Compare(b.Operator, x, y),
                };
            default:
                return Unsupported;
        }
    }

    /// <summary>A field's value as the engine sees it (ScriptValues.ToJs): numbers as double, dates and ids as text.</summary>
    private static object? Primitive(object? value) => value switch
    {
        null => null,
        string or bool or double => value,
        long l => (double)l,
        int i => (double)i,
        decimal d => (double)d,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        _ => Unsupported,
    };

    private static bool Truthy(object? v) => v switch
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
            return op switch { Operator.LessThan => c < 0, Operator.LessThanOrEqual => c <= 0, Operator.GreaterThan => c > 0, _ => c >= 0 };
        }
        var (a, b) = (Number(x), Number(y));
        if (double.IsNaN(a) || double.IsNaN(b)) return false;
        return op switch { Operator.LessThan => a < b, Operator.LessThanOrEqual => a <= b, Operator.GreaterThan => a > b, _ => a >= b };
    }

    private static double Number(object? v) => v switch
    {
        null => 0,
        bool b => b ? 1 : 0,
        double d => d,
        _ => double.NaN,
    };
}
