using Jint;
using Jint.Native;

namespace FormHub.Scripting.Runtime;

/// <summary>What helpers iterate: a native entity list (fast path) or any JavaScript array-like.</summary>
internal interface IScriptList
{
    int Count { get; }

    /// <summary>A field of item <paramref name="index"/> as a canonical value, read without building a script object when possible.</summary>
    object? Field(int index, string field);

    /// <summary>One field of every item, in list order (built once per list and field where the list allows).</summary>
    object?[] Column(string field);

    /// <summary>Item <paramref name="index"/> as the script sees it (for callbacks).</summary>
    JsValue Value(int index);
}
