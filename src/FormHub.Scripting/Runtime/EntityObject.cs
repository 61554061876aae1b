using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Jint;
using Jint.Native;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// Builds the plain JavaScript object a script receives for one entity: <c>id</c> plus every field. The property layout
/// (shared by every entity with the same fields) and the entity's values as JavaScript primitives are worked out once
/// per entity and kept beside it: primitives are immutable and belong to no engine, so every fresh engine that later
/// needs the entity builds its object from them with one array copy instead of converting each field again.
/// </summary>
internal static class EntityObject
{
    private static readonly ConcurrentDictionary<string, JsObjectLayout> Layouts = new();
    private static readonly ConditionalWeakTable<ScriptEntity, Prepared> Cache = new();

    public static JsObject Create(Engine engine, ScriptEntity entity)
    {
        var prepared = Cache.GetValue(entity, Prepare);
        return JsObject.Create(engine, prepared.Layout, prepared.Values);
    }

    private static Prepared Prepare(ScriptEntity entity)
    {
        var names = new string[entity.Fields.Count + 1];
        var values = new JsValue[names.Length];
        names[0] = "id";
        values[0] = entity.Id.ToString("D");
        var i = 1;
        foreach (var (name, value) in entity.Fields)
        {
            names[i] = name;
            values[i++] = ScriptValues.ToJs(value);
        }
        // Fields whose names are one array shared by every entity of a type (a derivation scope's) find their layout by
        // that array, without joining ~40 names into a key string per entity.
        if (entity.Fields.Keys is not string[] shared) return new Prepared(LayoutOf(entity.EntityType, names), values);
        if (!LayoutsByNames.TryGetValue(shared, out var layout)) LayoutsByNames.AddOrUpdate(shared, layout = LayoutOf(entity.EntityType, names));
        return new Prepared(layout, values);
    }

    private static JsObjectLayout LayoutOf(string entityType, string[] names) =>
        Layouts.GetOrAdd(entityType + "|" + string.Join(',', names), static (_, n) => new JsObjectLayout(n), names);

    private static readonly ConditionalWeakTable<string[], JsObjectLayout> LayoutsByNames = new();

    private sealed record Prepared(JsObjectLayout Layout, JsValue[] Values);
}
