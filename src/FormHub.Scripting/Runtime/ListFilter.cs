using Jint;
using FormHub.Core.Text;
using FormHub.Scripting.Compilation;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// Turns a helper's filter argument into a predicate. Object filters (<c>{dibao_status: '在保', disability_grade: ['一级', '二级'],
/// age: {gte: 60}}</c>) and field names (<c>'party_member'</c>) run natively in C#; only a function filter calls into the script.
/// </summary>
internal static class ListFilter
{
    private static readonly string[] Operators = ["gt", "gte", "lt", "lte", "ne"];

    public static Func<int, bool>? Compile(ScriptHost host, IScriptList list, JsValue filter, string helper)
    {
        if (filter.IsUndefined() || filter.IsNull()) return null;
        if (filter.IsString())
        {
            var field = filter.AsString();
            var column = list.Column(field);
            return i => IsTruthy(column[i]);
        }
        if (filter.IsCallable())
        {
            bool Call(int i) => TypeConverter.ToBoolean(host.Engine.Call(filter, JsValue.Undefined, [list.Value(i)]));
            // p => sumOfMonths(p, 'x') > 0 and its kind run in C# per entity; the engine only for what they leave to it.
            if (list is EntityListInstance entities && NativeCallback.For(filter)?.Bind(entities, host) is { } native)
                return i => native(i) is var v && v != NativeExpression.Unsupported ? NativeExpression.Truthy(v) : Call(i);
            return Call;
        }
        if (filter.IsObject())
        {
            var conditions = filter.AsObject().GetOwnProperties()
                .Where(p => p.Value.Enumerable && p.Key.IsString())
                .Select(p => Condition(list.Column(p.Key.AsString()), p.Key.AsString(), p.Value.Value ?? JsValue.Undefined, helper))
                .ToArray();
            // Plain loops: this runs once per entity of a village, and a LINQ lambda per call would allocate each time.
            return i =>
            {
                foreach (var condition in conditions)
                    if (!condition(list, i)) return false;
                return true;
            };
        }
        throw new HelperMisuseException(new LocalizedText(
            $"{helper}() 的筛选条件应为对象（如 {{dibao_status: '在保'}}）、字段名或函数",
            $"The filter of {helper}() must be an object (e.g. {{dibao_status: '在保'}}), a field name or a function"));
    }

    private static Func<IScriptList, int, bool> Condition(object?[] column, string field, JsValue wanted, string helper)
    {
        if (wanted.IsArray())
        {
            var options = new ArrayLikeList(wanted.AsObject());
            var matchers = Enumerable.Range(0, options.Count).Select(i => ScriptValues.Matcher(options.Value(i))).ToArray();
            return (_, i) =>
            {
                var v = column[i];
                foreach (var matches in matchers)
                    if (matches(v)) return true;
                return false;
            };
        }
        if (wanted.IsObject() && !wanted.IsCallable())
        {
            var bounds = wanted.AsObject().GetOwnProperties().Where(p => p.Key.IsString())
                .Select(p => (Op: p.Key.AsString(), Bound: p.Value.Value ?? JsValue.Undefined)).ToList();
            var unknown = bounds.FirstOrDefault(b => !Operators.Contains(b.Op));
            if (unknown.Op is not null)
            {
                throw new HelperMisuseException(new LocalizedText(
                    $"{helper}() 的条件 {field} 中的“{unknown.Op}”无效，可用：gt、gte、lt、lte、ne",
                    $"'{unknown.Op}' in the {field} condition of {helper}() is not valid; use gt, gte, lt, lte, ne"));
            }
            var tests = bounds.Select(b =>
            {
                if (b.Op == "ne")
                {
                    var matches = ScriptValues.Matcher(b.Bound);
                    return (Func<object?, bool>)(v => !matches(v));
                }
                var compare = ScriptValues.Comparer(b.Bound);
                return b.Op switch
                {
                    "gt" => v => compare(v) is > 0,
                    "gte" => v => compare(v) is >= 0,
                    "lt" => v => compare(v) is < 0,
                    _ => v => compare(v) is <= 0,
                };
            }).ToArray();
            return (_, i) =>
            {
                var v = column[i];
                foreach (var test in tests)
                    if (!test(v)) return false;
                return true;
            };
        }
        var matcher = ScriptValues.Matcher(wanted);
        return (_, i) => matcher(column[i]);
    }

    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        long l => l != 0,
        decimal d => d != 0,
        double d => d != 0 && !double.IsNaN(d),
        _ => true,
    };
}
