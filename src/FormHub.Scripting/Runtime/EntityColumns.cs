using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// One field of every entity of a list, as an array in list order. Native filters and sums read a field of each of a
/// village's thousand persons many times over (every column of every template); reading it from an array once built
/// instead of a dictionary per entity each time is what keeps a template's evaluation in the tenths of a millisecond.
/// Kept beside the list (the scope's lists are shared by every template of a village and period, and are immutable),
/// so it goes when the list goes. Safe for concurrent use.
/// </summary>
internal static class EntityColumns
{
    private static readonly ConditionalWeakTable<IReadOnlyList<ScriptEntity>, ConcurrentDictionary<string, object?[]>> Cache = new();

    public static object?[] Of(IReadOnlyList<ScriptEntity> items, string field) =>
        Cache.GetValue(items, static _ => new ConcurrentDictionary<string, object?[]>(StringComparer.Ordinal))
            .GetOrAdd(field, static (f, list) =>
            {
                var column = new object?[list.Count];
                var reader = new FieldReader(f);
                for (var i = 0; i < column.Length; i++) column[i] = reader.Read(list[i]);
                return column;
            }, items);
}
