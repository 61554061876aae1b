using FormHub.Core.Templates;

namespace FormHub.Scripting.Compilation;

/// <summary>An expression parsed once (per template version) and reused by every evaluation.</summary>
public sealed class CompiledExpression
{
    internal CompiledExpression(TemplateExpression source, Jint.Parser.Ast.Program program, ExpressionAnalysis analysis)
    {
        Source = source;
        Program = program;
        Analysis = analysis;
    }

    public TemplateExpression Source { get; }

    internal Jint.Parser.Ast.Program Program { get; }

    internal ExpressionAnalysis Analysis { get; }

    /// <summary>False when it reads entity lists or the village, so it can only run on village rows.</summary>
    public bool RunsOnRollups => !Analysis.UsesEntities;
}
