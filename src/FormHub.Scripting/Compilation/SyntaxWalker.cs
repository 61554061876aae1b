using System.Collections.Concurrent;
using System.Reflection;
using Jint.Parser.Ast;

namespace FormHub.Scripting.Compilation;

/// <summary>Lists a Jint 2 syntax node's children (its AST exposes them as public fields of many shapes).</summary>
internal static class SyntaxWalker
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Members = new();

    // Fields for most nodes, properties for function nodes (Body, Parameters): both are read.
    private static Func<object, object?>[] Find(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (Func<object, object?>)f.GetValue)
            .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
                .Select(p => (Func<object, object?>)p.GetValue))
            .ToArray();

    public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        foreach (var member in Members.GetOrAdd(node.GetType(), Find))
        {
            switch (member(node))
            {
                case SyntaxNode child:
                    yield return child;
                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                        if (item is SyntaxNode n) yield return n;
                    break;
            }
        }
    }
}
