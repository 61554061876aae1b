namespace FormHub.Scripting;

/// <summary>
/// What a record rule runs over in one village and month: the village's scope (lists as of the month's end with the
/// month's payments) and, when the rule asks for them, records retired by then, each with its retirement
/// (<c>retirement.date</c>, <c>retirement.reason</c> in Chinese: 死亡, 迁出 …).
/// </summary>
public sealed record RuleRecords(EvaluationScope Scope)
{
    private (Dictionary<Guid, ScriptEntity>, Dictionary<Guid, IReadOnlyList<ScriptEntity>>)? _current, _withRetired;

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

    /// <summary>
    /// Households by id (with <paramref name="includeRetired"/>, retired ones too) and the current persons of each: worked
    /// out once per village and shared by every rule that runs over it, not once per rule. Not thread-safe (one village's
    /// rules run one after another).
    /// </summary>
    internal (Dictionary<Guid, ScriptEntity> Households, Dictionary<Guid, IReadOnlyList<ScriptEntity>> Members) Households(bool includeRetired)
    {
        if ((includeRetired ? _withRetired : _current) is { } done) return done;
        // Plain loops: this runs for every village of every live pass, and LINQ's grouping allocated a good part of a pass.
        var current = Scope.Entities.GetValueOrDefault("household") ?? [];
        var households = new Dictionary<Guid, ScriptEntity>(current.Count);
        foreach (var h in current) households.TryAdd(h.Id, h);
        if (includeRetired)
            foreach (var h in Retired.GetValueOrDefault("household") ?? []) households.TryAdd(h.Id, h);
        var members = _current?.Item2;
        if (members is null)
        {
            var grouped = new Dictionary<Guid, List<ScriptEntity>>();
            foreach (var person in Scope.Entities.GetValueOrDefault("person") ?? [])
            {
                if (person.RefOf("household") is not { } id) continue;
                if (!grouped.TryGetValue(id, out var list)) grouped[id] = list = [];
                list.Add(person);
            }
            members = new Dictionary<Guid, IReadOnlyList<ScriptEntity>>(grouped.Count);
            foreach (var (id, list) in grouped) members[id] = list;
        }
        var result = (households, members);
        if (includeRetired) _withRetired = result; else _current = result;
        return result;
    }

    /// <summary>
    /// What <paramref name="rules"/> need to judge the records <paramref name="ids"/> again without reading the village:
    /// those records and their households, each with only the fields the rules read (a cold run keeps this of every
    /// village between its two passes, so its size matters); null when a rule reads more than a record and its household.
    /// </summary>
    public RuleRecords? Slice(IReadOnlyCollection<Compilation.CompiledRule> rules, IEnumerable<Guid> ids)
    {
        if (!rules.All(r => r.ReadsOnlyRecordAndHousehold)) return null;
        var fields = rules.SelectMany(r => r.FieldsRead.Select(k => k.Split('.', 2)).Select(k => (Type: k[0], Field: k[1]))
                .Concat((r.Across?.Key ?? []).Select(k => (Type: r.Rule.EntityType, Field: k))))
            .GroupBy(k => k.Type, k => k.Field).ToDictionary(g => g.Key, g => g.Distinct().ToArray(), StringComparer.Ordinal);
        ScriptEntity Slim(ScriptEntity e) => e with
        {
            Fields = fields.GetValueOrDefault(e.EntityType, []).Where(e.Fields.ContainsKey).ToDictionary(f => f, f => e.Fields[f], StringComparer.Ordinal),
        };
        var wanted = ids.ToHashSet();
        var entities = new Dictionary<string, IReadOnlyList<ScriptEntity>>();
        var householdIds = new HashSet<Guid>();
        foreach (var (type, list) in Scope.Entities)
        {
            if (type == "household") continue;
            var kept = list.Where(e => wanted.Contains(e.Id)).Select(Slim).ToList();
            foreach (var rule in rules.Where(r => r.Rule.EntityType == type && r.HouseholdField is not null))
                householdIds.UnionWith(kept.Select(e => e.RefOf(rule.HouseholdField!)).OfType<Guid>());
            entities[type] = kept;
        }
        entities["household"] = (Scope.Entities.GetValueOrDefault("household") ?? [])
            .Where(h => wanted.Contains(h.Id) || householdIds.Contains(h.Id)).Select(Slim).ToList();
        return new RuleRecords(Scope with { Entities = entities, Village = null });
    }
}
