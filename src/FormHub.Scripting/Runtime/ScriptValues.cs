using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace FormHub.Scripting.Runtime;

/// <summary>Conversions between canonical field values and JavaScript values.</summary>
internal static class ScriptValues
{
    /// <summary>A canonical value as a JavaScript primitive. Primitives belong to no engine, so they may be cached and shared.</summary>
    public static JsValue ToJs(object? value) => value switch
    {
        null => JsValue.Null,
        string s => s,
        bool b => b ? JsBoolean.True : JsBoolean.False,
        long l => JsNumber.Create(l),
        int i => JsNumber.Create(i),
        decimal d => JsNumber.Create((double)d),
        double d => JsNumber.Create(d),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A script result as a cell value: numbers become decimal; NaN and infinities become null (an empty cell).</summary>
    public static object? FromJs(JsValue value)
    {
        switch (value.Type)
        {
            case Types.Number:
                var n = value.AsNumber();
                return double.IsNaN(n) || double.IsInfinity(n) ? null : (object)RoundTrip(n);
            case Types.String: return value.AsString();
            case Types.Boolean: return value.AsBoolean();
            case Types.Null:
            case Types.Undefined:
            case Types.Empty:
                return null;
            default:
                return value.ToString();
        }
    }

    /// <summary>Turns a double back into the decimal it was meant to be (0.1 + 0.2 → 0.3), keeping 10 significant places.</summary>
    public static decimal RoundTrip(double n) =>
        Math.Abs(n) >= 7.9e27 ? (n > 0 ? decimal.MaxValue : decimal.MinValue) : Math.Round((decimal)n, 10, MidpointRounding.AwayFromZero);

    /// <summary>A field value as a number for sums and comparisons; null when it is not numeric.</summary>
    public static double? Number(object? value) => value switch
    {
        long l => l,
        int i => i,
        decimal d => (double)d,
        double d => d,
        bool b => b ? 1 : 0,
        _ => null,
    };

    public static double? Number(JsValue value) => value.Type switch
    {
        Types.Number => value.AsNumber(),
        Types.Boolean => value.AsBoolean() ? 1 : 0,
        _ => null,
    };

    /// <summary>Equality between a stored value and a filter value, as a cadre means it (2 equals 2.0, "2" equals 2).</summary>
    public static bool Matches(object? stored, JsValue wanted)
    {
        if (wanted.IsNull() || wanted.IsUndefined()) return stored is null;
        if (stored is null) return false;
        if (wanted.IsBoolean()) return stored is bool b && b == wanted.AsBoolean();
        if (wanted.IsNumber())
        {
            var n = Number(stored) ?? (stored is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null);
            return n is not null && Math.Abs(n.Value - wanted.AsNumber()) < 1e-9;
        }
        var text = TypeConverter.ToString(wanted);
        return stored switch
        {
            string s => s == text,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == text,
            _ => Convert.ToString(stored, CultureInfo.InvariantCulture) == text,
        };
    }

    /// <summary>
    /// <see cref="Matches"/> with the filter value worked out once: a filter runs over every entity of a village, and
    /// converting the same JavaScript value for each of them was most of a native filter's time.
    /// </summary>
    public static Func<object?, bool> Matcher(JsValue wanted)
    {
        if (wanted.IsNull() || wanted.IsUndefined()) return static stored => stored is null;
        if (wanted.IsBoolean())
        {
            var b = wanted.AsBoolean();
            return stored => stored is bool s && s == b;
        }
        if (wanted.IsNumber())
        {
            var n = wanted.AsNumber();
            return stored => stored is not null
                && (Number(stored) ?? (stored is string s && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null)) is { } v
                && Math.Abs(v - n) < 1e-9;
        }
        var text = TypeConverter.ToString(wanted);
        return stored => stored switch
        {
            null => false,
            string s => s == text,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == text,
            _ => Convert.ToString(stored, CultureInfo.InvariantCulture) == text,
        };
    }

    /// <summary><see cref="Compare"/> with the bound worked out once (see <see cref="Matcher"/>).</summary>
    public static Func<object?, int?> Comparer(JsValue bound)
    {
        if (bound.IsNumber())
        {
            var n = bound.AsNumber();
            return stored => stored is null ? null : Number(stored) is { } v ? v.CompareTo(n) : null;
        }
        var text = TypeConverter.ToString(bound);
        return stored => stored is null ? null
            : string.CompareOrdinal(stored is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Convert.ToString(stored, CultureInfo.InvariantCulture), text);
    }

    /// <summary>Ordering for min/max/comparison filters: numbers as numbers, dates and text as text.</summary>
    public static int? Compare(object? stored, JsValue bound)
    {
        if (stored is null) return null;
        if (bound.IsNumber()) return Number(stored) is { } n ? n.CompareTo(bound.AsNumber()) : null;
        var s = stored is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Convert.ToString(stored, CultureInfo.InvariantCulture);
        return string.CompareOrdinal(s, TypeConverter.ToString(bound));
    }
}
