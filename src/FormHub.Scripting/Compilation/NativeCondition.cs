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

    /// <summary>The condition's own globals: a <c>const</c> of one of these names is left to the engine.</summary>
    private static readonly IReadOnlySet<string> Reserved = new HashSet<string> { "record", "retirement", "period" };

    /// <summary>
    /// The native form of a compiled condition (a block holding one expression, after any <c>const</c> literals and member
    /// tests of <see cref="NativeDeclarations"/>), or null when it has other parts.
    /// </summary>
    public static NativeCondition? TryCreate(Script? program)
    {
        IReadOnlyList<Statement>? statements = program?.Body is [BlockStatement block] ? block.Body : program?.Body;
        if (statements is not { Count: > 0 } || statements[^1] is not ExpressionStatement { Expression: var body }) return null;
        var declarations = NativeDeclarations.TryRead(statements.Take(statements.Count - 1), "members", Reserved);
        return declarations is not null && NativeExpression.TryCreate(body, "record", "retirement", NoHelpers, declarations, "period") is { } native
            ? new NativeCondition(native)
            : null;
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

    private static NativeExpression? Native(Expression node) => NativeExpression.TryCreate(node, "record", "retirement", NoHelpers, period: "period");

    /// <summary>
    /// The condition's value for one record, or null when it must run in the engine (a value that is not a primitive).
    /// <paramref name="members"/> is the household's current members as the engine's <c>members</c> holds them, or null
    /// when the rule does not bind it (a member test then leaves the condition to the engine).
    /// </summary>
    /// <paramref name="retirement"/> and <paramref name="period"/> are what the engine's <c>retirement</c> and <c>period</c>
    /// hold (without them a condition reading them is left to the engine).
    public bool? Evaluate(ScriptEntity record, bool retired, IReadOnlyList<ScriptEntity>? members = null, (DateOnly Date, string Reason)? retirement = null,
        Core.Periods.Period? period = null) =>
        _expression.Evaluate(new NativeExpression.Input(record, retired, Members: members, Retirement: retirement, Period: period)) switch
        {
            bool b => b,
            _ => null,
        };
}
