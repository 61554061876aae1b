using FormHub.Server.Problems;
using Microsoft.AspNetCore.Antiforgery;

namespace FormHub.Server.Access;

/// <summary>
/// Antiforgery for the JSON API: every state-changing request carries the token from <c>/api/session/antiforgery</c>
/// (or the login answer) in <see cref="HeaderName"/>. ASP.NET's own middleware only checks form posts, hence this filter.
/// </summary>
public sealed class CsrfFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method))
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Problem.BadRequest(http, Messages.BadCsrf);
        }
        return await next(context);
    }
}
