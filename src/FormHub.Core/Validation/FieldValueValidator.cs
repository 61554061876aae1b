using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Text;

namespace FormHub.Core.Validation;

/// <summary>
/// Turns a raw input (form text, imported cell, JSON from the API) into the canonical value of a catalog
/// field and applies the field's validation. Every message begins with the field's Chinese label in 「」
/// so a cadre filling a long form knows which input is wrong.
/// </summary>
/// <remarks>
/// Canonical types: Text, Enum, IdNumber, Phone, Uscc, OrgUnitRef, EntityRef → string; Int → long;
/// Decimal → decimal; Date → DateOnly; Bool → bool. Empty input (null, blank text, JSON null) → null.
/// </remarks>
public static class FieldValueValidator
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    // No thousands separators: invariant parsing would read "1,5" as 15.
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    // Patterns come from admin-authored YAML. They run on the non-backtracking engine (linear in the text, so no
    // pathological pattern can hang a save and no wall-clock timeout can refuse a valid value on a busy server); only a
    // pattern that engine cannot run (backreferences, lookarounds) falls back to backtracking under this timeout.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // Long option lists (e.g. 56 民族) would drown the message; show the first few.
    private const int MaxOptionsShown = 10;

    /// <summary>
    /// Checks <paramref name="raw"/> against <paramref name="field"/>. Accepts strings, integral and
    /// floating-point numbers, decimal, bool, DateOnly, DateTime, DateTimeOffset, Guid and
    /// <see cref="JsonElement"/>. <paramref name="today"/> bounds birth dates in ID numbers.
    /// </summary>
    public static FieldCheck Check(FieldDefinition field, object? raw, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(field);
        // A client that turned an ID number or code into a JSON number has already lost digits (beyond 2^53) or leading
        // zeros: refuse it rather than store what it became. Spreadsheet cells (CLR numbers) are still read as text.
        if (raw is JsonElement { ValueKind: JsonValueKind.Number } number && IsStoredAsText(field.Type))
            return Fail(field, $"应为文本（带引号的字符串），收到数字 {Display(number)}；号码和代码请按文本发送，以免丢失位数",
                $"must be text (a quoted string), got the number {Display(number)}; send numbers and codes as text so no digit is lost");
        if (raw is JsonElement { ValueKind: JsonValueKind.String } json && !CanReadString(json))
            return Wrap(field, new LocalizedText("含有不成对的代理字符，不是有效的 Unicode 文字，不能保存", "contains a lone surrogate, which is not valid Unicode text and cannot be stored"));
        var value = Unwrap(raw);
        if (value is null)
            return field.Validation.Required ? Fail(field, "为必填项", "is required") : FieldCheck.Ok(null);
        if (value is string s && TextSafety.Problem(s) is { } unsafeText) return Wrap(field, unsafeText);

        return field.Type switch
        {
            FieldType.Int => CheckInt(field, value),
            FieldType.Decimal => CheckDecimal(field, value),
            FieldType.Date => CheckDate(field, value),
            FieldType.Bool => CheckBool(field, value),
            _ => CheckText(field, value, today),
        };
    }

    /// <summary>System.Text.Json refuses to turn an escaped lone surrogate (<c>"\ud800"</c>) into a string.</summary>
    private static bool CanReadString(JsonElement json)
    {
        try
        {
            _ = json.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsStoredAsText(FieldType type) =>
        type is FieldType.Text or FieldType.Enum or FieldType.IdNumber or FieldType.Phone or FieldType.Uscc or FieldType.OrgUnitRef or FieldType.EntityRef;

    /// <summary>JSON becomes plain CLR values; text is trimmed and blank text counts as empty.</summary>
    private static object? Unwrap(object? raw) => raw switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        JsonElement e => e.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => Unwrap(e.GetString()),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when e.TryGetDecimal(out var d) => d,
            JsonValueKind.Number when e.TryGetDouble(out var x) => x,
            _ => e, // objects, arrays, huge numbers: each type rejects them, showing the raw JSON
        },
        _ => raw,
    };

    private static FieldCheck CheckInt(FieldDefinition field, object value)
    {
        if (!TryToDecimal(value, out var d) || d != decimal.Truncate(d) || d < long.MinValue || d > long.MaxValue)
            return Fail(field, $"应为整数，收到“{Display(value)}”", $"must be a whole number, got '{Display(value)}'");
        var n = (long)d;
        return CheckRange(field, d, n);
    }

    private static FieldCheck CheckDecimal(FieldDefinition field, object value)
    {
        if (!TryToDecimal(value, out var d))
            return Fail(field, $"应为数字，收到“{Display(value)}”", $"must be a number, got '{Display(value)}'");
        return CheckRange(field, d, d);
    }

    private static FieldCheck CheckRange(FieldDefinition field, decimal number, object canonical)
    {
        var rules = field.Validation;
        var unit = field.Unit ?? "";
        if (rules.Min is { } min && number < min)
            return Fail(field, $"不能小于{Show(min)}{unit}，收到{Show(number)}{unit}", $"must be at least {Show(min)}, got {Show(number)}");
        if (rules.Max is { } max && number > max)
            return Fail(field, $"不能大于{Show(max)}{unit}，收到{Show(number)}{unit}", $"must be at most {Show(max)}, got {Show(number)}");
        return FieldCheck.Ok(canonical);
    }

    private static FieldCheck CheckDate(FieldDefinition field, object value)
    {
        DateOnly? date = value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime), // the date as written, not converted to local time
            string s when DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            _ => null,
        };
        return date is { } ok
            ? FieldCheck.Ok(ok)
            : Fail(field, $"应为日期（如 2024-01-31），收到“{Display(value)}”", $"must be a date such as 2024-01-31, got '{Display(value)}'");
    }

    private static FieldCheck CheckBool(FieldDefinition field, object value)
    {
        bool? flag = value switch
        {
            bool b => b,
            string s => s.ToLowerInvariant() switch
            {
                "true" or "是" or "1" => true,
                "false" or "否" or "0" => false,
                _ => null,
            },
            _ when TryGetIntegral(value, out var n) && n is 0 or 1 => n == 1,
            decimal d when d is 0m or 1m => d == 1m,
            _ => null,
        };
        return flag is { } ok
            ? FieldCheck.Ok(ok)
            : Fail(field, $"应为“是”或“否”，收到“{Display(value)}”", $"must be yes or no, got '{Display(value)}'");
    }

    /// <summary>Text and every string-stored type: type-specific check, then length and pattern on the normalised text.</summary>
    private static FieldCheck CheckText(FieldDefinition field, object value, DateOnly today)
    {
        if (!TryToText(value, out var text))
            return Fail(field, $"应为文本，收到“{Display(value)}”", $"must be text, got '{Display(value)}'");

        string canonical;
        switch (field.Type)
        {
            case FieldType.Enum:
                if (field.Options.Count > 0 && !field.Options.Contains(text, StringComparer.Ordinal))
                    return Fail(field, $"只能是：{ShowOptions(field.Options, "、", "等{0}项")}，收到“{Display(text)}”",
                        $"must be one of: {ShowOptions(field.Options, ", ", "… ({0} in all)")}; got '{Display(text)}'");
                canonical = text;
                break;
            case FieldType.IdNumber:
                var id = ChineseIdNumber.Validate(text, today);
                if (!id.IsValid) return Wrap(field, id.Error);
                canonical = id.Value!.Value;
                break;
            case FieldType.Phone:
                var phone = MobileNumber.Validate(text);
                if (!phone.IsValid) return Wrap(field, phone.Error);
                canonical = phone.Value!.Value;
                break;
            case FieldType.Uscc:
                var uscc = SocialCreditCode.Validate(text);
                if (!uscc.IsValid) return Wrap(field, uscc.Error);
                canonical = uscc.Value!.Value;
                break;
            case FieldType.OrgUnitRef:
                if (!RegionCode.TryParse(text, out var code, out var codeError)) return Wrap(field, codeError);
                canonical = code.Value;
                break;
            case FieldType.EntityRef:
                if (!Guid.TryParse(text, out var guid))
                    return Fail(field, $"应为实体编号（GUID），收到“{Display(text)}”", $"must be an entity id (GUID), got '{Display(text)}'");
                canonical = guid.ToString("D");
                break;
            default:
                canonical = text;
                break;
        }

        return CheckLengthAndPattern(field, canonical);
    }

    private static FieldCheck CheckLengthAndPattern(FieldDefinition field, string text)
    {
        var rules = field.Validation;
        if (rules.MinLength is not null || rules.MaxLength is not null)
        {
            // Count what a reader sees as characters: rare name characters (e.g. 𠇔) are surrogate pairs.
            var length = new StringInfo(text).LengthInTextElements;
            if (rules.MinLength is { } minLength && length < minLength)
                return Fail(field, $"至少应有{minLength}个字，当前为{length}个字", $"must have at least {minLength} characters, it has {length}");
            if (rules.MaxLength is { } maxLength && length > maxLength)
                return Fail(field, $"不能超过{maxLength}个字，当前为{length}个字", $"must have at most {maxLength} characters, it has {length}");
        }

        if (rules.Pattern is { } pattern && !FullMatch(field, pattern, text))
        {
            var custom = rules.PatternMessage;
            return custom is null
                ? Fail(field, $"格式不正确，收到“{Display(text)}”", $"is not in the expected format, got '{Display(text)}'")
                : FieldCheck.Fail(new LocalizedText(
                    custom.Contains(field.LabelZh, StringComparison.Ordinal) ? custom : $"「{field.LabelZh}」：{custom}",
                    $"'{field.LabelEn}' is not in the expected format, got '{Display(text)}'"));
        }

        return FieldCheck.Ok(text);
    }

    private static bool FullMatch(FieldDefinition field, string pattern, string text)
    {
        Regex regex;
        try
        {
            regex = PatternOf(pattern);
        }
        catch (ArgumentException e)
        {
            // A catalog defect, not the cadre's: the catalog loader should have refused it.
            throw new InvalidOperationException(
                $"Field {field.Key} ({field.SourceFile}:{field.SourceLine}) has an invalid pattern '{pattern}': {e.Message}", e);
        }

        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // treat as no match rather than hang or crash the save
        }
    }

    /// <summary>The compiled whole-text match for a catalog pattern, cached per pattern.</summary>
    private static Regex PatternOf(string pattern) => Patterns.GetOrAdd(pattern, p =>
    {
        var whole = @"\A(?:" + p + @")\z";
        try
        {
            return new Regex(whole, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(whole, RegexOptions.CultureInvariant, PatternTimeout);
        }
    });

    private static bool TryToDecimal(object value, out decimal number)
    {
        if (TryGetIntegral(value, out var n))
        {
            number = n;
            return true;
        }

        switch (value)
        {
            case decimal d:
                number = d;
                return true;
            case double or float:
                var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(x) && Math.Abs(x) < 7.9e28)
                {
                    number = (decimal)x;
                    return true;
                }
                break;
            case string s:
                return decimal.TryParse(s, NumberStyle, CultureInfo.InvariantCulture, out number);
        }

        number = 0;
        return false;
    }

    private static bool TryGetIntegral(object value, out long number)
    {
        switch (value)
        {
            case long l: number = l; return true;
            case int i: number = i; return true;
            case short s: number = s; return true;
            case sbyte sb: number = sb; return true;
            case byte b: number = b; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul when ul <= long.MaxValue: number = (long)ul; return true;
            default: number = 0; return false;
        }
    }

    private static bool TryToText(object value, out string text)
    {
        switch (value)
        {
            case string s:
                text = s;
                return true;
            case decimal d:
                text = d.ToString(CultureInfo.InvariantCulture);
                return true;
            case Guid g:
                text = g.ToString("D");
                return true;
            // A spreadsheet may hand over a house number or code as a double; beyond 2^53 digits were already lost.
            case double or float:
                var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(x) && x == Math.Floor(x) && Math.Abs(x) <= 9007199254740992d)
                {
                    text = ((long)x).ToString(CultureInfo.InvariantCulture);
                    return true;
                }
                break;
        }

        if (TryGetIntegral(value, out var n))
        {
            text = n.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        text = "";
        return false;
    }

    private static string ShowOptions(IReadOnlyList<string> options, string separator, string moreFormat) =>
        options.Count <= MaxOptionsShown
            ? string.Join(separator, options)
            : string.Join(separator, options.Take(MaxOptionsShown)) + string.Format(CultureInfo.InvariantCulture, moreFormat, options.Count);

    private static string Show(decimal number) => number.ToString("G29", CultureInfo.InvariantCulture);

    /// <summary>The rejected input as it appears in a message; long input is cut so the message stays readable.</summary>
    private static string Display(object value)
    {
        var text = value switch
        {
            string s => s,
            JsonElement e => e.GetRawText(),
            bool b => b ? "true" : "false",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double x => x.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    private static FieldCheck Fail(FieldDefinition field, string zh, string en) =>
        FieldCheck.Fail(new LocalizedText($"「{field.LabelZh}」{zh}", $"'{field.LabelEn}' {en}"));

    /// <summary>Prefixes a type validator's message with the field label.</summary>
    private static FieldCheck Wrap(FieldDefinition field, LocalizedText inner) =>
        FieldCheck.Fail(new LocalizedText($"「{field.LabelZh}」：{inner.Zh}", $"'{field.LabelEn}': {inner.En}"));
}
