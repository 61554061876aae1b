using FormHub.Core.Periods;

namespace FormHub.Scripting;

/// <summary>
/// Everything one row's expressions may read: the unit's entities as of the period's end (with periodic values of the
/// period merged in), the period, the unit, and last period's row for <c>prev()</c>.
/// Rolled-up rows have no entities: their <c>recompute</c> columns read only <c>row</c>.
/// </summary>
public sealed record EvaluationScope(ScriptUnit Unit, Period Period)
{
    /// <summary>Entity lists by type key ("household", "person" …); scripts see them as <c>households</c>, <c>persons</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ScriptEntity>> Entities { get; init; } = new Dictionary<string, IReadOnlyList<ScriptEntity>>();

    /// <summary>The village entity itself, exposed as <c>village</c>; null above village level.</summary>
    public ScriptEntity? Village { get; init; }

    /// <summary>Last period's values of this unit's row, by column id.</summary>
    public IReadOnlyDictionary<string, object?> PreviousRow { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// The <see cref="PreviousRow"/> of a row whose template was judged not to read last period's row, so it was not read
    /// (no prev in its expressions or narrative). prev() meeting it fails its cell instead of showing an empty value.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> PreviousRowNotRead { get; } = new Dictionary<string, object?>();
}
