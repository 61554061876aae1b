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
    internal CompiledExpression(TemplateExpression source, Prepared<Script> program, ExpressionAnalysis analysis,
        (Prepared<Script> Program, int LinesBefore)? block = null)
    {
        Source = source;
        Syntax = program.Program!;
        Program = block?.Program ?? program;
        LinesBefore = block?.LinesBefore ?? 0;
        Analysis = analysis;
        DeclaresGlobals = block is null && GlobalDeclarations.In(Syntax);
    }

    public TemplateExpression Source { get; }

    /// <summary>What runs: the script as written, or as one block (<see cref="ScriptBlock"/>).</summary>
    internal Prepared<Script> Program { get; }

    /// <summary>The script as written, whose positions are the file's: what analyses read.</summary>
    internal Script Syntax { get; }

    /// <summary>Lines <see cref="Program"/> has before the script's first: subtracted from runtime error positions.</summary>
    internal int LinesBefore { get; }

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
