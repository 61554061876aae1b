namespace FormHub.Scripting;

/// <summary>
/// What a record rule runs over in one village and month: the village's scope (lists as of the month's end with the
/// month's payments) and, when the rule asks for them, records retired by then, each with its retirement
/// (<c>retirement.date</c>, <c>retirement.reason</c> in Chinese: 死亡, 迁出 …).
/// </summary>
public sealed record RuleRecords(EvaluationScope Scope)
{
    /// <summary>Records of each type retired by the month's end, by type key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ScriptEntity>> Retired { get; init; } = new Dictionary<string, IReadOnlyList<ScriptEntity>>();

    /// <summary>Retirement date and reason by record id.</summary>
    public IReadOnlyDictionary<Guid, (DateOnly Date, string Reason)> Retirements { get; init; } = new Dictionary<Guid, (DateOnly, string)>();
}
