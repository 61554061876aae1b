using FormHub.Reports.Templates;

namespace FormHub.Server.Hosting;

/// <summary>
/// Keeps this server's templates the store's: every API request compares the store's template revision (at most every
/// <see cref="MaxAge"/>, one primary-key read), and a background loop does the same for the materializer and the
/// notifier when no requests come. A version published on another server is used here within seconds, without a restart.
/// </summary>
internal sealed partial class TemplateFreshness(StoredTemplates templates, FormHub.Storage.IFormHubStore store, ILogger<TemplateFreshness> logger) : BackgroundService
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    public static async Task RefreshAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            await context.RequestServices.GetRequiredService<StoredTemplates>().RefreshAsync(MaxAge, context.RequestAborted);
        await next();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(MaxAge);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // The newest catalog first: a version published elsewhere may read a field added there (CatalogFreshness does
                // this for requests; the materializer and notifier run without any).
                await store.RefreshCatalogAsync(stoppingToken);
                await templates.RefreshAsync(MaxAge, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException) { LogFailed(logger, e); }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the templates from the store failed; the previous ones stay in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
