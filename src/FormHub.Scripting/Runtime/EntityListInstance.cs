using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// A list of entities as scripts see it (<c>households</c>, <c>persons</c>, a <c>where()</c> result). It keeps the
/// C# list so helpers filter and sum natively; scripts may still index it and call Array methods on it
/// (<c>persons.filter(function (p) {…})</c>), which builds the JavaScript objects on first use.
/// </summary>
internal sealed class EntityListInstance : ObjectInstance, IScriptList
{
    private readonly ObjectInstance?[] _objects;

    public EntityListInstance(Engine engine, string entityType, IReadOnlyList<ScriptEntity> items) : base(engine)
    {
        EntityType = entityType;
        Items = items;
        _objects = new ObjectInstance?[items.Count];
        Prototype = engine.Array.PrototypeObject;
        Extensible = false;
    }

    public string EntityType { get; }

    public IReadOnlyList<ScriptEntity> Items { get; }

    public override string Class => "Object";

    public int Count => Items.Count;

    public object? Field(int index, string field) => Items[index].Fields.GetValueOrDefault(field);

    public JsValue Value(int index) => new(ObjectAt(index));

    public ObjectInstance ObjectAt(int index) => _objects[index] ??= EntityObject.Create(Engine, Items[index]);

    public override PropertyDescriptor GetOwnProperty(string propertyName)
    {
        if (propertyName == "length") return new PropertyDescriptor(new JsValue(Items.Count), false, false, false);
        if (uint.TryParse(propertyName, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < Items.Count)
            return new PropertyDescriptor(new JsValue(ObjectAt((int)i)), false, true, false);
        return base.GetOwnProperty(propertyName);
    }

    public override JsValue Get(string propertyName)
    {
        var own = GetOwnProperty(propertyName);
        return own != PropertyDescriptor.Undefined ? own.Value ?? JsValue.Undefined : base.Get(propertyName);
    }

    public override bool HasOwnProperty(string propertyName) => GetOwnProperty(propertyName) != PropertyDescriptor.Undefined;

    public override IEnumerable<KeyValuePair<string, PropertyDescriptor>> GetOwnProperties()
    {
        for (var i = 0; i < Items.Count; i++)
            yield return new(i.ToString(CultureInfo.InvariantCulture), GetOwnProperty(i.ToString(CultureInfo.InvariantCulture)));
    }
}
