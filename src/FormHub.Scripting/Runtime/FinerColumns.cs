using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FormHub.Scripting.Compilation;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// What a finer-period helper (<c>sumOfMonths(p, 'field')</c>, <c>lastMonth</c> …) gives for every entity of a list, in
/// list order, as the primitive the engine's helper would return (<see cref="NativeExpression.Unsupported"/> for an entity
/// the helper could not find). A 季报 asks for the same sums in several columns and checks, and a village's scope is shared
/// by every template of its period, so each is worked out once per list, helper and field. Kept beside the list (like
/// <see cref="EntityColumns"/>) and valid for the scope it was worked out in. Safe for concurrent use.
/// </summary>
internal static class FinerColumns
{
    private static readonly ConditionalWeakTable<IReadOnlyList<ScriptEntity>, ConcurrentDictionary<(string Helper, string Field), (EvaluationScope Scope, object?[] Values)>> Cache = new();

    public static object?[] Of(IReadOnlyList<ScriptEntity> items, string helper, string field, ScriptHost host)
    {
        var kept = Cache.GetValue(items, static _ => new ConcurrentDictionary<(string, string), (EvaluationScope, object?[])>());
        if (kept.TryGetValue((helper, field), out var column) && ReferenceEquals(column.Scope, host.Scope)) return column.Values;
        var values = new object?[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            // The engine's helper reads the entity it finds by the id of the object it was handed: the scope's entity.
            values[i] = host.FindEntity(items[i].Id) is { } found
                ? NativeExpression.Primitive(FinerPeriodHelpers.Combine(helper, FinerPeriodHelpers.Series(found, field)))
                : NativeExpression.Unsupported;
        }
        kept[(helper, field)] = (host.Scope, values);
        return values;
    }
}
