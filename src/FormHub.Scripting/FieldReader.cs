namespace FormHub.Scripting;

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
