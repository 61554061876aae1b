using System.Text.Json;
using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Server.Problems;

namespace FormHub.Server.Hosting;

/// <summary>
/// Refuses, with a 400 in the caller's language, any request carrying text that cannot be stored: a NUL or a lone
/// surrogate in a query value, the path, or any JSON string or property name of the body. Checking every string here,
/// before binding, covers every endpoint and every key at once; without it System.Text.Json throws on a lone surrogate
/// deep inside a handler (a 500) and PostgreSQL refuses a NUL only at the insert (a 500 on one engine, stored on the other).
/// </summary>
internal sealed class TextInputGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var problem = InPath(context.Request) ?? InQuery(context.Request);
        if (problem is null && IsJson(context.Request))
        {
            context.Request.EnableBuffering();
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            context.Request.Body.Position = 0;
            problem = InJson(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        if (problem is null)
        {
            await next(context);
            return;
        }
        await Problem.Write(context, Problem.BadRequest(context, Messages.MalformedRequest(problem)));
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase) && request.Body.CanRead;

    private static LocalizedText? InPath(HttpRequest request) =>
        TextSafety.Problem(request.Path.Value) is { } why ? Where("地址", "the address", why) : null;

    private static LocalizedText? InQuery(HttpRequest request)
    {
        foreach (var (key, values) in request.Query)
        {
            if (TextSafety.Problem(key) is { } badKey) return Where("查询参数名", "a query parameter name", badKey);
            foreach (var value in values)
            {
                if (value is not null && TextSafety.Problem(value) is { } why) return Where($"查询参数 {Printable(key)}", $"query parameter {Printable(key)}", why);
            }
        }
        return null;
    }

    /// <summary>The first unstorable string of a JSON body, or null (malformed JSON is left to the binder, which names its place).</summary>
    private static LocalizedText? InJson(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var property = "$";
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String)) continue;
                string text;
                try
                {
                    text = reader.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    // Escaped lone surrogates ("\ud800") and bytes that are not UTF-8 cannot become a string.
                    return Where(At(property), AtEn(property), new LocalizedText("含有无效的 Unicode 文字（不成对的代理字符或非 UTF-8 字节），不能保存",
                        "holds invalid Unicode (a lone surrogate or bytes that are not UTF-8) and cannot be stored"));
                }
                var name = reader.TokenType == JsonTokenType.PropertyName;
                if (TextSafety.Problem(text) is { } why) return Where(name ? "JSON 属性名" : At(property), name ? "a JSON property name" : AtEn(property), why);
                if (name) property = Printable(text);
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return null;
    }

    private static string At(string property) => $"JSON 中“{property}”处的文字";

    private static string AtEn(string property) => $"the text at \"{property}\" of the JSON";

    private static LocalizedText Where(string zh, string en, LocalizedText why) => new($"{zh}{why.Zh}。", $"{en}: {why.En}.");

    /// <summary>A name shown in a message: short, and safe to print.</summary>
    private static string Printable(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
