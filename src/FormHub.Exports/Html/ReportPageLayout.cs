namespace FormHub.Exports.Html;

/// <summary>
/// The paper a printed report takes: A4, turned to landscape when the table is too wide to read upright. One rule for the
/// HTML's <c>@page</c> and for the PDF printer, so a browser's own print and the exported PDF agree.
/// </summary>
public static class ReportPageLayout
{
    /// <summary>Report columns (besides the unit name) that still fit an upright A4 page at the report's type size.</summary>
    public const int MaxPortraitColumns = 8;

    /// <summary>True when the report has more than <see cref="MaxPortraitColumns"/> columns: print it A4 landscape.</summary>
    public static bool IsLandscape(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns.Count > MaxPortraitColumns;
    }

    /// <summary>
    /// The font stack of every printed report: a TrueType CJK font first, because Chromium embeds TrueType outlines as a
    /// named CID font (pdffonts lists it, copy and search work everywhere), whereas Noto CJK's CFF outlines come out as
    /// unnamed Type 3 fonts; Noto Sans CJK SC covers machines without WenQuanYi.
    /// </summary>
    public const string FontFamily = "\"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", sans-serif";

    /// <summary>
    /// The font stack of bold runs (title, header, 小计, 合计, marks): FormHub Sans CJK SC Bold, Noto Sans CJK SC Bold with
    /// TrueType outlines made by scripts/make-bold-cjk-font.py (installed by scripts/install-test-tools.sh and the
    /// Dockerfile), so bold Chinese is a real bold face embedded as a named CID font. WenQuanYi has no bold: without the
    /// font, Chromium falls back to synthetic bold, drawn as unnamed Type 3 glyphs.
    /// </summary>
    public const string BoldFontFamily = "\"FormHub Sans CJK SC\", " + FontFamily;
}
