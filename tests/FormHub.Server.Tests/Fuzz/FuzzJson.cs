using System.Globalization;
using System.Text;

namespace FormHub.Server.Tests.Fuzz;

/// <summary>
/// A JSON value as the fuzzer builds it. Kept apart from System.Text.Json on purpose: its writer refuses lone
/// surrogates, and the fuzzer must be able to send them (escaped, as a hostile client would).
/// </summary>
public abstract record FuzzJson
{
    public sealed record Null : FuzzJson;
    public sealed record Bool(bool Value) : FuzzJson;
    /// <summary>A number as written, so huge, negative-zero and exponent forms reach the server verbatim.</summary>
    public sealed record Number(string Raw) : FuzzJson;
    public sealed record Text(string Value) : FuzzJson;
    public sealed record Array(IReadOnlyList<FuzzJson> Items) : FuzzJson;
    public sealed record Object(IReadOnlyList<(string Key, FuzzJson Value)> Members) : FuzzJson;
    /// <summary>A record of the seeded village, resolved per server (ids differ between engines): its id or its current version.</summary>
    public sealed record Reference(string EntityType, int Index, bool Version) : FuzzJson;

    /// <summary>The JSON text; <paramref name="resolve"/> turns a <see cref="Reference"/> into the value for one server.</summary>
    public string Write(Func<Reference, FuzzJson> resolve)
    {
        var text = new StringBuilder();
        Write(this, text, resolve);
        return text.ToString();
    }

    private static void Write(FuzzJson json, StringBuilder text, Func<Reference, FuzzJson> resolve)
    {
        switch (json)
        {
            case Null: text.Append("null"); break;
            case Bool b: text.Append(b.Value ? "true" : "false"); break;
            case Number n: text.Append(n.Raw); break;
            case Text s: WriteString(s.Value, text); break;
            case Array a:
                text.Append('[');
                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(a.Items[i], text, resolve);
                }
                text.Append(']');
                break;
            case Object o:
                text.Append('{');
                for (var i = 0; i < o.Members.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    WriteString(o.Members[i].Key, text);
                    text.Append(':');
                    Write(o.Members[i].Value, text, resolve);
                }
                text.Append('}');
                break;
            case Reference r: Write(resolve(r), text, resolve); break;
        }
    }

    /// <summary>Escapes quotes, backslashes, control characters and every surrogate (paired or not) as \uXXXX.</summary>
    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') text.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        text.Append('"');
    }
}
