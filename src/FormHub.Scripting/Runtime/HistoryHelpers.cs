using System.Globalization;
using FormHub.Core.Text;
using Jint;
using Jint.Native;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// A record rule's view of a field's history (docs/templates.md §20): <c>previous(record, 'field')</c> the value before
/// the one in force (an attribute) or last period's (a periodic field), <c>changedOn(record, 'field')</c> the day the
/// attribute's value in force took effect, and <c>history(record, 'field')</c> every value, oldest first, as
/// <c>{value, from}</c> or <c>{value, period}</c>. Only rules have them, and the history is read only for the fields
/// the rule names in these calls.
/// </summary>
internal static class HistoryHelpers
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string> { "previous", "changedOn", "history" };

    public static void Register(ScriptHost host, Func<Guid, string, IReadOnlyList<FieldHistoryEntry>?> lookup)
    {
        host.DefineFunction("previous", 2, args => Entries(args, "previous", lookup) switch
        {
            { Count: > 1 } e => ScriptValues.ToJs(e[^2].Value),
            _ => JsValue.Null,
        });
        host.DefineFunction("changedOn", 2, args => Entries(args, "changedOn", lookup) is { Count: > 0 } e && e[^1].From is { } from
            ? new JsString(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : JsValue.Null);
        host.DefineFunction("history", 2, args => new JsArray(host.Engine, Entries(args, "history", lookup).Select(e => (JsValue)HelperLibrary.PlainObject(host.Engine,
            e.Period is null
                ? new Dictionary<string, object?> { ["value"] = e.Value, ["from"] = e.From }
                : new Dictionary<string, object?> { ["value"] = e.Value, ["period"] = e.Period })).ToArray()));
    }

    private static IReadOnlyList<FieldHistoryEntry> Entries(JsValue[] args, string helper, Func<Guid, string, IReadOnlyList<FieldHistoryEntry>?> lookup)
    {
        var id = args.Length > 0 && args[0].IsObject() && args[0].AsObject().Get("id") is var value && value.IsString()
                 && Guid.TryParse(value.AsString(), out var guid) ? guid : (Guid?)null;
        if (id is null)
            throw new HelperMisuseException(new LocalizedText($"{helper}() 的第一个参数应为 record 或 household，如 {helper}(record, 'dibao_status')",
                $"The first argument of {helper}() must be record or household, e.g. {helper}(record, 'dibao_status')"));
        if (args.Length < 2 || !args[1].IsString())
            throw new HelperMisuseException(new LocalizedText($"{helper}() 的第二个参数应为字段名，如 {helper}(record, 'dibao_status')",
                $"The second argument of {helper}() must be a field name, e.g. {helper}(record, 'dibao_status')"));
        return lookup(id.Value, args[1].AsString()) ?? [];
    }
}
