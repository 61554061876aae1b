using FormHub.Core.OrgUnits;

namespace FormHub.Import;

/// <summary>
/// Who imports and what they may write: records in villages under <see cref="Area"/>, and — for a department — only the
/// fields that department owns (一数一源). Admins and village cadres (their own village) import every field.
/// </summary>
/// <param name="User">Recorded on every event.</param>
/// <param name="Area">Villages under this unit may be written; null for every village (the operator on the command line).</param>
/// <param name="Department">The department whose fields may be written; null for every field.</param>
public sealed record ImportScope(string User, RegionCode? Area, string? Department = null)
{
    /// <summary>True when records of <paramref name="village"/> may be written.</summary>
    public bool Covers(RegionCode village) => Area is not { } area || village.IsWithin(area);
}
