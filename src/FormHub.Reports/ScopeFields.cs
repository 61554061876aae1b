using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace FormHub.Reports;

/// <summary>
/// One entity's fields in a derivation scope: its values in an array, the names and their positions shared by every
/// entity of the type (<see cref="ScopeFieldLayout"/>). A scope holds a village's ~1,300 entities with 20–40 fields each;
/// a dictionary per entity cost a kilobyte of entries and buckets apiece, the array an eighth of it. Reads as the
/// dictionary did, in the same order (the catalog's fields, then the derived ones). Never changed once handed to a scope.
/// </summary>
internal sealed class ScopeFields(ScopeFieldLayout layout, object?[] values) : IReadOnlyDictionary<string, object?>, Scripting.IPositionalFields
{
    public ScopeFieldLayout Layout => layout;

    object Scripting.IPositionalFields.Layout => layout;

    public int PositionOf(string field) => layout.Positions.TryGetValue(field, out var i) ? i : -1;

    public object? ValueAt(int position) => values[position];

    /// <summary>A copy to fill in further (an entity's periodic values over its shared base fields).</summary>
    public ScopeFields Copy() => new(layout, (object?[])values.Clone());

    /// <summary>Sets a field of a copy still being filled in.</summary>
    public void Set(int index, object? value) => values[index] = value;

    public object? this[string key] => layout.Positions.TryGetValue(key, out var i) ? values[i] : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => layout.Names;

    public IEnumerable<object?> Values => values;

    public int Count => values.Length;

    public bool ContainsKey(string key) => layout.Positions.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (layout.Positions.TryGetValue(key, out var i))
        {
            value = values[i];
            return true;
        }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++) yield return new(layout.Names[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The field names of one entity type in a scope, in order, and each one's position in <see cref="ScopeFields"/>.</summary>
internal sealed class ScopeFieldLayout
{
    public ScopeFieldLayout(IReadOnlyList<string> names)
    {
        Names = [.. names];
        Positions = new Dictionary<string, int>(Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++) Positions[Names[i]] = i;
    }

    public string[] Names { get; }

    public Dictionary<string, int> Positions { get; }
}
