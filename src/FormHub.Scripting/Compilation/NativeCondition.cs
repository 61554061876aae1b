using Acornima;
using Acornima.Ast;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// A rule condition simple enough to run in C# without the engine: one expression of <c>record.field</c>,
/// <c>retirement</c>, literals, comparisons, <c>!</c>, <c>&amp;&amp;</c> and <c>||</c> — what most shipped conditions are
/// (<c>record.age !== null &amp;&amp; record.age &lt; 16 &amp;&amp; …</c>); the rules of what runs natively are
/// <see cref="NativeExpression"/>'s. Why: binding a record and entering the engine costs ~10–20 µs, and a county runs
/// ~4 million of them.
/// </summary>
internal sealed class NativeCondition
{
    private static readonly IReadOnlySet<string> NoHelpers = new HashSet<string>();

    private readonly NativeExpression _expression;

    private NativeCondition(NativeExpression expression) => _expression = expression;

    /// <summary>The native form of a compiled condition (a block holding one expression), or null when it has other parts.</summary>
    public static NativeCondition? TryCreate(Script? program)
    {
        var body = program?.Body is [BlockStatement { Body: [ExpressionStatement { Expression: var e }] }] ? e
            : program?.Body is [ExpressionStatement { Expression: var bare }] ? bare : null;
        return body is not null && Native(body) is { } native ? new NativeCondition(native) : null;
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
        if (body is null || Native(body) is not null) return null;
        for (var node = body; node is LogicalExpression { Operator: Operator.LogicalAnd } and; node = and.Left)
        {
            if (Native(and.Left) is { } left) return new NativeCondition(left);
        }
        return null;
    }

    private static NativeExpression? Native(Expression node) => NativeExpression.TryCreate(node, "record", "retirement", NoHelpers);

    /// <summary>The condition's value for one record, or null when it must run in the engine (a value that is not a primitive).</summary>
    public bool? Evaluate(ScriptEntity record, bool retired) =>
        _expression.Evaluate(new NativeExpression.Input(record, retired)) switch
        {
            bool b => b,
            _ => null,
        };
}
