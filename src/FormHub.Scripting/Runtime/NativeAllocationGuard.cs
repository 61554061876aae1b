using System.Globalization;
using FormHub.Core.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// Jint's memory limit is checked between statements, so one native call that builds a huge string in a single step
/// (<c>'x'.repeat(2 ** 28)</c>, <c>''.padStart(2 ** 28)</c>) allocates hundreds of megabytes before anything can stop
/// it. These wrappers refuse such calls up front; everything else about the built-ins is unchanged. They are installed
/// on each fresh engine, so a script replacing them affects only its own row.
/// </summary>
internal static class NativeAllocationGuard
{
    public static void Install(ScriptHost host)
    {
        var prototype = host.Engine.Global.Get("String").AsObject().Get("prototype").AsObject();
        var max = host.Options.MaxStringLength;
        Guard(host, prototype, "repeat", 1, (text, args) => text.Length * Count(args, 0));
        Guard(host, prototype, "padStart", 2, (_, args) => Count(args, 0));
        Guard(host, prototype, "padEnd", 2, (_, args) => Count(args, 0));
        return;

        static double Count(JsValue[] args, int i) => i < args.Length ? TypeConverter.ToNumber(args[i]) : 0;

        void Guard(ScriptHost host, ObjectInstance prototype, string name, int length, Func<string, JsValue[], double> resultLength)
        {
            var original = prototype.Get(name);
            var engine = host.Engine;
            var guarded = new ClrFunction(engine, name, (self, args) =>
            {
                var text = TypeConverter.ToString(self);
                if (resultLength(text, args) > max) throw new StringTooLongException(max, name);
                return engine.Call(original, self, args);
            }, length, PropertyFlag.Configurable);
            prototype.FastSetProperty(name, new PropertyDescriptor(guarded, writable: true, enumerable: false, configurable: true));
        }
    }
}

/// <summary>A script asked a built-in for a string longer than the sandbox allows; the cell fails as a memory limit.</summary>
internal sealed class StringTooLongException(int max, string function) : Exception($"{function}: longer than {max} characters")
{
    public LocalizedText Text { get; } = new(
        $"{function}() 生成的文字超过 {max.ToString("N0", CultureInfo.InvariantCulture)} 个字符，已停止",
        $"{function}() would build text longer than {max.ToString("N0", CultureInfo.InvariantCulture)} characters and was stopped");
}
