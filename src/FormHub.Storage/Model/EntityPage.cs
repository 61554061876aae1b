namespace FormHub.Storage.Model;

/// <summary>One page of a roster and the total number of matching entities.</summary>
public sealed record EntityPage(IReadOnlyList<EntityDocument> Items, int Total)
{
    /// <summary>
    /// The page's periodic values of <see cref="EntityQuery.PeriodicPeriods"/> as <c>GetPeriodicValuesAsync</c> reads them,
    /// when the engine brought them along; null: read them separately.
    /// </summary>
    public IReadOnlyList<PeriodicValue>? PeriodicValues { get; init; }
}
