using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormHub.Core.Catalog;

namespace FormHub.Storage.Shared;

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

    /// <summary>
    /// Reads a stored document's fields by the catalog's types. Every report derivation reads thousands of these per
    /// village, so it reads the UTF-8 once with a forward-only reader (no JsonDocument), takes the field names from the
    /// catalog's own strings, and shares one string per enum option instead of allocating one per field per document.
    /// </summary>
    public static Dictionary<string, object?> ReadObject(string json, string entityType, FieldCatalog catalog)
    {
        var rented = ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            return ReadObject(rented.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(json, rented)), entityType, catalog);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <see cref="ReadObject(string, string, FieldCatalog)"/> from the document's UTF-8 bytes (as SQLite holds it). Documents
    /// are written in one field order, so each name is first compared as UTF-8 with the field after the previous one (no
    /// transcoding, no hashing); only a miss looks it up.
    /// </summary>
    /// <remarks>
    /// With <paramref name="wanted"/> (<see cref="Wanted"/>), only the catalog fields it marks are kept: the others' values
    /// are skipped unparsed, and no string or entry is made for them.
    /// </remarks>
    public static Dictionary<string, object?> ReadObject(ReadOnlySpan<byte> utf8, string entityType, FieldCatalog catalog, bool[]? wanted = null)
    {
        var layout = LayoutOf(catalog, entityType);
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A stored document is not a JSON object.");
        var result = new Dictionary<string, object?>(wanted is null ? layout.Names.Length : 8, StringComparer.Ordinal);
        Span<char> chars = stackalloc char[ShortText];
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key;
            FieldType? type;
            if (next < layout.Names.Length && reader.ValueTextEquals(layout.Utf8Names[next]))
            {
                key = layout.Names[next];
                type = layout.FieldTypes[next++];
            }
            else
            {
                (key, var index) = Find(ref reader, chars, layout.Index);
                type = index >= 0 ? layout.FieldTypes[index] : null;
                next = index + 1;
            }
            reader.Read();
            // next - 1 is the field just matched (next is 0 after a name no longer in the catalog).
            if (wanted is not null && (next == 0 || !wanted[next - 1]))
            {
                reader.Skip();
                continue;
            }
            result[key] = reader.TokenType == JsonTokenType.String ? ReadString(ref reader, chars, type, layout.Options) : ReadValue(ref reader, utf8, type);
        }
        return result;
    }

    /// <summary>The name under the reader with its field's index (the catalog's own string), or a new string and -1 for a field no longer in the catalog.</summary>
    private static (string Name, int Index) Find(ref Utf8JsonReader reader, scoped Span<char> buffer, Dictionary<string, int> index)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > buffer.Length)
        {
            var name = reader.GetString()!;
            return (name, index.TryGetValue(name, out var i) ? i : -1);
        }
        var text = buffer[..reader.CopyString(buffer)];
        return index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var same, out var at) ? (same, at) : (new string(text), -1);
    }

    /// <summary>
    /// A string value by its field's type, as <see cref="ReadString(string, FieldType?)"/> reads it: dates and numbers are
    /// parsed from the characters without a string; an enum's (or a field no longer in the catalog's) value is the
    /// catalog's own option string when it is one.
    /// </summary>
    private static object? ReadString(ref Utf8JsonReader reader, scoped Span<char> buffer, FieldType? type, HashSet<string> options)
    {
        if (type is FieldType.Text || reader.HasValueSequence || reader.ValueSpan.Length > buffer.Length) return ReadValue(ref reader, default, type);
        var text = buffer[..reader.CopyString(buffer)];
        return type switch
        {
            FieldType.Date => ParseDate(text),
            FieldType.Int when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
            FieldType.Decimal when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => number,
            FieldType.Int or FieldType.Decimal => new string(text),
            _ => options.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var same) ? same : new string(text),
        };
    }

    /// <summary>
    /// Per entity type, which of its catalog fields (in catalog order) are among <paramref name="fields"/> (catalog keys):
    /// what <see cref="ReadObject(ReadOnlySpan{byte}, string, FieldCatalog, bool[])"/> keeps. Null keeps every field.
    /// </summary>
    public static IReadOnlyDictionary<string, bool[]>? Wanted(FieldCatalog catalog, IEnumerable<string> entityTypes, IReadOnlySet<string>? fields) =>
        fields is null ? null
            : entityTypes.Distinct().ToDictionary(t => t, t => catalog.FieldsOf(t).Select(f => fields.Contains(f.Key)).ToArray(), StringComparer.Ordinal);

    /// <summary>Names and values up to this many UTF-8 bytes are looked up among the catalog's strings before one is allocated.</summary>
    private const int ShortText = 128;

    /// <summary>
    /// An entity type's fields in catalog order (names as strings and as UTF-8, types), each name's index, and every
    /// option of its enum fields, built once per catalog.
    /// </summary>
    private sealed record Layout(string[] Names, byte[][] Utf8Names, FieldType[] FieldTypes, Dictionary<string, int> Index, HashSet<string> Options);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FieldCatalog, System.Collections.Concurrent.ConcurrentDictionary<string, Layout>> Layouts = new();

    private static Layout LayoutOf(FieldCatalog catalog, string entityType) =>
        Layouts.GetValue(catalog, _ => new()).GetOrAdd(entityType, t =>
        {
            var fields = catalog.FieldsOf(t).ToArray();
            var names = fields.Select(f => f.Name).ToArray();
            return new Layout(names, names.Select(System.Text.Encoding.UTF8.GetBytes).ToArray(), fields.Select(f => f.Type).ToArray(),
                names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal),
                fields.SelectMany(f => f.Options).ToHashSet(StringComparer.Ordinal));
        });

    /// <summary>One stored value (a periodic value's JSON) by its field's type, as <see cref="ReadValue(JsonElement, FieldType?)"/> reads it, without a JsonDocument.</summary>
    public static object? ReadValue(ReadOnlySpan<byte> utf8, FieldType? type)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read()) throw new JsonException("A stored value is empty.");
        return ReadValue(ref reader, utf8, type);
    }

    // One box each, shared by every document read: a person has half a dozen yes/no fields.
    private static readonly object BoxedTrue = true, BoxedFalse = false;

    /// <summary>The value under the reader, as <see cref="ReadValue(JsonElement, FieldType?)"/> reads it.</summary>
    private static object? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, FieldType? type)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return BoxedTrue;
            case JsonTokenType.False: return BoxedFalse;
            case JsonTokenType.Number:
                return type switch
                {
                    // Boxed per arm, as in ReadValue(JsonElement): the same CLR types whichever way a document is read.
                    FieldType.Int => (object)reader.GetInt64(),
                    FieldType.Decimal => reader.GetDecimal(),
                    // Stored before the field became text (a catalog type change): its JSON number as written.
                    FieldType.Text or FieldType.Enum => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => reader.TryGetInt64(out var l) ? l : reader.GetDecimal(),
                };
            case JsonTokenType.String when type is FieldType.Date or FieldType.Int or FieldType.Decimal:
                return ReadString(reader.GetString()!, type);
            case JsonTokenType.String: return reader.GetString();
            default:
                // An object or array (no catalog type stores one): its raw text, as JsonElement.GetRawText gives it.
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return System.Text.Encoding.UTF8.GetString(utf8[start..(int)reader.BytesConsumed]);
        }
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
        FieldType.Date => ParseDate(s),
        FieldType.Int when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
        FieldType.Decimal when decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => number,
        _ => s,
    };

    /// <summary>
    /// A stored yyyy-MM-dd date. Digits are read directly: DateOnly.ParseExact goes through culture-aware parsing, which
    /// was half the client's cost of reading a roster (a valid-from date per document). Anything else is left to
    /// ParseExact, which throws as before.
    /// </summary>
    public static DateOnly ParseDate(ReadOnlySpan<char> s)
    {
        if (s.Length == 10 && s[4] == '-' && s[7] == '-'
            && Digits(s[..4]) is var year and > 0 && Digits(s.Slice(5, 2)) is var month and >= 1 and <= 12
            && Digits(s.Slice(8, 2)) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        return DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The number the ASCII digits spell, or -1 when one is not a digit.</summary>
    private static int Digits(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
