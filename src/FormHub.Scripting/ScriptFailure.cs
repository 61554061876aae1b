using FormHub.Core.Text;

namespace FormHub.Scripting;

/// <summary>Why an expression failed: a sandbox limit, a script error, or bad helper use.</summary>
public enum ScriptFailureKind
{
    Timeout,
    StatementLimit,
    RecursionLimit,
    MemoryLimit,
    ScriptError,
}

/// <summary>An expression's failure, reported for its own cell; never thrown past the evaluator.</summary>
public sealed record ScriptFailure(ScriptFailureKind Kind, LocalizedText Message);
