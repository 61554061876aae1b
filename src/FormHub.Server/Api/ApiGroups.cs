using FormHub.Filing;
using FormHub.Server.Access;

namespace FormHub.Server.Api;

/// <summary>The one place API groups get their common rules: signed in, CSRF-checked, tagged for OpenAPI.</summary>
internal static class ApiGroups
{
    public static RouteGroupBuilder SignedIn(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).RequireAuthorization().AddEndpointFilter<CsrfFilter>().WithTags(tag);
}
