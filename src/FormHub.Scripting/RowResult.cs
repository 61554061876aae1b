using FormHub.Core.Templates;

namespace FormHub.Scripting;

/// <summary>The outcome of one check on one row.</summary>
public sealed record CheckOutcome(int Index, CheckLevel Level, bool Passed, string Message, ScriptFailure? Failure = null);

/// <summary>
/// One derived report row: every column's value (decimal, string, bool or null), the failures of cells whose expression
/// could not be evaluated (never silently empty), and the checks.
/// </summary>
public sealed record RowResult(
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyDictionary<string, ScriptFailure> CellErrors,
    IReadOnlyList<CheckOutcome> Checks)
{
    public bool HasErrors => CellErrors.Count > 0 || Checks.Any(c => !c.Passed && c.Level == CheckLevel.Error);
}
