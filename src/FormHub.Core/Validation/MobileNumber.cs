using System.Text;
using FormHub.Core.Text;

namespace FormHub.Core.Validation;

/// <summary>A mainland China mobile number: 11 digits, starting 13–19.</summary>
/// <param name="Value">The 11 digits, without country code or separators.</param>
public sealed record MobileNumber(string Value)
{
    /// <summary>
    /// Checks a number as typed. Spaces and dashes are ignored (people write 138 0013 8000 or 138-0013-8000),
    /// and a leading +86 or 86 country code is dropped.
    /// </summary>
    public static ValidationResult<MobileNumber> Validate(string? input)
    {
        var s = Normalize(input);
        if (s.Length == 0)
            return Fail("手机号为空", "Mobile number is empty");
        if (s.Length != 11 || s[0] != '1' || !s.All(char.IsAsciiDigit))
            return Fail($"手机号应为11位数字，以1开头，收到“{input!.Trim()}”",
                $"Mobile number must be 11 digits starting with 1, got '{input!.Trim()}'");
        if (s[1] is < '3' or > '9')
            return Fail($"手机号第2位应为3–9，收到“{s}”", $"The second digit of a mobile number must be 3–9, got '{s}'");
        return ValidationResult<MobileNumber>.Ok(new MobileNumber(s));
    }

    /// <summary>
    /// Masks a mobile number for viewers outside the capture scope: 138****1234. Input that is not a valid
    /// mobile number is masked entirely, so it never leaks.
    /// </summary>
    public static string Mask(string mobile)
    {
        var result = Validate(mobile);
        if (!result.IsValid) return new string('*', (mobile ?? "").Trim().Length);
        var s = result.Value!.Value;
        return string.Concat(s.AsSpan(0, 3), "****", s.AsSpan(7, 4));
    }

    /// <summary>The 11 digits.</summary>
    public override string ToString() => Value;

    private static string Normalize(string? input)
    {
        var sb = new StringBuilder(input?.Length ?? 0);
        foreach (var c in input ?? "")
        {
            if (!char.IsWhiteSpace(c) && c != '-') sb.Append(c);
        }
        var s = sb.ToString();
        if (s.StartsWith("+86", StringComparison.Ordinal)) return s[3..];
        // A bare 86 is a country code only when 11 digits follow; 11-digit numbers never start with 86.
        if (s.Length == 13 && s.StartsWith("86", StringComparison.Ordinal)) return s[2..];
        return s;
    }

    private static ValidationResult<MobileNumber> Fail(string zh, string en) =>
        ValidationResult<MobileNumber>.Fail(new LocalizedText(zh, en));
}
