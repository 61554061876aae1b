using Acornima.Ast;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// Whether a script declares names in the global scope: <c>var</c>, <c>let</c>, <c>const</c>, <c>function</c> or
/// <c>class</c> anywhere outside a function (a <c>var</c> or a function in a top-level block or loop is global too).
/// Such names outlive the script in its engine and cannot be taken back, so a template declaring any runs wrapped in a
/// block (<see cref="ScriptBlock"/>) or, where that cannot be (a <c>var</c>, strict mode), on an engine of its own per
/// row; every other template shares a frozen one as written (<see cref="Runtime.ScriptHost.Rent"/>). Conservative: a
/// block-scoped <c>let</c> in a top-level loop counts too.
/// </summary>
internal static class GlobalDeclarations
{
    public static bool In(Script program)
    {
        var stack = new Stack<Node>([program]);
        while (stack.Count > 0)
        {
            foreach (var child in stack.Pop().ChildNodes)
            {
                if (child is VariableDeclaration or FunctionDeclaration or ClassDeclaration) return true;
                // What a function, arrow or method declares is its own.
                if (child is not IFunction) stack.Push(child);
            }
        }
        return false;
    }
}
