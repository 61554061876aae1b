namespace FormHub.Server.Hosting;

/// <summary>
/// Headers every answer carries: the page loads only its own scripts and styles and is never framed; answers of the API
/// and feeds (residents' data, exports) are never stored by a browser or proxy, which matters on shared township PCs.
/// </summary>
internal static class SecurityHeaders
{
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Api.ApiReferencePage.Path)
            // The API reference (admins only, our own bundle) starts from an inline script and styles its parts inline.
            ? "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
            : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/feeds"))
        {
            // Exactly what antiforgery sets on the answers carrying a token, so it has nothing to override (and log).
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
        }
        return next();
    }

    /// <summary>
    /// The page's files are revalidated on every load (a 304 when unchanged): without it a phone may keep running an old
    /// script against a new server for days after an upgrade.
    /// </summary>
    public static void RevalidateStaticFiles(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = "no-cache";
}
