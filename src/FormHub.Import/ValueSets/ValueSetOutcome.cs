namespace FormHub.Import.ValueSets;

/// <summary>What a <see cref="DataValueSet"/> did (or, in a dry run, would do): DHIS2's import summary.</summary>
/// <param name="DryRun">True when nothing was meant to be written.</param>
/// <param name="Imported">Values stored for the first time.</param>
/// <param name="Updated">Values that replaced a different stored value.</param>
/// <param name="Ignored">Values already stored as sent.</param>
/// <param name="Conflicts">Values refused; when any is, nothing is written.</param>
/// <param name="Errors">Every problem located by the value's index, e.g. <c>values[17].idNumber: …</c>.</param>
/// <param name="Written">True when the store was written.</param>
public sealed record ValueSetOutcome(bool DryRun, int Imported, int Updated, int Ignored, int Conflicts, IReadOnlyList<string> Errors, bool Written)
{
    /// <summary>"OK" or "ERROR", as DHIS2 answers.</summary>
    public string Status => Errors.Count == 0 ? "OK" : "ERROR";

    public static ValueSetOutcome Refused(bool dryRun, IReadOnlyList<string> errors) => new(dryRun, 0, 0, 0, errors.Count, errors, Written: false);
}
