using FormHub.Core.Rules;

namespace FormHub.Scripting.Compilation;

/// <summary>A record rule checked against the catalog with its expressions prepared once; thread-safe and reused.</summary>
public sealed class CompiledRule
{
    internal CompiledRule(RecordRule rule, CompiledExpression when, CompiledExpression? receives, CompiledExpression message,
        string? householdField, IReadOnlySet<string> fieldsRead, IReadOnlySet<string> entityTypesRead)
    {
        Rule = rule;
        When = when;
        Receives = receives;
        Message = message;
        HouseholdField = householdField;
        FieldsRead = fieldsRead;
        EntityTypesRead = entityTypesRead;
    }

    public RecordRule Rule { get; }

    /// <summary>Set when the rule compares records across the county's villages (<see cref="RecordRule.Across"/>).</summary>
    public AcrossVillages? Across => Rule.Across;

    internal CompiledExpression When { get; }

    internal CompiledExpression? Receives { get; }

    internal CompiledExpression Message { get; }

    /// <summary>The English message (<c>message_en</c>), when the rule has one.</summary>
    internal CompiledExpression? MessageEn { get; init; }

    /// <summary>The record's field naming its household (person.household), when its type has one.</summary>
    public string? HouseholdField { get; }

    /// <summary>Catalog keys the rule reads ("person.age" reads the ID number too).</summary>
    public IReadOnlySet<string> FieldsRead { get; }

    /// <summary>
    /// Catalog keys whose history the rule reads (previous, changedOn, history): only for these is the village's log read,
    /// and only when a rule reading them runs. Empty for most rules.
    /// </summary>
    public IReadOnlySet<string> HistoryFields { get; init; } = new HashSet<string>();

    /// <summary>Whether the scripts name <c>household</c>, <c>members</c>, <c>retirement</c>: the evaluator binds only those per record.</summary>
    public bool BindsHousehold { get; init; } = true;

    /// <summary>The condition and receives run in C# when they are simple enough (<see cref="NativeCondition"/>); null otherwise.</summary>
    internal NativeCondition? NativeWhen { get; init; }

    internal NativeCondition? NativeReceives { get; init; }

    /// <summary>Each record's message kept with what it was made of, when the messages read only those (<see cref="SelfContainedMessage"/>); null otherwise.</summary>
    internal RecordMessages? Messages { get; init; }

    /// <summary>The condition's leading native conjuncts when it is not native as a whole (<see cref="NativeCondition.TryCreateGuard"/>).</summary>
    internal NativeCondition? WhenGuard { get; init; }

    /// <summary>True when the condition runs in C# (the engine only for the message of a record found, or a value it must judge).</summary>
    public bool RunsNatively => NativeWhen is not null;

    public bool BindsMembers { get; init; } = true;

    public bool BindsRetirement { get; init; } = true;

    /// <summary>
    /// True when the rule's scripts read only the record and its household (no village list, <c>members</c>, the village
    /// or any history): the record, its household and their fields the rule reads are all it needs.
    /// </summary>
    public bool ReadsOnlyRecordAndHousehold =>
        HistoryFields.Count == 0 && Expressions.All(e => e.RunsOnRollups) && TypesReadWhole.Count == 0;

    /// <summary>
    /// True when no expression declares global names: the rule runs on the thread's shared engine with frozen built-ins
    /// (<see cref="Runtime.ScriptHost.Rent"/>), rented per rule and village, instead of an engine of its own.
    /// </summary>
    internal bool SharesEngine => _sharesEngine ??= !Expressions.Any(e => e.DeclaresGlobals);

    private bool? _sharesEngine;

    private IEnumerable<CompiledExpression> Expressions => new[] { When, Receives, Message, MessageEn }.OfType<CompiledExpression>();

    /// <summary>Entity types of which the rule may read any field (<c>record[name]</c>, <c>Object.keys(record)</c>): <see cref="FieldsRead"/> does not bound what it reads of them.</summary>
    public IReadOnlySet<string> TypesReadWhole => _typesReadWhole ??= Expressions.SelectMany(e => e.Analysis.TypesReadWhole).ToHashSet();

    private HashSet<string>? _typesReadWhole;

    /// <summary>Entity types whose records the rule reads (its own, the household, village lists).</summary>
    public IReadOnlySet<string> EntityTypesRead { get; }

    /// <summary>
    /// Whether a change of <paramref name="entityType"/> (its <paramref name="fields"/>, or a record created or retired)
    /// can alter the rule's findings: only such changes re-evaluate it.
    /// </summary>
    public bool IsAffectedBy(string entityType, bool membership, IReadOnlyCollection<string> fields) =>
        EntityTypesRead.Contains(entityType)
        && (membership || fields.Count == 0 || TypesReadWhole.Contains(entityType) || fields.Any(f => FieldsRead.Contains(entityType + "." + f)));
}
