using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scriban;
using Scriban.Parsing;

namespace FormHub.Exports.Html;

/// <summary>
/// A Scriban context that HTML-escapes everything a page template writes with <c>{{ … }}</c>: a household named
/// <c>&lt;script&gt;</c> prints as text. The template's own markup is not touched (Scriban writes it through another
/// path), and only an <see cref="HtmlFragment"/> — markup FormHub itself built — is written as is.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Encodes markup characters only: Chinese stays readable text rather than &#x...; escapes.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public HtmlTemplateContext(Scriban.Runtime.ScriptObject builtins) : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        HtmlFragment fragment => base.Write(span, fragment.Html),
        null => this,
        _ => base.Write(span, Encode(ObjectToString(textAsObject, false))),
    };

    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);
}

/// <summary>Markup FormHub built itself (the default style sheet), written into a page template without escaping.</summary>
internal sealed record HtmlFragment(string Html)
{
    public override string ToString() => Html;
}
