using Acornima;
using Acornima.Ast;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// Whether a rule's message reads nothing but the record, its household, its retirement, the gap, the group and the period,
/// through fields, operators and template text: no calls (history, lists, helpers), no other globals. Such a message is the
/// same text for the same inputs, so the evaluator keeps each record's between passes (<see cref="RecordMessages"/>)
/// instead of running it again for every finding on every save of the village.
/// </summary>
internal static class SelfContainedMessage
{
    private static readonly HashSet<string> Inputs = new(StringComparer.Ordinal) { "record", "household", "retirement", "gap", "group", "period", "undefined" };

    public static bool Is(Node root)
    {
        var stack = new Stack<Node>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case Identifier id:
                    if (!Inputs.Contains(id.Name)) return false;
                    continue;
                case StringLiteral or NumericLiteral or BooleanLiteral or NullLiteral or TemplateElement:
                    continue;
                // A field by name: the object is walked, the property's name is no global.
                case MemberExpression { Computed: false } member:
                    stack.Push(member.Object);
                    continue;
                case UnaryExpression { Operator: Operator.Delete }:
                    return false;
                case Script or ExpressionStatement or TemplateLiteral or ConditionalExpression or LogicalExpression or BinaryExpression
                    or UnaryExpression or ChainExpression:
                    foreach (var child in node.ChildNodes) stack.Push(child);
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }
}
