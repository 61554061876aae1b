using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FormHub.Exports.Excel;

/// <summary>
/// Writes &lt;row&gt; and &lt;c&gt; elements straight to an <see cref="OpenXmlWriter"/> (SAX style): no cell objects
/// are built or kept, so a 100,000-row sheet costs the same memory as a ten-row one. Text goes in inline strings
/// (t="inlineStr"): no shared-string table to hold in memory while the rows stream.
/// </summary>
internal sealed class SheetRowWriter(OpenXmlWriter writer, int lastColumn)
{
    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();
    private static readonly OpenXmlAttribute[] NoAttributes = [];
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

    private readonly string[] _letters = Enumerable.Range(0, lastColumn + 1).Select(c => c == 0 ? "" : CellAddress.Column(c)).ToArray();
    private readonly List<OpenXmlAttribute> _attributes = new(4);
    private string _row = "";

    public void StartRow(int index, double? height = null)
    {
        _row = index.ToString(CultureInfo.InvariantCulture);
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", _row));
        if (height is double h)
        {
            _attributes.Add(new OpenXmlAttribute("ht", "", h.ToString(CultureInfo.InvariantCulture)));
            _attributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
        }
        writer.WriteStartElement(RowElement, _attributes);
    }

    public void EndRow() => writer.WriteEndElement();

    public void Text(int column, string text, uint style)
    {
        if (text.Length == 0)
        {
            Empty(column, style);
            return;
        }
        StartCell(column, style, "inlineStr");
        writer.WriteStartElement(InlineElement, NoAttributes);
        writer.WriteStartElement(TextElement, text.Trim().Length != text.Length ? PreserveSpace : NoAttributes);
        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Number(int column, decimal value, uint style)
    {
        StartCell(column, style, null);
        writer.WriteStartElement(ValueElement, NoAttributes);
        writer.WriteString(ExcelNumber.CellValue(value));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A cell with only a style: borders and fills of merged ranges and blank values.</summary>
    public void Empty(int column, uint style)
    {
        StartCell(column, style, null);
        writer.WriteEndElement();
    }

    private void StartCell(int column, uint style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", string.Concat(_letters[column], _row)));
        if (style != 0) _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        if (type is not null) _attributes.Add(new OpenXmlAttribute("t", "", type));
        writer.WriteStartElement(CellElement, _attributes);
    }
}
