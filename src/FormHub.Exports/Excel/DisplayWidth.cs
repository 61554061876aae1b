namespace FormHub.Exports.Excel;

/// <summary>
/// How wide text prints, in Excel column-width units (the width of one "0"): CJK and other full-width characters take
/// two, everything else one. Excel does not size columns when it opens a file, so the writer has to.
/// </summary>
internal static class DisplayWidth
{
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var width = 0;
        foreach (var ch in text)
        {
            // A surrogate pair is a CJK extension character in practice: count its high half as two, its low half as none.
            if (char.IsLowSurrogate(ch)) continue;
            width += char.IsHighSurrogate(ch) || IsWide(ch) ? 2 : 1;
        }
        return width;
    }

    private static bool IsWide(char ch) =>
        ch is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';
}
