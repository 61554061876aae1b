using FormHub.Core.Rules;
using FormHub.Storage.Model;

namespace FormHub.Storage.Tests.Shared;

/// <summary>
/// One comparison decides whether a rule's new draft says what the open finding already says, for the deriver's "nothing
/// to write" shortcut and for both engines' saves: values as a set (jsonb reorders keys), links by content, none stored
/// equal to none found.
/// </summary>
public sealed class FindingDraftTests
{
    private static readonly Guid Person = Guid.NewGuid();

    private static FindingDraft Draft(params (string, string?)[] values) =>
        new("r1", Person, "person", FindingLevel.Warning, "某人未登记", values.ToDictionary(v => v.Item1, v => v.Item2));

    private static Finding Stored(IReadOnlyList<FindingLink> related, params (string, string?)[] values) =>
        new(Guid.NewGuid(), "r1", Person, "person", "330100001001", "2026-01", FindingLevel.Warning, "某人未登记",
            values.ToDictionary(v => v.Item1, v => v.Item2), null, DateTimeOffset.UnixEpoch, null) { Related = related };

    [Fact]
    public void TheSameValuesInAnotherOrderMatch() =>
        Assert.True(Draft(("a", "1"), ("b", null)).Matches(Stored([], ("b", null), ("a", "1"))));

    [Fact]
    public void AChangedValueOrAnotherLinkDoesNotMatch()
    {
        Assert.False(Draft(("a", "1")).Matches(Stored([], ("a", "2"))));
        Assert.False(Draft(("a", "1")).Matches(Stored([new FindingLink(Guid.NewGuid(), "person", "330100001002")], ("a", "1"))));
        Assert.False((Draft(("a", "1")) with { Gap = "应享未享" }).Matches(Stored([], ("a", "1"))));
    }

    [Fact]
    public void NoLinksStoredMatchesNoLinksFound() =>
        Assert.True(Draft(("a", "1")).Matches(FindingLevel.Warning, "某人未登记", null, null, new Dictionary<string, string?> { ["a"] = "1" }, null));
}
