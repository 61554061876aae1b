using System.Globalization;
using FormHub.Core.Text;

namespace FormHub.Core.Validation;

/// <summary>
/// An 18-character 居民身份证号码 (GB 11643): 6-digit address code, 8-digit birth date, 3-digit sequence
/// (odd = male), and an ISO 7064 MOD 11-2 check character (0–9 or X). Birth date and gender are derived
/// from it, never asked for separately.
/// </summary>
/// <param name="Value">The 18 characters, with a final X in upper case.</param>
/// <param name="BirthDate">Digits 7–14.</param>
/// <param name="Gender">From digit 17.</param>
public sealed record ChineseIdNumber(string Value, DateOnly BirthDate, Gender Gender)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// Checks an ID number as typed: surrounding spaces are ignored and a lower-case x is accepted.
    /// Birth dates before 1900 or after <paramref name="today"/> are rejected.
    /// </summary>
    public static ValidationResult<ChineseIdNumber> Validate(string? input, DateOnly today)
    {
        var s = (input ?? "").Trim().ToUpperInvariant();
        if (s.Length == 0)
            return Fail("身份证号为空", "ID number is empty");
        if (s.Length != 18)
            return Fail($"身份证号应为18位，当前为{s.Length}位", $"ID number must have 18 characters, it has {s.Length}");

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
                return Fail($"身份证号第{i + 1}位“{s[i]}”应为数字", $"ID number character {i + 1} ('{s[i]}') must be a digit");
        }
        if (!char.IsAsciiDigit(s[17]) && s[17] != 'X')
            return Fail($"身份证号第18位“{s[17]}”应为数字或X", $"ID number character 18 ('{s[17]}') must be a digit or X");

        // The address code begins with the province (GB/T 2260); 00…, 99… (and so 000000, 999999) name no place.
        if (!IsProvinceCode(s.AsSpan(0, 2)))
            return Fail($"身份证号前两位“{s[..2]}”不是有效的省级行政区划代码（如 11 北京、36 江西）",
                $"ID number digits 1–2 ('{s[..2]}') are not a province code (such as 11 Beijing, 36 Jiangxi)");

        int year = int.Parse(s.AsSpan(6, 4), CultureInfo.InvariantCulture);
        int month = int.Parse(s.AsSpan(10, 2), CultureInfo.InvariantCulture);
        int day = int.Parse(s.AsSpan(12, 2), CultureInfo.InvariantCulture);
        var written = $"{year}年{month}月{day}日";
        var writtenEn = $"{year}-{month:00}-{day:00}";
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
            return Fail($"身份证号中的出生日期 {written} 不存在", $"The birth date {writtenEn} in the ID number does not exist");
        var birth = new DateOnly(year, month, day);
        if (year < 1900)
            return Fail($"身份证号中的出生日期 {written} 早于1900年", $"The birth date {writtenEn} in the ID number is before 1900");
        if (birth > today)
            return Fail($"身份证号中的出生日期 {written} 晚于今天", $"The birth date {writtenEn} in the ID number is later than today");

        var expected = ComputeCheckCharacter(s.AsSpan(0, 17));
        if (s[17] != expected)
            return Fail($"身份证号校验位错误，应为 {expected}", $"ID number check digit is wrong; it should be {expected}");

        var gender = (s[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        return ValidationResult<ChineseIdNumber>.Ok(new ChineseIdNumber(s, birth, gender));
    }

    /// <summary>
    /// The province-level codes of GB/T 2260 (and 71 台湾, 81 香港, 82 澳门, which issue or appear in mainland numbers).
    /// </summary>
    public static bool IsProvinceCode(ReadOnlySpan<char> twoDigits)
    {
        if (twoDigits.Length != 2 || !char.IsAsciiDigit(twoDigits[0]) || !char.IsAsciiDigit(twoDigits[1])) return false;
        var code = (twoDigits[0] - '0') * 10 + (twoDigits[1] - '0');
        return code is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46) or (>= 50 and <= 54)
            or (>= 61 and <= 65) or 71 or 81 or 82;
    }

    /// <summary>The ISO 7064 MOD 11-2 check character (0–9 or X) for the first 17 digits.</summary>
    /// <exception cref="ArgumentException">When the input is not exactly 17 ASCII digits.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
            throw new ArgumentException($"Expected 17 digits, got {first17.Length} characters.", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
                throw new ArgumentException($"Character {i + 1} ('{first17[i]}') is not a digit.", nameof(first17));
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>
    /// Age in full years on <paramref name="date"/>. Someone born on 29 February turns a year older on
    /// 1 March in non-leap years (the usual reading for 周岁).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="date"/> is before the birth date.</exception>
    public int AgeAt(DateOnly date)
    {
        if (date < BirthDate)
            throw new ArgumentOutOfRangeException(nameof(date), date, $"{date:yyyy-MM-dd} is before the birth date {BirthDate:yyyy-MM-dd}.");
        var age = date.Year - BirthDate.Year;
        var birthdayThisYear = BirthDate is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(date.Year)
            ? new DateOnly(date.Year, 3, 1)
            : new DateOnly(date.Year, BirthDate.Month, BirthDate.Day);
        return date < birthdayThisYear ? age - 1 : age;
    }

    /// <summary>
    /// Masks an ID number for viewers outside the capture scope: the first 6 and last 4 characters stay,
    /// the rest become '*' (110105********123X). Anything that is not 18 characters is masked entirely,
    /// so a malformed number never leaks.
    /// </summary>
    public static string Mask(string idNumber)
    {
        var s = (idNumber ?? "").Trim();
        return s.Length == 18 ? string.Concat(s.AsSpan(0, 6), new string('*', 8), s.AsSpan(14, 4)) : new string('*', s.Length);
    }

    /// <summary>The number itself, so interpolating it in messages reads naturally.</summary>
    public override string ToString() => Value;

    private static ValidationResult<ChineseIdNumber> Fail(string zh, string en) =>
        ValidationResult<ChineseIdNumber>.Fail(new LocalizedText(zh, en));
}
