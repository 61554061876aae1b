using FormHub.Core.Text;

namespace FormHub.Core.Validation;

/// <summary>
/// An 18-character 统一社会信用代码 (GB 32100): 17 characters plus a check character, all from
/// 0–9 and A–Z without I, O, S, V, Z (too easily confused with 1, 0, 5, U, 2).
/// </summary>
/// <param name="Value">The 18 characters in upper case.</param>
public sealed record SocialCreditCode(string Value)
{
    /// <summary>The 31 allowed characters; a character's index is its numeric value.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const string RegistrationAuthorities = "123456789ANY";

    /// <summary>w_i = 3^(i-1) mod 31 for i = 1..17.</summary>
    private static readonly int[] Weights = ComputeWeights();

    /// <summary>Checks a code as typed: surrounding spaces are ignored and lower-case letters accepted.</summary>
    public static ValidationResult<SocialCreditCode> Validate(string? input)
    {
        var s = (input ?? "").Trim().ToUpperInvariant();
        if (s.Length == 0)
            return Fail("统一社会信用代码为空", "Unified social credit code is empty");
        if (s.Length != 18)
            return Fail($"统一社会信用代码应为18位，当前为{s.Length}位",
                $"Unified social credit code must have 18 characters, it has {s.Length}");

        for (var i = 0; i < s.Length; i++)
        {
            if (Alphabet.IndexOf(s[i]) < 0)
                return Fail($"统一社会信用代码第{i + 1}位“{s[i]}”不是合法字符（只用数字和除I、O、S、V、Z外的大写字母）",
                    $"Unified social credit code character {i + 1} ('{s[i]}') is not allowed (digits and capital letters except I, O, S, V, Z)");
        }

        // Character 1 is the registering authority (1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管/工商,
        // A 中央军委改革和编制办公室, N 农业农村, Y 其他); 0 and the rest name none, so 000000000000000000 is no code at all.
        if (RegistrationAuthorities.IndexOf(s[0]) < 0)
            return Fail($"统一社会信用代码第1位“{s[0]}”不是登记管理部门代码（应为1–9、A、N或Y）",
                $"Unified social credit code character 1 ('{s[0]}') is not a registering authority (1–9, A, N or Y)");
        // Characters 3–8 are the registering office's 6-digit administrative division code.
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
                return Fail($"统一社会信用代码第3–8位应为登记管理机关的行政区划码（6位数字），第{i + 1}位是“{s[i]}”",
                    $"Unified social credit code characters 3–8 are the registering office's division code (6 digits); character {i + 1} is '{s[i]}'");
        }
        if (s[2] != '1' || s[3] != '0') // 100000: registered by a national authority
        {
            if (!ChineseIdNumber.IsProvinceCode(s.AsSpan(2, 2)))
                return Fail($"统一社会信用代码第3–4位“{s.Substring(2, 2)}”不是有效的省级行政区划代码",
                    $"Unified social credit code characters 3–4 ('{s.Substring(2, 2)}') are not a province code");
        }

        var expected = ComputeCheckCharacter(s.AsSpan(0, 17));
        if (s[17] != expected)
            return Fail($"统一社会信用代码校验位错误，应为 {expected}",
                $"Unified social credit code check character is wrong; it should be {expected}");

        return ValidationResult<SocialCreditCode>.Ok(new SocialCreditCode(s));
    }

    /// <summary>The check character for the first 17 characters (upper case, from the allowed set).</summary>
    /// <exception cref="ArgumentException">When the input is not 17 allowed characters.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
            throw new ArgumentException($"Expected 17 characters, got {first17.Length}.", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
                throw new ArgumentException($"Character {i + 1} ('{first17[i]}') is not allowed in a USCC.", nameof(first17));
            sum += value * Weights[i];
        }
        var check = 31 - sum % 31;
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The code itself.</summary>
    public override string ToString() => Value;

    private static int[] ComputeWeights()
    {
        var weights = new int[17];
        var w = 1;
        for (var i = 0; i < 17; i++, w = w * 3 % 31) weights[i] = w;
        return weights;
    }

    private static ValidationResult<SocialCreditCode> Fail(string zh, string en) =>
        ValidationResult<SocialCreditCode>.Fail(new LocalizedText(zh, en));
}
