namespace FormHub.Filing.Rosters;

/// <summary>What else of the village a criterion or sort reads, so the roster loads it once and only when needed.</summary>
[Flags]
public enum RosterRelations
{
    None = 0,
    /// <summary>A person's household (所在户).</summary>
    Household = 1,
    /// <summary>A household's current members.</summary>
    Members = 2,
}
