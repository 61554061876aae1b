using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormHub.Core.Catalog;

namespace FormHub.Storage.Sql;

/// <summary>
/// Writes canonical field values (string, long, decimal, bool, DateOnly) as JSON and reads them back by the catalog's
/// field types. Output is deterministic (given order, no indentation, Chinese unescaped) because event hashes cover it.
/// </summary>
internal static class FieldValueJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string WriteObject(IEnumerable<KeyValuePair<string, object?>> fields) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var (name, value) in fields)
        {
            w.WritePropertyName(name);
            WriteValue(w, value);
        }
        w.WriteEndObject();
    });

    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case long l: w.WriteNumberValue(l); break;
            case int i: w.WriteNumberValue(i); break;
            case decimal d: w.WriteNumberValue(d); break;
            case double d: w.WriteNumberValue(d); break;
            case bool b: w.WriteBooleanValue(b); break;
            case DateOnly d: w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default: throw new InvalidOperationException($"Unsupported field value type {value.GetType()}");
        }
    }

    public static Dictionary<string, object?> ReadObject(string json, string entityType, FieldCatalog catalog)
    {
        var types = TypesOf(catalog, entityType);
        using var doc = JsonDocument.Parse(json);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            result[p.Name] = ReadValue(p.Value, types.TryGetValue(p.Name, out var t) ? t : null);
        }
        return result;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FieldCatalog, System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, FieldType>>> Types = new();

    /// <summary>Field name → type for one entity type, built once per catalog (rosters parse thousands of values per read).</summary>
    public static Dictionary<string, FieldType> TypesOf(FieldCatalog catalog, string entityType) =>
        Types.GetValue(catalog, _ => new()).GetOrAdd(entityType, t => catalog.FieldsOf(t).ToDictionary(f => f.Name, f => f.Type, StringComparer.Ordinal));

    /// <summary>
    /// Reads one value; a field no longer in the catalog comes back as its plain JSON type. A value stored before the
    /// admin changed the field's type is read as the new type where it converts (text "12" as a whole number, a number
    /// as text): the catalog editor allows a type change only when every stored value does, and events keep their text.
    /// A number that is not whole in a whole-number field, or a date not written yyyy-MM-dd, cannot be read (it throws).
    /// </summary>
    public static object? ReadValue(JsonElement e, FieldType? type) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => type switch
        {
            // Boxed per arm: otherwise the switch's common type would turn every long into a decimal.
            FieldType.Int => (object)e.GetInt64(),
            FieldType.Decimal => e.GetDecimal(),
            FieldType.Text or FieldType.Enum => e.GetRawText(),
            _ => e.TryGetInt64(out var l) ? l : e.GetDecimal(),
        },
        JsonValueKind.String => ReadString(e.GetString()!, type),
        _ => e.GetRawText(),
    };

    private static object ReadString(string s, FieldType? type) => type switch
    {
        FieldType.Date => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldType.Int when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
        FieldType.Decimal when decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => number,
        _ => s,
    };
}
