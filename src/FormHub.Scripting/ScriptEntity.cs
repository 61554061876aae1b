namespace FormHub.Scripting;

/// <summary>
/// An entity as a script sees it: its stored fields (canonical CLR values) plus fields derived from them
/// (birth_date, gender, age from an ID number), keyed by catalog field name.
/// </summary>
public sealed record ScriptEntity(Guid Id, string EntityType, IReadOnlyDictionary<string, object?> Fields)
{
    public object? this[string field] => Fields.GetValueOrDefault(field);
}
