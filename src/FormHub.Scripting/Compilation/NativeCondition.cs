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
        return body is not null && NativeExpression.TryCreate(body, "record", "retirement", NoHelpers) is { } native ? new NativeCondition(native) : null;
    }

    /// <summary>The condition's value for one record, or null when it must run in the engine (a value that is not a primitive).</summary>
    public bool? Evaluate(ScriptEntity record, bool retired) =>
        _expression.Evaluate(new NativeExpression.Input(record, retired)) switch
        {
            bool b => b,
            _ => null,
        };
}
