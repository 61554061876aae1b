using System.Net;
using System.Text.Json;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>The department endpoints as the tests call them: subscribing, the subscription list, the inbox, the delivery log, a village's month.</summary>
internal static class DepartmentCalls
{
    /// <summary>POST /api/subscriptions, asserting 201; returns <c>{ subscription, webhookSecret }</c>.</summary>
    public static async Task<JsonElement> SubscribeAsync(this HttpClient client, string templateId, string? unitCode = null, string? webhookUrl = null)
    {
        using var response = await client.PostJsonAsync("/api/subscriptions", new { templateId, unitCode, webhookUrl });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"subscribing to {templateId} for {unitCode}: {(int)response.StatusCode} {text}");
        var answer = JsonDocument.Parse(text).RootElement.Clone();
        var id = answer.GetProperty("subscription").GetProperty("id").GetGuid();
        Assert.Equal($"/api/subscriptions/{id}", response.Headers.Location?.OriginalString);
        return answer;
    }

    public static Guid Id(this JsonElement subscribed) =>
        (subscribed.TryGetProperty("subscription", out var s) ? s : subscribed).GetProperty("id").GetGuid();

    public static async Task<List<JsonElement>> SubscriptionsAsync(this HttpClient client) =>
        (await (await client.GetAsync("/api/subscriptions")).OkJsonAsync()).EnumerateArray().ToList();

    public static async Task<JsonElement> SubscriptionAsync(this HttpClient client, Guid id) =>
        (await client.SubscriptionsAsync()).Single(s => s.GetProperty("id").GetGuid() == id);

    public static async Task UnsubscribeAsync(this HttpClient client, Guid id)
    {
        using var response = await client.DeleteAsync($"/api/subscriptions/{id}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public static async Task<JsonElement> InboxAsync(this HttpClient client) => await (await client.GetAsync("/api/inbox")).OkJsonAsync();

    /// <summary>The inbox items of one subscription, newest first.</summary>
    public static async Task<List<JsonElement>> InboxItemsAsync(this HttpClient client, Guid subscription) =>
        (await client.InboxAsync()).GetProperty("items").EnumerateArray().Where(i => i.GetProperty("subscriptionId").GetGuid() == subscription).ToList();

    public static async Task<List<JsonElement>> DeliveriesAsync(this HttpClient client, Guid subscription) =>
        (await (await client.GetAsync($"/api/subscriptions/{subscription}/deliveries")).OkJsonAsync()).EnumerateArray().ToList();

    /// <summary>Polls <paramref name="read"/> until <paramref name="done"/> holds (fails after <paramref name="seconds"/>, showing the last value).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{what}: not within {seconds} s; last seen: {(value is IEnumerable<JsonElement> list ? string.Join(", ", list.Select(e => e.GetRawText())) : value)}");
            await Task.Delay(50);
        }
    }

    /// <summary>The cadre submits the village's month (taking the version from the form); returns the submission answer.</summary>
    public static async Task<JsonElement> SubmitAsync(ServerFixture server, string village, string period)
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var form = await (await cadre.GetAsync($"/api/villages/{village}/form?period={period}")).OkJsonAsync();
        var version = form.GetProperty("submission").GetProperty("version").GetInt64();
        return await (await cadre.PostJsonAsync($"/api/villages/{village}/submission", new { period, action = "submit", version })).OkJsonAsync();
    }

    /// <summary>The township's reviewer approves a submitted month.</summary>
    public static async Task<JsonElement> ApproveAsync(ServerFixture server, string village, string township, string period, long version)
    {
        var reviewer = await server.SignedInAsync(Accounts.ReviewerOf(township));
        return await (await reviewer.PostJsonAsync($"/api/review/villages/{village}", new { period, action = "approve", version })).OkJsonAsync();
    }

    /// <summary>The cadre asks to reopen an approved month for correction (申请更正) and the township's reviewer grants it.</summary>
    public static async Task<JsonElement> ReviseAsync(ServerFixture server, string village, string period, long version, string reason)
    {
        var cadre = await server.SignedInAsync(Accounts.CadreOf(village));
        var requested = await (await cadre.PostJsonAsync($"/api/villages/{village}/submission", new { period, action = "revise", version, reason })).OkJsonAsync();
        var reviewer = await server.SignedInAsync(Accounts.ReviewerOf(village[..9] + "000")); // the village's township
        return await (await reviewer.PostJsonAsync($"/api/review/villages/{village}",
            new { period, action = "grantRevision", version = requested.GetProperty("version").GetInt64() })).OkJsonAsync();
    }
}
