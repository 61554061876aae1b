using System.Globalization;
using System.Text.Json;
using FormHub.Core.Catalog;
using FormHub.Storage.Model;

namespace FormHub.Storage.Shared;

/// <summary>
/// The JSON body of an event: <c>{"changes":[["field",old,new],…],"retirement":{"date":…,"reason":…,"note":…}}</c>.
/// Written once and stored as text, so the hash can be recomputed from exactly what is stored.
/// </summary>
internal static class EventPayload
{
    public static string Write(IReadOnlyList<FieldChange> changes, Retirement? retirement) => FieldValueJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("changes");
        foreach (var c in changes)
        {
            w.WriteStartArray();
            w.WriteStringValue(c.Field);
            FieldValueJson.WriteValue(w, c.Old);
            FieldValueJson.WriteValue(w, c.New);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        if (retirement is not null)
        {
            w.WriteStartObject("retirement");
            w.WriteString("date", retirement.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("reason", (int)retirement.Reason);
            if (retirement.Note is null) w.WriteNull("note"); else w.WriteString("note", retirement.Note);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    });

    public static (List<FieldChange> Changes, Retirement? Retirement) Read(string payload, string entityType, FieldCatalog catalog)
    {
        var types = FieldValueJson.TypesOf(catalog, entityType);
        using var doc = JsonDocument.Parse(payload);
        var changes = new List<FieldChange>();
        if (doc.RootElement.TryGetProperty("changes", out var list))
        {
            foreach (var c in list.EnumerateArray())
            {
                var field = c[0].GetString()!;
                FieldType? type = types.TryGetValue(field, out var t) ? t : null;
                changes.Add(new FieldChange(field, FieldValueJson.ReadValue(c[1], type), FieldValueJson.ReadValue(c[2], type)));
            }
        }
        Retirement? retirement = null;
        if (doc.RootElement.TryGetProperty("retirement", out var r))
        {
            retirement = new Retirement(
                DateOnly.ParseExact(r.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                (RetirementReason)r.GetProperty("reason").GetInt32(),
                r.GetProperty("note").GetString());
        }
        return (changes, retirement);
    }

    /// <summary>Counts the old and new values an event payload records for <paramref name="field"/> (both engines' payloads are alike).</summary>
    public static void AddHistoryValues(string payloadJson, string field, Dictionary<string, long> counts)
    {
        using var payload = System.Text.Json.JsonDocument.Parse(payloadJson);
        if (!payload.RootElement.TryGetProperty("changes", out var changes)) return;
        foreach (var change in changes.EnumerateArray())
        {
            if (change[0].GetString() != field) continue;
            foreach (var value in new[] { change[1], change[2] })
            {
                if (value.ValueKind == System.Text.Json.JsonValueKind.Null) continue;
                var json = value.GetRawText();
                counts[json] = counts.GetValueOrDefault(json) + 1;
            }
        }
    }
}
