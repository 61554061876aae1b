using FormHub.Core.Text;

namespace FormHub.Server.Problems;

/// <summary>The language of an answer: Simplified Chinese unless the request's Accept-Language starts with English.</summary>
internal static class Language
{
    public static bool IsEnglish(HttpContext context) =>
        context.Request.Headers.AcceptLanguage.ToString().TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string Pick(this HttpContext context, LocalizedText text) => IsEnglish(context) ? text.En : text.Zh;
}
