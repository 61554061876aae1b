namespace FormHub.Core.Rules;

/// <summary>
/// A rule that compares records across the villages of a county (<c>across:</c> in the rule file): records of the rule's
/// entity type whose <see cref="Key"/> fields are all filled and equal form a group, and a group is at fault when it spans
/// at least <see cref="MinVillages"/> villages and <see cref="MinHouseholds"/> households. Every record of a group at
/// fault that meets the rule's condition is found, each in its own village, linked to the others.
/// </summary>
/// <param name="Key">Field names of the rule's entity type (e.g. name and birth_date, or phone).</param>
/// <param name="MinVillages">At least 2: a group within one village is the in-village rules' business.</param>
/// <param name="MinHouseholds">0 when the number of households does not matter.</param>
/// <param name="WithinVillage">
/// <c>within: village</c>: groups are formed inside each village only (MinVillages 1), so the rule needs no county-wide
/// index: the grouping in C# replaces a script that scans the village once per record (quadratic in the village's size).
/// </param>
public sealed record AcrossVillages(IReadOnlyList<string> Key, int MinVillages, int MinHouseholds, bool WithinVillage = false);
