using Acornima.Ast;
using FormHub.Core.Templates;
using Jint;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// An expression parsed and prepared once per template version (<see cref="Engine.PrepareScript"/>); the prepared script
/// is thread-safe and reused by every engine that evaluates it.
/// </summary>
public sealed class CompiledExpression
{
    internal CompiledExpression(TemplateExpression source, Prepared<Script> program, ExpressionAnalysis analysis)
    {
        Source = source;
        Program = program;
        Analysis = analysis;
        DeclaresGlobals = GlobalDeclarations.In(program.Program!);
    }

    public TemplateExpression Source { get; }

    internal Prepared<Script> Program { get; }

    internal ExpressionAnalysis Analysis { get; }

    /// <summary>Where the expression sits in its template, in Chinese and English, as its failures name it; set on first run.</summary>
    internal (string Zh, string En)? Place { get; set; }

    /// <summary>True when the script declares global names (<see cref="GlobalDeclarations"/>): its template cannot share an engine.</summary>
    internal bool DeclaresGlobals { get; }

    /// <summary>False when it reads entity lists or the village, so it can only run on village rows.</summary>
    /// <summary>The catalog fields this expression reads ("person.age"): what 报表准入 compares columns by.</summary>
    public IReadOnlySet<string> FieldsRead => Analysis.Fields;

    public bool RunsOnRollups => !Analysis.UsesEntities;
}
