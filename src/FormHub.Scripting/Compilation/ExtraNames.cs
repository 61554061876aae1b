namespace FormHub.Scripting.Compilation;

/// <summary>
/// Globals a kind of script has beside a template's: items of a known entity type (a rule's <c>record</c> and
/// <c>household</c>), lists (<c>members</c>) and plain values (<c>retirement</c>, <c>gap</c>), so the checker knows their fields.
/// </summary>
internal sealed record ExtraNames(IReadOnlyDictionary<string, string> Items, IReadOnlyDictionary<string, string> Lists, IReadOnlySet<string> Plain)
{
    /// <summary>True for a record rule: its scripts may call previous(), changedOn() and history() on its items.</summary>
    public bool History { get; init; }

    public static readonly ExtraNames None = new(new Dictionary<string, string>(), new Dictionary<string, string>(), new HashSet<string>());
}
