using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>Admins create, list and revoke the machine API's clients; a new client's token is shown in the answer once.</summary>
public static class ApiClientsApi
{
    public sealed record NewApiClient(string? Name, string? Department, string? Area, IReadOnlyList<string>? Scopes, int? ExpiresInDays, int? RequestsPerMinute);

    /// <summary>A client as admins see it: never its token or its hash.</summary>
    public sealed record ApiClientView(Guid Id, string Name, string Department, string Area, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt,
        DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, int RequestsPerMinute)
    {
        public static ApiClientView Of(ApiClient c) => new(c.Id, c.Name, c.Department, c.Area, c.Scopes, c.CreatedAt, c.ExpiresAt, c.RevokedAt, c.LastUsedAt, c.RequestsPerMinute);
    }

    /// <summary>The answer to creating a client: the token, shown this once.</summary>
    public sealed record CreatedApiClient(ApiClientView Client, string Token);

    public static IEndpointRouteBuilder MapApiClientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/admin/api-clients", "API clients").AddEndpointFilter<AdminOnlyFilter>();
        group.MapGet("", ListAsync).WithName("ListApiClients").WithSummary("Lists the machine API's clients (admins)");
        group.MapPost("", CreateAsync).WithName("CreateApiClient").WithSummary("Creates a machine API client and shows its bearer token once (admins)");
        group.MapPost("/{id}/revoke", RevokeAsync).WithName("RevokeApiClient").WithSummary("Revokes a machine API client's token (admins)");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ApiClientView>>, ProblemHttpResult>> ListAsync(HttpContext http, CurrentUser user, IFormHubStore store, CancellationToken ct)
    {
        var clients = await store.ListApiClientsAsync(ct);
        return TypedResults.Ok<IReadOnlyList<ApiClientView>>(clients.Where(c => RegionCode.Parse(c.Area).IsWithin(user.View)).Select(ApiClientView.Of).ToList());
    }

    private static async Task<Results<Ok<CreatedApiClient>, ProblemHttpResult>> CreateAsync(HttpContext http, CurrentUser user, NewApiClient? request,
        IFormHubStore store, TimeProvider clock, CancellationToken ct)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100 || string.IsNullOrWhiteSpace(request.Department))
            return Problem.BadRequest(http, new LocalizedText("请填写客户端名称（100 字以内）和所属部门。", "Give the client a name (up to 100 characters) and a department."));
        if (!store.Catalog.Fields.Any(f => f.OwnerDepartment == request.Department))
            return Problem.BadRequest(http, new LocalizedText($"数据目录中没有部门“{request.Department}”负责的字段。", $"No catalog field is owned by '{request.Department}'."));
        var area = user.View;
        if (request.Area is { } text && (!RegionCode.TryParse(text, out area, out _) || !area.IsWithin(user.View)))
            return Problem.BadRequest(http, new LocalizedText($"范围“{text}”不是你管辖范围内的区划代码。", $"'{text}' is not a unit within your scope."));
        var scopes = request.Scopes ?? ApiScopes.All;
        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.All.Contains(s)))
            return Problem.BadRequest(http, new LocalizedText($"权限应取自：{string.Join("、", ApiScopes.All)}。", $"Scopes must be among: {string.Join(", ", ApiScopes.All)}."));
        var days = request.ExpiresInDays ?? 365;
        if (days is < 1 or > 3650) return Problem.BadRequest(http, new LocalizedText("有效期应为 1 到 3650 天。", "Expiry must be 1 to 3650 days."));
        var rate = request.RequestsPerMinute ?? 60;
        if (rate is < 1 or > 10_000) return Problem.BadRequest(http, new LocalizedText("每分钟请求数应为 1 到 10000。", "Requests a minute must be 1 to 10000."));

        var token = ApiTokens.Generate();
        var now = clock.GetUtcNow();
        var client = new ApiClient
        {
            Id = Guid.CreateVersion7(), Name = request.Name.Trim(), Department = request.Department.Trim(), Area = area.Value,
            Scopes = scopes.Distinct().ToList(), TokenHash = ApiTokens.Hash(token), CreatedBy = user.UserName, CreatedAt = now,
            ExpiresAt = now.AddDays(days), RequestsPerMinute = rate,
        };
        await store.SaveApiClientAsync(client, new AuditEntry(0, now, user.UserName, "create-api-client", null, null, $"{client.Name}（{client.Department}，{client.Area}）"), ct);
        return TypedResults.Ok(new CreatedApiClient(ApiClientView.Of(client), token));
    }

    private static async Task<Results<Ok<ApiClientView>, ProblemHttpResult>> RevokeAsync(string id, HttpContext http, CurrentUser user, IFormHubStore store,
        TimeProvider clock, CancellationToken ct)
    {
        var client = Guid.TryParse(id, out var guid) ? await store.FindApiClientAsync(guid, ct) : null;
        if (client is null || !RegionCode.Parse(client.Area).IsWithin(user.View))
            return Problem.NotFound(http, new LocalizedText("没有这个接口客户端。", "No such API client."));
        var revoked = client with { RevokedAt = client.RevokedAt ?? clock.GetUtcNow() };
        await store.SaveApiClientAsync(revoked, new AuditEntry(0, clock.GetUtcNow(), user.UserName, "revoke-api-client", null, null, client.Name), ct);
        return TypedResults.Ok(ApiClientView.Of(revoked));
    }
}
