namespace FormHub.Exports.Roster;

/// <summary>
/// A raw roster as a flat table (one line per household, person or village record), its cells already the text the
/// viewer may see — masking is decided before the table is built, so a writer cannot leak what it was not given.
/// </summary>
/// <param name="SheetName">The worksheet's name (e.g. 人员).</param>
/// <param name="Headers">Column headings in Chinese.</param>
/// <param name="Rows">Each row's cells, aligned with <paramref name="Headers"/>; null for an empty cell.</param>
public sealed record RosterTable(string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows);
