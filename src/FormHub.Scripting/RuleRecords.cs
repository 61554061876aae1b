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

    /// <summary>
    /// For the fields the rules read the history of: each record's values, oldest first (an attribute's up to the month's
    /// end, the last in force; a periodic field's for its last periods up to the month's). Records absent had none.
    /// </summary>
    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, IReadOnlyList<FieldHistoryEntry>>> History { get; init; } =
        new Dictionary<Guid, IReadOnlyDictionary<string, IReadOnlyList<FieldHistoryEntry>>>();
}
