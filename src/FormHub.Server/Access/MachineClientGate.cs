using FormHub.Core.Text;
using FormHub.Server.Problems;
using FormHub.Storage;

namespace FormHub.Server.Access;

/// <summary>
/// The door of the machine API: a bearer token of an active client, never a cookie (a browser's ambient credentials must
/// not reach an endpoint that CSRF does not guard), and at most the client's requests a minute.
/// </summary>
internal sealed class MachineClientGate(IFormHubStore store, ApiClientRateLimiter limiter, TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Headers.Cookie.Count > 0)
            return Problem.BadRequest(http, new LocalizedText("机器接口不接受 Cookie：请只用 Authorization: Bearer 令牌调用。",
                "The machine API does not accept cookies: call it with an Authorization: Bearer token only."));
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || header.Length <= 7)
            return Unauthorized(http, new LocalizedText("请在 Authorization 头中发送 Bearer 令牌（机器接口不使用登录 Cookie）。",
                "Send a Bearer token in the Authorization header (the machine API does not use sign-in cookies)."));

        var client = await store.FindApiClientByTokenHashAsync(ApiTokens.Hash(header[7..].Trim()), http.RequestAborted);
        var now = clock.GetUtcNow();
        if (client is null || !client.IsActiveAt(now))
            return Unauthorized(http, new LocalizedText("令牌无效、已过期或已吊销，请向管理员申请新的令牌（无需登录）。",
                "The token is invalid, expired or revoked; ask an admin for a new one (no sign-in needed)."));

        if (!limiter.TryAcquire(client.Id, client.RequestsPerMinute, now))
        {
            http.Response.Headers.RetryAfter = (60 - now.ToUnixTimeSeconds() % 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem.Of(http, StatusCodes.Status429TooManyRequests, new LocalizedText("请求过于频繁", "Too many requests"),
                new LocalizedText($"此客户端每分钟最多 {client.RequestsPerMinute} 次请求，请稍后再试。", $"This client may make {client.RequestsPerMinute} requests a minute; retry later."));
        }

        await store.TouchApiClientAsync(client.Id, now, http.RequestAborted);
        http.Items[MachineClient.ItemKey] = new MachineClient(client);
        return await next(context);
    }

    private static IResult Unauthorized(HttpContext http, LocalizedText detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem.Of(http, StatusCodes.Status401Unauthorized, new LocalizedText("未认证", "Not authenticated"), detail);
    }
}
