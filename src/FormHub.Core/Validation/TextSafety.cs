using FormHub.Core.Text;

namespace FormHub.Core.Validation;

/// <summary>
/// Text every layer can store and show: no NUL (PostgreSQL refuses it in text and jsonb, SQLite cuts strings at it, and a
/// browser hides it) and no lone UTF-16 surrogate (it has no UTF-8 form, so no database, JSON writer or page can hold it).
/// Checked once for every string a request or an import brings in, before anything is stored.
/// </summary>
public static class TextSafety
{
    /// <summary>Why <paramref name="text"/> cannot be stored, or null when it can.</summary>
    public static LocalizedText? Problem(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
                return new LocalizedText($"第{i + 1}个字符是空字符（U+0000），不能保存", $"character {i + 1} is a NUL (U+0000), which cannot be stored");
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                return new LocalizedText($"第{i + 1}个字符是不成对的代理字符（U+{(int)c:X4}），不是有效的 Unicode 文字，不能保存",
                    $"character {i + 1} is a lone surrogate (U+{(int)c:X4}), not valid Unicode text, and cannot be stored");
        }
        return null;
    }

    /// <summary>True when <paramref name="text"/> can be stored as it is.</summary>
    public static bool IsSafe(ReadOnlySpan<char> text) => Problem(text) is null;
}
