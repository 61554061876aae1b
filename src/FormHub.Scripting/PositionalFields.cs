namespace FormHub.Scripting;

/// <summary>
/// An entity's fields held by position, the positions shared by every entity of one <see cref="Layout"/> (a derivation
/// scope's entities of one type): a reader of one field over many entities looks its position up once per layout
/// (<see cref="FieldReader"/>), not its name once per entity.
/// </summary>
public interface IPositionalFields
{
    /// <summary>What every entity of the same field positions shares (compared by reference).</summary>
    object Layout { get; }

    /// <summary>The position of <paramref name="field"/>, or -1 when the layout has no such field.</summary>
    int PositionOf(string field);

    object? ValueAt(int position);
}

/// <summary>
/// Reads one field of many entities: by position when their fields are <see cref="IPositionalFields"/> (looked up again only
/// when the layout changes), by name otherwise. Safe for concurrent use (the last layout is one immutable reference).
/// </summary>
internal sealed class FieldReader(string name)
{
    private sealed record Slot(object Layout, int Position);

    private Slot? _last;

    public bool TryRead(IReadOnlyDictionary<string, object?> fields, out object? value)
    {
        if (fields is IPositionalFields positional)
        {
            var last = _last;
            if (last is null || !ReferenceEquals(last.Layout, positional.Layout)) _last = last = new Slot(positional.Layout, positional.PositionOf(name));
            if (last.Position >= 0)
            {
                value = positional.ValueAt(last.Position);
                return true;
            }
            value = null;
            return false;
        }
        return fields.TryGetValue(name, out value);
    }

    /// <summary>The field's value, null when the entity lacks it (as <see cref="ScriptEntity"/>'s indexer).</summary>
    public object? Read(ScriptEntity entity) => TryRead(entity.Fields, out var value) ? value : null;
}
