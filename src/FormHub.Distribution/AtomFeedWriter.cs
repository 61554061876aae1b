using System.Text;
using System.Xml;
using FormHub.Storage.Model;

namespace FormHub.Distribution;

/// <summary>A subscription's notifications as an Atom 1.0 feed (RFC 4287), newest first.</summary>
public static class AtomFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(Subscription subscription, string title, string selfUrl, string reportBaseUrl, IReadOnlyList<Notification> entries, DateTimeOffset now)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", $"urn:formhub:subscription:{subscription.Id}");
            xml.WriteElementString("title", title);
            xml.WriteElementString("updated", Timestamp(entries.Count > 0 ? entries[0].CreatedAt : now));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", "FormHub");
            xml.WriteEndElement();
            Link(xml, "self", selfUrl);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", $"urn:formhub:notification:{entry.Id}");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("updated", Timestamp(entry.CreatedAt));
                Link(xml, "alternate", $"{reportBaseUrl}/#/reports/{entry.TemplateId}/{entry.UnitCode}?period={entry.Period}");
                xml.WriteStartElement("category");
                xml.WriteAttributeString("term", entry.Kind);
                xml.WriteEndElement();
                xml.WriteElementString("summary", entry.Body);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
