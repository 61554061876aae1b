using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// A list of entities as scripts see it (<c>households</c>, <c>persons</c>, a <c>where()</c> result). It keeps the
/// C# list so helpers filter and sum natively; scripts may still index it, iterate it (<c>for … of</c>, spread,
/// destructuring) and call Array methods on it (<c>persons.filter(p => …)</c>), which builds each entity's JavaScript
/// object on first use. Read-only: writes are ignored (a TypeError in strict code).
/// </summary>
internal sealed class EntityListInstance : ObjectInstance, IScriptList
{
    private readonly JsObject?[] _objects;

    public EntityListInstance(Engine engine, string entityType, IReadOnlyList<ScriptEntity> items) : base(engine)
    {
        EntityType = entityType;
        Items = items;
        _objects = new JsObject?[items.Count];
        Prototype = engine.Intrinsics.Array.PrototypeObject;
    }

    public string EntityType { get; }

    public IReadOnlyList<ScriptEntity> Items { get; }

    public int Count => Items.Count;

    public object? Field(int index, string field) => Items[index].Fields.GetValueOrDefault(field);

    public object?[] Column(string field) => EntityColumns.Of(Items, field);

    public JsValue Value(int index) => ObjectAt(index);

    public JsObject ObjectAt(int index) => _objects[index] ??= EntityObject.Create(Engine, Items[index]);

    /// <summary>Whether item <paramref name="index"/>'s script object exists in this engine (a script may have changed it since).</summary>
    public bool HasObject(int index) => _objects[index] is not null;

    private int Index(JsValue property)
    {
        if (property.IsNumber())
        {
            var n = property.AsNumber();
            return n >= 0 && n < Items.Count && n % 1 == 0 ? (int)n : -1;
        }
        return property.IsString() && uint.TryParse(property.AsString(), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < Items.Count
            && (i == 0 || property.AsString()[0] != '0') ? (int)i : -1;
    }

    private static bool IsLength(JsValue property) => property.IsString() && property.AsString() == "length";

    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        if (IsLength(property)) return new PropertyDescriptor(Items.Count, writable: false, enumerable: false, configurable: false);
        var i = Index(property);
        return i >= 0 ? new PropertyDescriptor(ObjectAt(i), writable: false, enumerable: true, configurable: false) : base.GetOwnProperty(property);
    }

    public override JsValue Get(JsValue property, JsValue receiver)
    {
        if (IsLength(property)) return Items.Count;
        var i = Index(property);
        return i >= 0 ? ObjectAt(i) : base.Get(property, receiver);
    }

    public override bool HasProperty(JsValue property) => IsLength(property) || Index(property) >= 0 || base.HasProperty(property);

    public override bool Set(JsValue property, JsValue value, JsValue receiver) => false;

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc) => false;

    public override bool Delete(JsValue property) => IsLength(property) || Index(property) < 0 && base.Delete(property);

    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.Empty | Types.String | Types.Symbol)
    {
        var keys = new List<JsValue>(Items.Count + 1);
        if ((types & Types.String) != 0)
        {
            for (var i = 0; i < Items.Count; i++) keys.Add(i.ToString(CultureInfo.InvariantCulture));
            keys.Add("length");
        }
        keys.AddRange(base.GetOwnPropertyKeys(types));
        return keys;
    }

    public override IEnumerable<KeyValuePair<JsValue, PropertyDescriptor>> GetOwnProperties()
    {
        for (var i = 0; i < Items.Count; i++)
            yield return new(i.ToString(CultureInfo.InvariantCulture), GetOwnProperty(i));
        yield return new("length", GetOwnProperty("length"));
    }
}
