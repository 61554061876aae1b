using Acornima;
using Acornima.Ast;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// The <c>const</c> declarations in front of a rule condition that a <see cref="NativeExpression"/> can use: literals
/// (<c>const standard = 9600;</c>) and one-parameter arrow functions over a household member whose body is itself native
/// (<c>const qualifies = p =&gt; p.age &gt;= 60 &amp;&amp; …</c>), called as <c>members.some(qualifies)</c> or
/// <c>members.every(…)</c>. Why: <c>mz-tekun-eligibility</c> judges every member of every household of a county this way,
/// and entering the engine for each household was a third of a 300,000-person cold run's evaluation (issue 18). A
/// <c>const</c> bound to a literal can never change, so its value stands in for its name.
/// </summary>
internal sealed class NativeDeclarations
{
    private static readonly IReadOnlySet<string> NoHelpers = new HashSet<string>();

    public static readonly NativeDeclarations None = new(null);

    private readonly Dictionary<string, object?> _constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NativeExpression> _tests = new(StringComparer.Ordinal);
    private readonly string? _members;

    private NativeDeclarations(string? members) => _members = members;

    /// <summary>The literal constants by name, as primitives (numbers as double).</summary>
    public IReadOnlyDictionary<string, object?> Constants => _constants;

    public bool Declares(string name) => _constants.ContainsKey(name) || _tests.ContainsKey(name);

    /// <summary>
    /// Reads <paramref name="statements"/>, each a <c>const</c> of one name bound to a literal or a native arrow function;
    /// null when any is something else, or rebinds <paramref name="reserved"/> (the condition's own globals).
    /// <paramref name="members"/> names the household's member list the arrow functions may be called on.
    /// </summary>
    public static NativeDeclarations? TryRead(IEnumerable<Statement> statements, string members, IReadOnlySet<string> reserved)
    {
        var result = new NativeDeclarations(members);
        foreach (var statement in statements)
        {
            if (statement is not VariableDeclaration { Kind: VariableDeclarationKind.Const, Declarations: [VariableDeclarator { Id: Identifier id, Init: { } init }] }
                || id.Name == members || reserved.Contains(id.Name) || result.Declares(id.Name)) return null;
            switch (init)
            {
                case StringLiteral s: result._constants[id.Name] = s.Value; break;
                case NumericLiteral n: result._constants[id.Name] = n.Value; break;
                case BooleanLiteral b: result._constants[id.Name] = b.Value; break;
                case NullLiteral: result._constants[id.Name] = null; break;
                case ArrowFunctionExpression arrow when result.Test(arrow) is { } test: result._tests[id.Name] = test; break;
                default: return null;
            }
        }
        return result;
    }

    /// <summary>
    /// For <c>members.some(test)</c> or <c>members.every(test)</c>, test a declared arrow function or one written in
    /// place: its native form and whether the call is <c>some</c>; (null, false) for any other call.
    /// </summary>
    public (NativeExpression? Test, bool Some) MembersTest(CallExpression call)
    {
        if (_members is null
            || call is not { Optional: false, Callee: MemberExpression { Computed: false, Optional: false, Object: Identifier list, Property: Identifier method }, Arguments: [var argument] }
            || list.Name != _members || method.Name is not ("some" or "every")) return (null, false);
        var test = argument switch
        {
            Identifier name => _tests.GetValueOrDefault(name.Name),
            ArrowFunctionExpression arrow => Test(arrow),
            _ => null,
        };
        return (test, method.Name == "some");
    }

    /// <summary>An arrow function of one plain parameter whose body (an expression, or one return) is native over it.</summary>
    private NativeExpression? Test(ArrowFunctionExpression arrow)
    {
        if (arrow.Async || arrow.Params is not [Identifier parameter]) return null;
        var body = arrow.Body switch
        {
            Expression e => e,
            FunctionBody { Body: [ReturnStatement { Argument: { } returned }] } => returned,
            _ => null,
        };
        return body is null ? null : NativeExpression.TryCreate(body, parameter.Name, retirement: null, NoHelpers, this);
    }
}
