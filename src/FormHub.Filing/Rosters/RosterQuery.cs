namespace FormHub.Filing.Rosters;

/// <summary>One page of a village's roster, filtered and ordered; ages are as of <see cref="AsOf"/> (the period's last day).</summary>
public sealed record RosterQuery(string VillageCode, string EntityType, DateOnly AsOf)
{
    /// <summary>Matched against names and ID numbers as the store matches them.</summary>
    public string? Search { get; init; }
    public IReadOnlyList<RosterCriterion> Criteria { get; init; } = [RecordStatusCriterion.Current];
    public RosterSort? Sort { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
    /// <summary>Passed to the store's page (<see cref="FormHub.Storage.Model.EntityQuery.PeriodicPeriods"/>) when the store pages the roster itself.</summary>
    public IReadOnlyCollection<string>? PeriodicPeriods { get; init; }
}
