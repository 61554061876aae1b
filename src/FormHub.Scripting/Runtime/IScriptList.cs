using Jint;
using Jint.Native;

namespace FormHub.Scripting.Runtime;

/// <summary>What helpers iterate: a native entity list (fast path) or any JavaScript array-like.</summary>
internal interface IScriptList
{
    int Count { get; }

    /// <summary>A field of item <paramref name="index"/> as a canonical value, read without building a script object when possible.</summary>
    object? Field(int index, string field);

    /// <summary>Item <paramref name="index"/> as the script sees it (for callbacks).</summary>
    JsValue Value(int index);
}
