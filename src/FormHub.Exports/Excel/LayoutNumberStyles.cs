using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>
/// Number formats for the figures filled into a layout. Where the layout's cell format leaves the number format at
/// General, a copy of that cell format with the column's format (#,##0, #,##0.00 …) is added, so 12345.5 元 shows as
/// 12,345.50 while font, borders, fill and alignment stay the layout's own. A number format the layout chose is kept.
/// </summary>
internal sealed class LayoutNumberStyles
{
    private readonly Stylesheet? _stylesheet;
    private readonly List<CellFormat> _formats;
    private readonly Dictionary<(uint Style, int Digits), uint> _added = [];
    private readonly Dictionary<int, uint> _formatIds = [];

    /// <param name="stylesheet">A copy of the layout's stylesheet (changed in place), or null when it has none.</param>
    public LayoutNumberStyles(Stylesheet? stylesheet)
    {
        _stylesheet = stylesheet;
        _formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
    }

    public bool Changed => _added.Count > 0;

    public Stylesheet? Stylesheet => _stylesheet;

    /// <summary>The cell format to use for a number with <paramref name="digits"/> decimals in a cell styled <paramref name="style"/>.</summary>
    public uint? For(uint? style, int digits)
    {
        var index = style ?? 0;
        if (_stylesheet?.CellFormats is null || index >= _formats.Count) return style;
        if ((_formats[(int)index].NumberFormatId?.Value ?? 0) != 0) return style;
        if (_added.TryGetValue((index, digits), out var existing)) return existing;

        var copy = (CellFormat)_formats[(int)index].CloneNode(true);
        copy.NumberFormatId = FormatId(digits);
        copy.ApplyNumberFormat = true;
        _stylesheet.CellFormats.Append(copy);
        _formats.Add(copy);
        _stylesheet.CellFormats.Count = (uint)_formats.Count;
        var added = (uint)(_formats.Count - 1);
        _added[(index, digits)] = added;
        return added;
    }

    /// <summary>Built-in 3 (#,##0) and 4 (#,##0.00); other digit counts reuse or add a custom format.</summary>
    private uint FormatId(int digits)
    {
        if (digits == 0) return 3;
        if (digits == 2) return 4;
        if (_formatIds.TryGetValue(digits, out var known)) return known;
        var code = ExcelNumber.FormatCode(digits);
        var formats = _stylesheet!.NumberingFormats;
        if (formats is null)
        {
            formats = new NumberingFormats();
            _stylesheet.NumberingFormats = formats;
        }
        var match = formats.Elements<NumberingFormat>().FirstOrDefault(f => f.FormatCode?.Value == code);
        uint id;
        if (match?.NumberFormatId?.Value is uint found) id = found;
        else
        {
            // Custom formats are numbered from 164; take the next free one.
            id = Math.Max(163u, formats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0u).Max()) + 1;
            formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
            formats.Count = (uint)formats.ChildElements.Count;
        }
        _formatIds[digits] = id;
        return id;
    }
}
