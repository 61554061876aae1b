namespace FormHub.Server.Hosting;

/// <summary>Headers every answer carries: the page loads only its own scripts and styles and is never framed.</summary>
internal static class SecurityHeaders
{
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        return next();
    }
}
