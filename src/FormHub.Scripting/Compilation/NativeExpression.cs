using System.Globalization;
using Acornima;
using Acornima.Ast;
using FormHub.Scripting.Runtime;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// A side-effect-free JavaScript expression over one entity, run in C# without the engine: the entity's fields
/// (<c>record.field</c> in a rule, <c>p.field</c> in a callback), literals, <c>=== !== &lt; &lt;= &gt; &gt;=</c>, <c>!</c>,
/// <c>&amp;&amp;</c> and <c>||</c>, plus, in callbacks, the finer-period helpers <c>sumOfMonths(p, 'field')</c>,
/// <c>avgOfMonths</c>, <c>lastMonth</c> (and per quarter). Every one of these follows JavaScript's rules for primitives
/// (null compares as 0, two strings by code units, NaN never), so the result is the engine's; a value that is not a
/// primitive, or a field the entity lacks, is left to the engine (<see cref="Unsupported"/>). Shared by rule conditions
/// (<see cref="NativeCondition"/>) and list-helper callbacks (<see cref="NativeCallback"/>).
/// </summary>
internal sealed class NativeExpression
{
    /// <summary>The result when the engine must decide: the caller runs the script instead.</summary>
    public static readonly object Unsupported = new();

    /// <summary>A JavaScript object that is not null (retirement when the record has one): truthy, equal only to itself.</summary>
    private static readonly object SomeObject = new();

    private readonly Expression _expression;
    private readonly string _entity;
    private readonly string? _retirement;

    private NativeExpression(Expression expression, string entity, string? retirement)
    {
        _expression = expression;
        _entity = entity;
        _retirement = retirement;
    }

    /// <summary>
    /// The native form of <paramref name="expression"/>, whose entity is named <paramref name="entity"/>; null when it has
    /// other parts. <paramref name="retirement"/> names a global that is an object or null (a rule's <c>retirement</c>);
    /// <paramref name="helpers"/> are the finer-period helpers it may call (none in rules).
    /// </summary>
    public static NativeExpression? TryCreate(Expression expression, string entity, string? retirement, IReadOnlySet<string> helpers) =>
        Supported(expression, entity, retirement, helpers) ? new NativeExpression(expression, entity, retirement) : null;

    private static bool Supported(Node node, string entity, string? retirement, IReadOnlySet<string> helpers) => node switch
    {
        StringLiteral or NumericLiteral or BooleanLiteral or NullLiteral => true,
        Identifier id => id.Name == retirement,
        MemberExpression { Computed: false, Object: Identifier o, Property: Identifier } => o.Name == entity,
        CallExpression { Optional: false, Callee: Identifier callee, Arguments: [Identifier first, StringLiteral] } =>
            helpers.Contains(callee.Name) && first.Name == entity,
        UnaryExpression { Operator: Operator.LogicalNot } u => Supported(u.Argument, entity, retirement, helpers),
        BinaryExpression b when b.Operator is Operator.StrictEquality or Operator.StrictInequality or Operator.LessThan or Operator.LessThanOrEqual
            or Operator.GreaterThan or Operator.GreaterThanOrEqual =>
            Supported(b.Left, entity, retirement, helpers) && Supported(b.Right, entity, retirement, helpers),
        LogicalExpression l when l.Operator is Operator.LogicalAnd or Operator.LogicalOr =>
            Supported(l.Left, entity, retirement, helpers) && Supported(l.Right, entity, retirement, helpers),
        _ => false,
    };

    /// <summary>
    /// The expression's value for <paramref name="entity"/> as a primitive (double, string, bool or null), or
    /// <see cref="Unsupported"/>. <paramref name="find"/> is how the engine's helpers find the entity a script handed
    /// them (by id); helper calls read the entity it returns, as the engine would.
    /// </summary>
    public object? Evaluate(ScriptEntity entity, bool retired, Func<Guid, ScriptEntity?>? find) =>
        Eval(_expression, new Input(entity, retired, find));

    private readonly record struct Input(ScriptEntity Entity, bool Retired, Func<Guid, ScriptEntity?>? Find);

    private object? Eval(Node node, in Input input)
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
                return input.Retired ? SomeObject : null;
            case MemberExpression { Property: Identifier property }:
                // A field the entity lacks would be undefined (or whatever a prototype holds), not null: the engine decides.
                return input.Entity.Fields.TryGetValue(property.Name, out var value) ? Primitive(value) : Unsupported;
            case CallExpression { Callee: Identifier callee, Arguments: [_, StringLiteral field] }:
                // The engine's helper finds the entity by the id of the object it was handed; one it cannot find is its error to report.
                if (input.Find?.Invoke(input.Entity.Id) is not { } found) return Unsupported;
                return Primitive(FinerPeriodHelpers.Combine(callee.Name, FinerPeriodHelpers.Series(found, field.Value)));
            case UnaryExpression u:
                var operand = Eval(u.Argument, input);
                return operand == Unsupported ? Unsupported : !Truthy(operand);
            case LogicalExpression l:
                var left = Eval(l.Left, input);
                if (left == Unsupported) return Unsupported;
                return (l.Operator == Operator.LogicalAnd) == Truthy(left) ? Eval(l.Right, input) : left;
            case BinaryExpression b:
                var x = Eval(b.Left, input);
                if (x == Unsupported) return Unsupported;
                var y = Eval(b.Right, input);
                if (y == Unsupported) return Unsupported;
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
