using FormHub.Storage.Model;

namespace FormHub.Filing.Rosters;

/// <summary>
/// One roster line as filters and sorts see it: the record, its fields with the derived ones (age as of the period's
/// end), and its relations — a person's household, a household's current members — loaded only when a criterion asks.
/// </summary>
public sealed record RosterRecord(
    EntityDocument Document,
    IReadOnlyDictionary<string, object?> Fields,
    EntityDocument? Household,
    IReadOnlyList<EntityDocument> Members)
{
    public object? this[string field] => Fields.GetValueOrDefault(field);
}
