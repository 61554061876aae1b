using FormHub.Core.Text;
using FormHub.Storage.Model;

namespace FormHub.Filing.Rosters;

/// <summary>
/// A fact people look a roster through by (低保, 特困, 残疾, 退休), kept on a household or on a person: a person's roster
/// reads a household fact through the person's household, a household's roster reads a person fact through its current
/// members (户中有残疾人). <see cref="Values"/> null means any value at all.
/// </summary>
public sealed record FactCriterion(string Key, string EntityType, string Field, IReadOnlySet<string>? Values, LocalizedText Label)
    : RosterCriterion(Key, "true")
{
    public const string Household = "household";
    public const string Person = "person";

    public override RosterRelations Needs => EntityType == Household ? RosterRelations.Household : RosterRelations.Members;

    public override bool Matches(RosterRecord record)
    {
        if (record.Document.EntityType == EntityType) return Holds(record.Document);
        if (EntityType == Household) return record.Household is { } household && Holds(household);
        return record.Members.Any(Holds);
    }

    private bool Holds(EntityDocument doc) => doc[Field] switch
    {
        null => false,
        string text when text.Length == 0 => false,
        bool flag => flag,
        var value => Values is null || Values.Contains(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    public override LocalizedText Describe() => Label;

    /// <summary>Whether the roster of <paramref name="entityType"/> can be filtered by this fact at all.</summary>
    public bool AppliesTo(string entityType) => entityType is Household or Person;
}
