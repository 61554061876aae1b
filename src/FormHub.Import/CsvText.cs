using System.Text;

namespace FormHub.Import;

/// <summary>Decodes CSV bytes (UTF-8 with or without BOM, or GBK/GB18030) and splits them into rows (RFC 4180 quoting).</summary>
public static class CsvText
{
    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030 from the code-pages provider (not built into .NET); registering is idempotent.</summary>
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>The text of <paramref name="bytes"/> and the name of the encoding used.</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes, CsvEncoding choice)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var body = bom ? bytes.AsSpan(3) : bytes.AsSpan();
        var utf8 = choice switch
        {
            CsvEncoding.Utf8 => true,
            CsvEncoding.Gb18030 => false,
            // A GBK file of Chinese text is almost never valid UTF-8 (its lead bytes 0x81–0xFE pair with 0x40–0xFE), so
            // a strict UTF-8 decode that succeeds is a reliable sign; a charset guesser adds nothing for these two.
            _ => bom || IsValidUtf8(body),
        };
        return utf8 ? (Encoding.UTF8.GetString(body), "UTF-8") : (Gb18030.GetString(body), "GB18030");
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Splits CSV text into rows of cells; a quoted cell may hold commas, quotes ("") and line breaks.</summary>
    public static List<string?[]> Split(string text)
    {
        var rows = new List<string?[]>();
        var row = new List<string?>();
        var cell = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; continue; }
                cell.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' or '\n':
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(row.ToArray());
                    row.Clear();
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                default:
                    cell.Append(c);
                    break;
            }

            i++;
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row.ToArray());
        }

        return rows;
    }
}
