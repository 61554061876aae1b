namespace FormHub.Scripting;

/// <summary>
/// An entity as a script sees it: its stored fields (canonical CLR values) plus fields derived from them
/// (birth_date, gender, age from an ID number), keyed by catalog field name.
/// </summary>
public sealed record ScriptEntity(Guid Id, string EntityType, IReadOnlyDictionary<string, object?> Fields)
{
    public object? this[string field] => Fields.GetValueOrDefault(field);

    /// <summary>
    /// Periodic fields kept per a finer period than the report's, each with its value for every one of those periods in
    /// the report's period, in order (null where none was entered): the three months of a quarter for a monthly field
    /// read in a 季报. Read through sumOfMonths() and its kin, never as a plain field.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<object?>> FinerPeriods { get; init; } = Empty;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<object?>> Empty = new Dictionary<string, IReadOnlyList<object?>>();

    /// <summary>The id a reference field holds (its id as text, or a Guid), or null.</summary>
    /// <remarks>
    /// Kept once parsed (the last field asked): the rules group a village's persons by household on every live pass, and a
    /// kept scope entity then parses its household reference once instead of once per pass. The fields never change.
    /// </remarks>
    internal Guid? RefOf(string field)
    {
        if (_ref is { } kept && string.Equals(kept.Field, field, StringComparison.Ordinal)) return kept.Id;
        var id = this[field] switch
        {
            Guid g => g,
            string text when Guid.TryParse(text, out var g) => g,
            _ => (Guid?)null,
        };
        _ref = new ParsedRef(field, id);
        return id;
    }

    private ParsedRef? _ref;

    private sealed record ParsedRef(string Field, Guid? Id);

    /// <summary>Equal as the record's own members are (the parsed reference kept aside is no part of it).</summary>
    public bool Equals(ScriptEntity? other) =>
        other is not null && Id == other.Id && EntityType == other.EntityType && Equals(Fields, other.Fields) && Equals(FinerPeriods, other.FinerPeriods);

    public override int GetHashCode() => HashCode.Combine(Id, EntityType, Fields, FinerPeriods);

    /// <summary>A copy (<c>with</c>) parses its references anew: its fields may differ.</summary>
    private ScriptEntity(ScriptEntity original)
    {
        Id = original.Id;
        EntityType = original.EntityType;
        Fields = original.Fields;
        FinerPeriods = original.FinerPeriods;
    }
}
