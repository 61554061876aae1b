using FormHub.Storage;

namespace FormHub.Server.Hosting;

/// <summary>
/// Moves the store's catalog to the newest version before every API request (one indexed read of the newest version
/// number), so a field an admin added on another server of the deployment is in this server's next answer.
/// </summary>
internal sealed class CatalogFreshness(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IFormHubStore store)
    {
        if (context.Request.Path.StartsWithSegments("/api")) await store.RefreshCatalogAsync(context.RequestAborted);
        await next(context);
    }
}
