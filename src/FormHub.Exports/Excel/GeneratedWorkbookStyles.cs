using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>
/// The fixed stylesheet of a generated workbook and the index of each cell format in it. Every body cell format is
/// one of (plain | bold subtotal/total) × (no fill | failing-check highlight) × (text | number with 0–6 decimals), so
/// the writer picks an index by arithmetic instead of looking styles up per cell.
/// </summary>
internal static class GeneratedWorkbookStyles
{
    public const uint Title = 1, UnitLine = 2, PeriodLine = 3, Header = 4, Note = 5, Signature = 6;

    private const uint FirstBody = 7;
    private const uint BodyPerEmphasis = 1 + ExcelNumber.MaxDigits + 1; // text, then 0..MaxDigits decimals

    /// <summary>Song typeface (宋体), as Chinese government forms print.</summary>
    private const string FontName = "宋体";

    /// <summary>The light fill of rows that fail a template check (the report view highlights them the same way).</summary>
    public const string HighlightRgb = "FFFCE4D6";

    /// <summary>A body cell: <paramref name="digits"/> null for text (names, 是/否), else the number's decimals.</summary>
    public static uint Body(bool bold, bool highlight, int? digits)
    {
        var emphasis = (bold ? 1u : 0u) + (highlight ? 2u : 0u);
        var kind = digits is int d ? 1u + (uint)Math.Clamp(d, 0, ExcelNumber.MaxDigits) : 0u;
        return FirstBody + emphasis * BodyPerEmphasis + kind;
    }

    /// <summary>Built-in #,##0 (3) and #,##0.00 (4); custom formats from 164 for the other digit counts.</summary>
    public static uint NumberFormatId(int digits) => digits switch
    {
        0 => 3,
        2 => 4,
        1 => 164,
        _ => 162 + (uint)digits, // 3 → 165 … 6 → 168
    };

    public static Stylesheet Build()
    {
        var numberFormats = new NumberingFormats();
        for (var d = 1; d <= ExcelNumber.MaxDigits; d++)
            if (d != 2) numberFormats.Append(new NumberingFormat { NumberFormatId = NumberFormatId(d), FormatCode = ExcelNumber.FormatCode(d) });
        numberFormats.Count = (uint)numberFormats.ChildElements.Count;

        // Fonts: 0 normal, 1 title, 2 bold (header, subtotals, total).
        var fonts = new Fonts(Font(11, false), Font(16, true), Font(11, true)) { Count = 3 };
        // Fills: 0 and 1 are required by Excel (none, gray125); 2 header, 3 failing-check highlight.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFF2F2F2"),
            Solid(HighlightRgb))
        { Count = 4 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };

        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(0, 1, 0, 0, HorizontalAlignmentValues.Center, wrap: false),   // Title
            Format(0, 0, 0, 0, HorizontalAlignmentValues.Left, wrap: false),     // UnitLine
            Format(0, 0, 0, 0, HorizontalAlignmentValues.Right, wrap: false),    // PeriodLine
            Format(0, 2, 2, 1, HorizontalAlignmentValues.Center, wrap: true),    // Header
            Format(0, 0, 0, 0, HorizontalAlignmentValues.Left, wrap: true),      // Note
            Format(0, 0, 0, 0, HorizontalAlignmentValues.Left, wrap: false));    // Signature
        for (var emphasis = 0; emphasis < 4; emphasis++)
        {
            var font = (emphasis & 1) != 0 ? 2u : 0u;
            var fill = (emphasis & 2) != 0 ? 3u : 0u;
            formats.Append(Format(0, font, fill, 1, HorizontalAlignmentValues.Left, wrap: false));
            for (var d = 0; d <= ExcelNumber.MaxDigits; d++)
                formats.Append(Format(NumberFormatId(d), font, fill, 1, HorizontalAlignmentValues.Right, wrap: false));
        }
        formats.Count = (uint)formats.ChildElements.Count;

        return new Stylesheet(
            numberFormats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontCharSet { Val = 134 }); // 134 = GB2312
        return font;
    }

    private static Fill Solid(string rgb) => new(new PatternFill(
        new ForegroundColor { Rgb = HexBinaryValue.FromString(rgb) }, new BackgroundColor { Indexed = 64 })
    { PatternType = PatternValues.Solid });

    private static T Thin<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };

    private static CellFormat Format(uint numberFormat, uint font, uint fill, uint border, HorizontalAlignmentValues horizontal, bool wrap) =>
        new(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyAlignment = true,
        };
}
