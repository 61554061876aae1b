using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>Requests and the checks every answer gets: status, ProblemDetails shape, language.</summary>
internal static partial class Http
{
    public const string CsrfHeader = "X-CSRF-TOKEN";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsync(url, JsonContent.Create(body));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsync(url, JsonContent.Create(body));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts 200 (showing the body when not) and returns the JSON answer.</summary>
    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{Describe(response)} answered {(int)response.StatusCode}: {text}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>
    /// Asserts a ProblemDetails answer (application/problem+json) with <paramref name="status"/> and a non-empty
    /// <c>detail</c> in the expected language; returns it.
    /// </summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, bool english = false)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{Describe(response)}: expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{Describe(response)}: expected application/problem+json, got {response.Content.Headers.ContentType}: {text}");
        using var doc = JsonDocument.Parse(text);
        var problem = doc.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
        Assert.False(string.IsNullOrWhiteSpace(detail), $"{Describe(response)}: no detail in {text}");
        if (english) Assert.False(IsChinese(detail!), $"{Describe(response)}: expected an English detail, got {detail}");
        else Assert.True(IsChinese(detail!), $"{Describe(response)}: expected a Chinese detail, got {detail}");
        return problem;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;

    public static bool IsChinese(string text) => ChineseCharacter().IsMatch(text);

    private static string Describe(HttpResponseMessage response) =>
        $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}";

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseCharacter();
}
