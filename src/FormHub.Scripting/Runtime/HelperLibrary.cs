using System.Globalization;
using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Scripting.Compilation;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// The helpers report authors call from templates; the list work runs natively in C#. Documented in docs/templates.md; names listed in
/// <see cref="Names"/> so the template checker knows them.
/// </summary>
internal static class HelperLibrary
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>
    {
        "count", "sum", "avg", "min", "max", "where", "groupBy", "ratio", "percent", "round", "ageAt", "prev",
        "sumOfMonths", "avgOfMonths", "lastMonth", "monthsOf", "sumOfQuarters", "avgOfQuarters", "lastQuarter", "quartersOf",
    };

    /// <summary>Helpers whose first argument is an entity list and whose later arguments name its fields.</summary>
    public static readonly IReadOnlySet<string> ListHelpers = new HashSet<string> { "count", "sum", "avg", "min", "max", "where", "groupBy" };

    public static void Register(ScriptHost host)
    {
        var engine = host.Engine;
        void Add(string name, int length, Func<JsValue[], JsValue> body) =>
            engine.Global.FastSetProperty(name, new PropertyDescriptor(new ClrFunction(engine, name, (_, args) => body(args), length, PropertyFlag.Configurable),
                writable: false, enumerable: false, configurable: false));

        Add("count", 2, a => Aggregate(host, a, "count", null, (n, _) => n));
        Add("sum", 3, a => Aggregate(host, a, "sum", Arg(a, 1), (_, v) => v.Count == 0 ? 0 : v.Sum()));
        Add("avg", 3, a => Aggregate(host, a, "avg", Arg(a, 1), (_, v) => v.Count == 0 ? null : v.Average()));
        Add("min", 3, a => Aggregate(host, a, "min", Arg(a, 1), (_, v) => v.Count == 0 ? null : v.Min()));
        Add("max", 3, a => Aggregate(host, a, "max", Arg(a, 1), (_, v) => v.Count == 0 ? null : v.Max()));
        Add("where", 2, a => Where(host, a));
        Add("groupBy", 2, a => GroupBy(host, a));
        Add("ratio", 3, a => Ratio(a, 1));
        Add("percent", 3, a => Ratio(a, 100));
        Add("round", 2, a => Number(a, 0, "round") is { } x ? JsNumber.Create(Round(x, Digits(a, 1, "round"))) : JsValue.Null);
        Add("ageAt", 2, a => AgeAt(host, a));
        Add("prev", 1, a => Prev(host, a));
        FinerPeriodHelpers.Register(host, Add);
    }

    private static JsValue Arg(JsValue[] args, int i) => i < args.Length ? args[i] : JsValue.Undefined;

    private static HelperMisuseException Misuse(string zh, string en) => new(new LocalizedText(zh, en));

    public static IScriptList AsList(JsValue value, string helper)
    {
        if (value.IsObject())
        {
            var o = value.AsObject();
            if (o is IScriptList list) return list;
            if (!o.IsCallable() && o.HasProperty("length")) return new ArrayLikeList(o);
        }
        throw Misuse($"{helper}() 的第一个参数应为列表，如 households、persons 或 where(…) 的结果",
            $"The first argument of {helper}() must be a list such as households, persons or a where(…) result");
    }

    /// <summary>count/sum/avg/min/max: select items by the filter, pick a number from each, combine.</summary>
    private static JsValue Aggregate(ScriptHost host, JsValue[] args, string helper, JsValue? pick, Func<int, List<double>, double?> combine)
    {
        var list = AsList(Arg(args, 0), helper);
        var filter = ListFilter.Compile(host, list, Arg(args, pick is null ? 1 : 2), helper);
        Func<int, double?>? value = pick switch
        {
            null => null,
            { } p when p.IsString() && list.Column(p.AsString()) is var column => i => ScriptValues.Number(column[i]),
            { } p when p.IsCallable() => Picker(host, list, p),
            { } p when p.IsUndefined() || p.IsNull() => i => ScriptValues.Number(list.Value(i)),
            _ => throw Misuse($"{helper}() 的第二个参数应为字段名（如 'dibao_persons'）或函数",
                $"The second argument of {helper}() must be a field name (e.g. 'dibao_persons') or a function"),
        };
        var matched = 0;
        var values = new List<double>();
        for (var i = 0; i < list.Count; i++)
        {
            if (filter is not null && !filter(i)) continue;
            matched++;
            if (value?.Invoke(i) is { } v && !double.IsNaN(v)) values.Add(v);
        }
        return combine(matched, values) is { } result ? JsNumber.Create(result) : JsValue.Null;
    }

    /// <summary>A function picking each item's number: natively where <see cref="NativeCallback"/> can, through the engine otherwise.</summary>
    private static Func<int, double?> Picker(ScriptHost host, IScriptList list, JsValue callback)
    {
        double? Call(int i) => ScriptValues.Number(host.Engine.Call(callback, JsValue.Undefined, [list.Value(i)]));
        if (list is EntityListInstance entities && NativeCallback.For(callback)?.Bind(entities, host) is { } native)
            return i => native(i) is var v && v != NativeExpression.Unsupported ? ScriptValues.Number(v) : Call(i);
        return Call;
    }

    private static JsValue Where(ScriptHost host, JsValue[] args)
    {
        var list = AsList(Arg(args, 0), "where");
        var filter = ListFilter.Compile(host, list, Arg(args, 1), "where");
        var picked = Enumerable.Range(0, list.Count).Where(i => filter?.Invoke(i) ?? true).ToList();
        if (list is EntityListInstance entities)
            return new EntityListInstance(host.Engine, entities.EntityType, picked.Select(i => entities.Items[i]).ToList());
        return new JsArray(host.Engine, picked.Select(list.Value).ToArray());
    }

    private static JsValue GroupBy(ScriptHost host, JsValue[] args)
    {
        if (AsList(Arg(args, 0), "groupBy") is not EntityListInstance list || !Arg(args, 1).IsString())
            throw Misuse("groupBy() 的用法：groupBy(persons, 'field')", "Use groupBy(persons, 'field')");
        var field = Arg(args, 1).AsString();
        var result = new JsObject(host.Engine);
        foreach (var group in list.Items.GroupBy(e => Key(e[field])))
        {
            result.CreateDataProperty(group.Key, new EntityListInstance(host.Engine, list.EntityType, group.ToList()));
        }
        return result;
    }

    private static string Key(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    /// <summary>ratio(a, b, digits) = a ÷ b; percent() = a ÷ b × 100. An empty cell, not 0 or Infinity, when b is 0 or missing.</summary>
    private static JsValue Ratio(JsValue[] args, double scale)
    {
        var a = Number(args, 0, "ratio");
        var b = Number(args, 1, "ratio");
        if (a is null || b is null || b == 0) return JsValue.Null;
        return JsNumber.Create(Round(a.Value / b.Value * scale, Digits(args, 2, "ratio", 2)));
    }

    private static double? Number(JsValue[] args, int i, string helper)
    {
        var v = Arg(args, i);
        if (v.IsNull() || v.IsUndefined()) return null;
        if (v.IsNumber()) return double.IsNaN(v.AsNumber()) ? null : v.AsNumber();
        throw Misuse($"{helper}() 的第{i + 1}个参数应为数字，收到 {TypeConverter.ToString(v)}",
            $"Argument {i + 1} of {helper}() must be a number, got {TypeConverter.ToString(v)}");
    }

    private static int Digits(JsValue[] args, int i, string helper, int fallback = 0)
    {
        var v = Arg(args, i);
        if (v.IsUndefined() || v.IsNull()) return fallback;
        if (v.IsNumber() && v.AsNumber() is >= 0 and <= 10 && v.AsNumber() % 1 == 0) return (int)v.AsNumber();
        throw Misuse($"{helper}() 的小数位数应为 0–10 的整数", $"The digits argument of {helper}() must be a whole number 0–10");
    }

    /// <summary>Rounds half away from zero, as Chinese statistical forms do (四舍五入).</summary>
    private static double Round(double x, int digits) =>
        (double)Math.Round(ScriptValues.RoundTrip(x), digits, MidpointRounding.AwayFromZero);

    /// <summary>ageAt(person[, date]): full years at the date (default: the period's last day), from birth_date or the ID number.</summary>
    private static JsValue AgeAt(ScriptHost host, JsValue[] args)
    {
        var person = Arg(args, 0);
        if (!person.IsObject())
            throw Misuse("ageAt() 的第一个参数应为人员，如 ageAt(p)", "The first argument of ageAt() must be a person, e.g. ageAt(p)");
        var date = Arg(args, 1);
        DateOnly at;
        if (date.IsUndefined() || date.IsNull()) at = host.Scope.Period.End;
        else if (!DateOnly.TryParseExact(TypeConverter.ToString(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
            throw Misuse($"ageAt() 的日期应写作 'yyyy-MM-dd'，收到“{TypeConverter.ToString(date)}”",
                $"The date of ageAt() must be written 'yyyy-MM-dd', got '{TypeConverter.ToString(date)}'");

        var o = person.AsObject();
        var birth = o.Get("birth_date");
        DateOnly born;
        if (birth.IsString() && DateOnly.TryParseExact(birth.AsString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out born)) { }
        else if (o.Get("id_number") is var id && id.IsString() && ChineseIdNumber.Validate(id.AsString(), DateOnly.MaxValue) is { IsValid: true } parsed)
            born = parsed.Value!.BirthDate;
        else return JsValue.Null;
        return at < born ? JsValue.Null : JsNumber.Create(Core.Catalog.DerivedFields.YearsBetween(born, at));
    }

    private static JsValue Prev(ScriptHost host, JsValue[] args)
    {
        if (!Arg(args, 0).IsString())
            throw Misuse("prev() 的参数应为列名，如 prev('hh')", "The argument of prev() must be a column id, e.g. prev('hh')");
        // The check saw no prev in the template (reached by a detour such as globalThis['pr' + 'ev']), so last period's
        // row was not read: an empty cell here would be a wrong number nobody notices.
        if (ReferenceEquals(host.Scope.PreviousRow, EvaluationScope.PreviousRowNotRead))
            throw Misuse($"prev('{Arg(args, 0).AsString()}') 未读到上一期的行：模板检查只认得直接写出的 prev，请写成 prev('列')，不要经变量、call 或 globalThis 间接调用",
                $"prev('{Arg(args, 0).AsString()}') has no last period's row: the template check only recognises prev written out, so write prev('column'), not through a variable, call or globalThis");
        return ScriptValues.ToJs(host.Scope.PreviousRow.GetValueOrDefault(Arg(args, 0).AsString()));
    }

    public static ObjectInstance PlainObject(Engine engine, IEnumerable<KeyValuePair<string, object?>> values)
    {
        var o = new JsObject(engine);
        foreach (var (k, v) in values) o.FastSetDataProperty(k, ScriptValues.ToJs(v));
        return o;
    }
}
