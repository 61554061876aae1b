using Acornima.Ast;
using Jint;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// A script whose top-level declarations are only <c>let</c>, <c>const</c>, <c>class</c> or functions, prepared again
/// as one block (<c>{</c> on a line before it, <c>}</c> on a line after): its names then live in the block, not in the
/// engine's global scope, and its rows can run on the thread's shared engine (<see cref="Runtime.ScriptHost.Rent"/>).
/// The block's completion value is the script's. A function declared in the block is still a global property (web
/// compatibility, Annex B.3.3), as it was at the top level; a shared engine removes it when the row is returned.
/// A <c>var</c> (global however nested) or a <c>"use strict"</c> directive (a block has none) keeps the script as written.
/// </summary>
internal static class ScriptBlock
{
    /// <summary>Lines the block adds before the script: runtime error positions are this much lower in the file.</summary>
    public const int LinesBefore = 1;

    /// <summary>
    /// The script as a block with the lines the block adds before it, or null when it must run as written (see the class
    /// summary). A script that is one block already (a rule's condition, <see cref="RuleCompiler"/>) is taken as it is.
    /// </summary>
    public static (Prepared<Script> Program, int LinesBefore)? TryWrap(string code, string? source, Prepared<Script> prepared)
    {
        var parsed = prepared.Program!;
        if (!GlobalDeclarations.In(parsed) || parsed.Strict || DeclaresVar(parsed)) return null;
        if (parsed.Body is [BlockStatement]) return (prepared, 0);
        try
        {
            // A script that parsed on its own has balanced braces, so the block holds exactly its statements.
            var wrapped = Engine.PrepareScript("{\n" + code + "\n}", source);
            return wrapped.Program!.Body is [BlockStatement] ? (wrapped, LinesBefore) : null;
        }
        catch (ScriptPreparationException)
        {
            // Something a block does not allow (a duplicate declaration the top level tolerates): run as written.
            return null;
        }
    }

    private static bool DeclaresVar(Script program)
    {
        var stack = new Stack<Node>([program]);
        while (stack.Count > 0)
        {
            foreach (var child in stack.Pop().ChildNodes)
            {
                if (child is VariableDeclaration { Kind: not (VariableDeclarationKind.Let or VariableDeclarationKind.Const) }) return true;
                if (child is not IFunction) stack.Push(child);
            }
        }
        return false;
    }
}
