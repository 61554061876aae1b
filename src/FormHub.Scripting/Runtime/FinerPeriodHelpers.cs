using FormHub.Core.Periods;
using FormHub.Core.Text;
using Jint;
using Jint.Native;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// Reading a field kept per a finer period than the report's (a monthly 发放金额 in a 季报 or 年报), saying how:
/// <c>sumOfMonths(p, 'field')</c>, <c>avgOfMonths</c>, <c>lastMonth</c>, <c>monthsOf</c>, and the same per quarter for
/// quarterly fields in a 年报. A plain <c>p.field</c> there is a template check error naming these (docs/templates.md §7.3).
/// </summary>
internal static class FinerPeriodHelpers
{
    /// <summary>Helper name → the period its field must be kept per.</summary>
    public static readonly IReadOnlyDictionary<string, PeriodType> Names = new Dictionary<string, PeriodType>
    {
        ["sumOfMonths"] = PeriodType.Monthly, ["avgOfMonths"] = PeriodType.Monthly, ["lastMonth"] = PeriodType.Monthly, ["monthsOf"] = PeriodType.Monthly,
        ["sumOfQuarters"] = PeriodType.Quarterly, ["avgOfQuarters"] = PeriodType.Quarterly, ["lastQuarter"] = PeriodType.Quarterly, ["quartersOf"] = PeriodType.Quarterly,
    };

    /// <summary>The helper to suggest for a field kept per <paramref name="own"/>: "sumOfMonths" or "sumOfQuarters".</summary>
    public static string SumFor(PeriodType own) => own == PeriodType.Quarterly ? "sumOfQuarters" : "sumOfMonths";

    /// <summary>The helpers whose result is one value (not <c>monthsOf</c>/<c>quartersOf</c>): what a native callback may call.</summary>
    public static readonly IReadOnlySet<string> SingleValued =
        new HashSet<string> { "sumOfMonths", "avgOfMonths", "lastMonth", "sumOfQuarters", "avgOfQuarters", "lastQuarter" };

    public static void Register(ScriptHost host, Action<string, int, Func<JsValue[], JsValue>> add)
    {
        foreach (var (name, _) in Names)
        {
            Func<IReadOnlyList<object?>, JsValue> combine = SingleValued.Contains(name)
                ? values => ScriptValues.ToJs(Combine(name, values))
                : values => new JsArray(host.Engine, values.Select(ScriptValues.ToJs).ToArray());
            add(name, 2, args => combine(Values(host, args, name)));
        }
    }

    /// <summary>
    /// What a single-valued helper makes of a field's series: the sum (0 when none), the average (null when none) or the
    /// last value as stored (null when none); values that are not numbers are skipped by the sum and average. One
    /// implementation for the engine's helpers and the native callbacks (<see cref="Compilation.NativeExpression"/>), so
    /// both give the same double to the bit.
    /// </summary>
    public static object? Combine(string helper, IReadOnlyList<object?> values)
    {
        if (helper is "lastMonth" or "lastQuarter") return values.Count == 0 ? null : values[^1];
        // A plain loop in series order, as Enumerable.Sum/Average add doubles (sequentially, from 0), without a list per call.
        var sum = 0d;
        var count = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (ScriptValues.Number(values[i]) is not { } v || double.IsNaN(v)) continue;
            sum += v;
            count++;
        }
        if (helper is "avgOfMonths" or "avgOfQuarters") return count == 0 ? null : sum / count;
        return sum;
    }

    /// <summary>The field's value for each of its periods within the report's period (its one value when kept per the report's period).</summary>
    public static IReadOnlyList<object?> Series(ScriptEntity entity, string field)
    {
        if (entity.FinerPeriods.TryGetValue(field, out var values)) return values;
        // Kept per the report's own period: the one value is the whole series (a 月报 may use the same helpers).
        return entity.Fields.TryGetValue(field, out var value) ? [value] : [];
    }

    /// <summary>The field's value for each of its periods within the report's period, from the entity the script passed.</summary>
    private static IReadOnlyList<object?> Values(ScriptHost host, JsValue[] args, string helper)
    {
        var entity = args.Length > 0 && args[0].IsObject() && args[0].AsObject().Get("id") is var id && id.IsString()
                     && Guid.TryParse(id.AsString(), out var guid) ? host.FindEntity(guid) : null;
        if (entity is null)
            throw new HelperMisuseException(new LocalizedText($"{helper}() 的第一个参数应为户、人员或村，如 {helper}(p, 'disability_subsidy_amount')",
                $"The first argument of {helper}() must be a household, person or the village, e.g. {helper}(p, 'disability_subsidy_amount')"));
        if (args.Length < 2 || !args[1].IsString())
            throw new HelperMisuseException(new LocalizedText($"{helper}() 的第二个参数应为字段名，如 {helper}(p, 'disability_subsidy_amount')",
                $"The second argument of {helper}() must be a field name, e.g. {helper}(p, 'disability_subsidy_amount')"));
        return Series(entity, args[1].AsString());
    }
}
