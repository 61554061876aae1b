using System.Buffers;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>The JSON a materialized row is stored as, and back.</summary>
internal static class ReportRowPayload
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static StoredReportRow ToStored(ReportRow row) => new(row.TemplateId, row.Version, row.Period, row.UnitCode, (int)row.Level, Write(row), row.ComputedAt);

    // The thread's buffer and writer, reset per row: a live pass writes a row per template and village it touches, and a
    // stream, the writer's own buffer and the copy out of the stream were most of what writing one allocated.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private static string Write(ReportRow row)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var w = t_writer ??= new Utf8JsonWriter(buffer, Options);
        buffer.ResetWrittenCount();
        w.Reset(buffer);
        w.WriteStartObject();
        w.WriteStartObject("values");
        foreach (var (column, value) in row.Values)
        {
            w.WritePropertyName(column);
            switch (value)
            {
                case null: w.WriteNullValue(); break;
                case decimal d: w.WriteNumberValue(d); break;
                case bool b: w.WriteBooleanValue(b); break;
                default: w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }
        w.WriteEndObject();
        w.WriteStartObject("errors");
        foreach (var (column, text) in row.CellErrors)
        {
            w.WriteStartObject(column);
            w.WriteString("zh", text.Zh);
            w.WriteString("en", text.En);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("checks");
        foreach (var c in row.Checks)
        {
            w.WriteStartObject();
            w.WriteNumber("index", c.Index);
            w.WriteString("level", c.Level == CheckLevel.Error ? "error" : "warning");
            w.WriteBoolean("passed", c.Passed);
            w.WriteString("message", c.Message);
            if (c.Failure is not null)
            {
                w.WriteString("failureKind", c.Failure.Kind.ToString());
                w.WriteString("failureZh", c.Failure.Message.Zh);
                w.WriteString("failureEn", c.Failure.Message.En);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (row.Narrative is null) w.WriteNull("narrative"); else w.WriteString("narrative", row.Narrative);
        w.WriteEndObject();
        w.Flush();
        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        // A rare huge row (long narratives, many failures) does not keep its buffer for the thread's life.
        if (buffer.Capacity > 1 << 20) (t_buffer, t_writer) = (null, null);
        return json;
    }

    public static ReportRow Read(StoredReportRow stored)
    {
        using var doc = JsonDocument.Parse(stored.Payload);
        var root = doc.RootElement;
        var values = new Dictionary<string, object?>();
        foreach (var p in root.GetProperty("values").EnumerateObject())
        {
            values[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.Number => p.Value.GetDecimal(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => p.Value.GetString(),
                _ => null,
            };
        }
        var errors = root.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => new LocalizedText(p.Value.GetProperty("zh").GetString()!, p.Value.GetProperty("en").GetString()!));
        var checks = root.GetProperty("checks").EnumerateArray().Select(c => new CheckOutcome(
            c.GetProperty("index").GetInt32(),
            c.GetProperty("level").GetString() == "error" ? CheckLevel.Error : CheckLevel.Warning,
            c.GetProperty("passed").GetBoolean(),
            c.GetProperty("message").GetString()!,
            c.TryGetProperty("failureKind", out var kind)
                ? new ScriptFailure(Enum.Parse<ScriptFailureKind>(kind.GetString()!), new LocalizedText(c.GetProperty("failureZh").GetString()!, c.GetProperty("failureEn").GetString()!))
                : null)).ToList();
        var narrative = root.GetProperty("narrative").ValueKind == JsonValueKind.String ? root.GetProperty("narrative").GetString() : null;
        return new ReportRow(stored.TemplateId, stored.Version, stored.Period, stored.UnitCode, (OrgLevel)stored.Level, values, errors, checks, narrative, stored.ComputedAt);
    }
}
