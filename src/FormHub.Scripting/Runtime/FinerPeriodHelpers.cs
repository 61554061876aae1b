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

    public static void Register(ScriptHost host, Action<string, int, Func<JsValue[], JsValue>> add)
    {
        foreach (var (name, _) in Names)
        {
            Func<IReadOnlyList<object?>, JsValue> combine = name switch
            {
                "sumOfMonths" or "sumOfQuarters" => values => JsNumber.Create(Numbers(values).Sum()),
                "avgOfMonths" or "avgOfQuarters" => values => Numbers(values) is { Count: > 0 } n ? JsNumber.Create(n.Average()) : JsValue.Null,
                "lastMonth" or "lastQuarter" => values => values.Count == 0 ? JsValue.Null : ScriptValues.ToJs(values[^1]),
                _ => values => new JsArray(host.Engine, values.Select(ScriptValues.ToJs).ToArray()),
            };
            add(name, 2, args => combine(Values(host, args, name)));
        }
    }

    private static List<double> Numbers(IReadOnlyList<object?> values) =>
        values.Select(ScriptValues.Number).OfType<double>().Where(v => !double.IsNaN(v)).ToList();

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
        var field = args[1].AsString();
        if (entity.FinerPeriods.TryGetValue(field, out var values)) return values;
        // Kept per the report's own period: the one value is the whole series (a 月报 may use the same helpers).
        return entity.Fields.TryGetValue(field, out var value) ? [value] : [];
    }
}
