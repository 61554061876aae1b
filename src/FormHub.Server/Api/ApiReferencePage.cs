using FormHub.Storage.Accounts;
using Scalar.AspNetCore;

namespace FormHub.Server.Api;

/// <summary>
/// The interactive API reference (Scalar) over the server's own OpenAPI document, at <see cref="Path"/>, for signed-in
/// admins: it lists every endpoint, the machine API's token calls included. Its script bundle is served by the server
/// (no CDN, no fonts or telemetry from elsewhere), so it works on a county's intranet.
/// </summary>
public static class ApiReferencePage
{
    public const string Path = "/api/docs";

    public static IEndpointRouteBuilder MapApiReferencePage(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(Path, options => options
                .WithTitle("FormHub API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            .RequireAuthorization(policy => policy.RequireRole(nameof(AccountRole.Admin)));
        return app;
    }
}
