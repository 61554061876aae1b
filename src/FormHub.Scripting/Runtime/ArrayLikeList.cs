using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace FormHub.Scripting.Runtime;

/// <summary>A JavaScript array (or array-like) handed to a helper, e.g. the result of <c>persons.filter(…)</c> or <c>[1, 2, 3]</c>.</summary>
internal sealed class ArrayLikeList(ObjectInstance array) : IScriptList
{
    public int Count { get; } = (int)Math.Min(TypeConverter.ToUint32(array.Get("length")), int.MaxValue);

    public JsValue Value(int index) => array.Get(index);

    public object?[] Column(string field)
    {
        var column = new object?[Count];
        for (var i = 0; i < column.Length; i++) column[i] = Field(i, field);
        return column;
    }

    public object? Field(int index, string field)
    {
        var item = Value(index);
        return item.IsObject() ? ScriptValues.FromJs(item.AsObject().Get(field)) : null;
    }
}
