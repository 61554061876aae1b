using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Demo;
using FormHub.Reports;
using FormHub.Storage;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// With <see cref="FormHubServerOptions.SeedDemo"/>, seeds the small demo county into a store that has no records yet,
/// before the server takes requests; never seeds twice.
/// </summary>
internal sealed partial class DemoSeeding(IOptions<FormHubServerOptions> options, StorageOptions storage, IFormHubStore store, FieldCatalog catalog,
    TemplateLibrary library, FindingsDeriver findings, ILogger<DemoSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.SeedDemo || (await store.CountAsync(ct)).Entities > 0) return;
        LogSeeding(logger);
        var settings = new SeedSettings();
        var regions = DemoRegions.Build(DemoRegions.ReadShipped(o.TemplatesDirectory!), settings.Villages, settings.Seed);
        var clock = new SeedClock();
        // The seeder back-dates history, so it writes through a store of its own that reads the seed clock.
        await using var seedStore = await FormHubStoreFactory.OpenAsync(storage, catalog, clock, ct);
        var report = await new DemoCountySeeder(seedStore, clock, library).SeedAsync(regions, settings, new DemoCalendar(TimeProvider.System.GetUtcNow()), ct);
        LogSeeded(logger, report.County.Name, report.Villages, report.Entities, report.Elapsed.TotalSeconds);
        // The live materializer starts at the end of the seeded feed, so the rules' first findings come from a cold run.
        var month = Core.Periods.Period.Containing(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(8)), Core.Periods.PeriodType.Monthly);
        var tree = new RegionTree(await store.GetRegionsAsync(ct));
        await findings.RunAsync(tree, report.County.Code, month, null, ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty store: seeding the demo county")]
    private static partial void LogSeeding(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo county {County}: {Villages} villages, {Entities} entities in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, string county, int villages, long entities, double seconds);
}
