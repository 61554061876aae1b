using FormHub.Core.Text;

namespace FormHub.Filing.Rosters;

/// <summary>
/// One roster filter, as a URL names it (<see cref="Key"/>=<see cref="Value"/>). A new filter (by failing checks, say) is
/// one more subclass and one line in <see cref="RosterCriteria"/>; a criterion needing data of its own (the record ids
/// that fail a check) is built with that data before the roster is read.
/// </summary>
public abstract record RosterCriterion(string Key, string Value)
{
    /// <summary>What of the village besides the record itself this criterion reads.</summary>
    public virtual RosterRelations Needs => RosterRelations.None;

    public abstract bool Matches(RosterRecord record);

    /// <summary>How the filter reads to a person (shown beside the count).</summary>
    public abstract LocalizedText Describe();
}
