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
}
