namespace FormHub.Import;

/// <summary>How a CSV file's bytes are read: detected, or chosen by the person importing when detection guesses wrong.</summary>
public enum CsvEncoding
{
    /// <summary>A BOM or valid UTF-8 means UTF-8; anything else is read as GB18030 (a superset of GBK and GB2312).</summary>
    Auto,
    Utf8,
    /// <summary>GBK / GB18030, what Excel on a Chinese Windows saves as "CSV".</summary>
    Gb18030,
}
