using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace FormHub.Exports.Excel;

/// <summary>
/// A new xlsx package opened write-only, so System.IO.Packaging streams each part into the zip as it is written
/// (ZipArchiveMode.Create) instead of buffering every part in memory until the package closes, which is what the Open
/// XML SDK's SpreadsheetDocument does (it needs read access). Each part is written once, completely, before the next
/// one is started; relationships and [Content_Types].xml are written when the package is disposed.
/// </summary>
internal sealed class SpreadsheetPackageWriter : IDisposable
{
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string WorksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string StylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string OfficeDocumentRelationship = RelationshipsNamespace + "/officeDocument";
    public const string WorksheetRelationship = RelationshipsNamespace + "/worksheet";
    public const string StylesRelationship = RelationshipsNamespace + "/styles";
    public const string CalcChainRelationship = RelationshipsNamespace + "/calcChain";

    public SpreadsheetPackageWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Package = System.IO.Packaging.Package.Open(output, FileMode.Create, FileAccess.Write);
    }

    public Package Package { get; }

    public PackagePart CreatePart(string uri, string contentType, CompressionOption compression = CompressionOption.Normal) =>
        Package.CreatePart(new Uri(uri, UriKind.Relative), contentType, compression);

    /// <summary>Writes a whole part from a DOM (workbook, styles: small parts).</summary>
    public static void Save(PackagePart part, OpenXmlPartRootElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        root.Save(stream);
    }

    /// <summary>Writes a part through an <see cref="OpenXmlWriter"/> (worksheets: streamed).</summary>
    public static void Stream(PackagePart part, Action<OpenXmlWriter> write)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        write(writer);
    }

    public void Dispose() => Package.Close();
}
