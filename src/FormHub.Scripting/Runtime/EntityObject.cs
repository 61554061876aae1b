using Jint;
using Jint.Native.Object;
using Jint.Runtime;

namespace FormHub.Scripting.Runtime;

/// <summary>Builds the plain JavaScript object a script function receives for one entity: id plus every field.</summary>
internal static class EntityObject
{
    public static ObjectInstance Create(Engine engine, ScriptEntity entity)
    {
        var o = engine.Object.Construct(Arguments.Empty);
        o.FastAddProperty("id", entity.Id.ToString("D"), false, true, false);
        foreach (var (name, value) in entity.Fields)
        {
            o.FastAddProperty(name, ScriptValues.ToJs(engine, value), false, true, false);
        }
        return o;
    }
}
