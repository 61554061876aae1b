using FormHub.Core.Catalog;
using FormHub.Core.Text;

namespace FormHub.Filing.Rosters;

/// <summary>年龄段: age (as of the period's end, from the ID number) within [From, To]; <c>age=60-79</c>, <c>age=80-</c>.</summary>
public sealed record AgeBandCriterion(int From, int? To) : RosterCriterion("age", To is { } to ? $"{From}-{to}" : $"{From}-")
{
    public override bool Matches(RosterRecord record) =>
        record[DerivedFields.Age] is long age && age >= From && (To is not { } to || age <= to);

    public override LocalizedText Describe() => To is { } to
        ? new($"{From}–{to} 岁", $"aged {From}–{to}")
        : new($"{From} 岁及以上", $"aged {From} and over");

    public static AgeBandCriterion? Parse(string value)
    {
        var parts = value.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var from) || from is < 0 or > 150) return null;
        if (parts[1].Length == 0) return new AgeBandCriterion(from, null);
        return int.TryParse(parts[1], out var to) && to >= from && to <= 150 ? new AgeBandCriterion(from, to) : null;
    }
}
