using FormHub.Storage;

namespace FormHub.Server.Hosting;

/// <summary>
/// Moves the store's catalog to the newest version before API requests, at most every <see cref="MaxAge"/> (one indexed
/// read of the newest version number), so a field an admin added on another server of the deployment is in this server's
/// answers within seconds. Not on every request: under load that read was one query per request for a value that changes
/// a few times a year. Writes do not depend on it: every save refreshes the catalog before it validates, and a catalog
/// saved on this server is held at once.
/// </summary>
internal sealed class CatalogFreshness(RequestDelegate next)
{
    /// <summary>The same bound as the templates' (<see cref="TemplateFreshness.MaxAge"/>).</summary>
    public static readonly TimeSpan MaxAge = TemplateFreshness.MaxAge;

    /// <summary>When the catalog was last compared (<see cref="Environment.TickCount64"/>, ms); the middleware is one instance per app.</summary>
    private long _checkedAt = long.MinValue / 2;

    public async Task InvokeAsync(HttpContext context, IFormHubStore store)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var now = Environment.TickCount64;
            var last = Interlocked.Read(ref _checkedAt);
            // One request per interval does the read; the others go on with the catalog held.
            if (now - last >= (long)MaxAge.TotalMilliseconds && Interlocked.CompareExchange(ref _checkedAt, now, last) == last)
                await store.RefreshCatalogAsync(context.RequestAborted);
        }

        await next(context);
    }
}
