using System.CommandLine;
using FormHub.Users;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Distribution;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Storage;

namespace FormHub.Cli;

/// <summary>
/// The domain services the server composes, composed the same way for one CLI invocation (the store opened once): the
/// filing calendar and workflow, completeness, report tables, official layouts. What the CLI prints comes from here, so
/// it is what the browser shows.
/// </summary>
internal sealed class DomainServices : IAsyncDisposable
{
    private DomainServices(string templatesDirectory, FieldCatalog catalog, TemplateLibrary library, IFormHubStore store, TimeProvider clock,
        ReportingStartSettings reportingStarts)
    {
        TemplatesDirectory = templatesDirectory;
        Catalog = catalog;
        Library = library;
        Store = store;
        Clock = clock;
        Deriver = new ReportDeriver(store, library, new TemplateEvaluator(), new NarrativeRenderer(), clock);
        Regions = new RegionDirectory(store, clock);
        Calendar = new FilingCalendar(library, clock, () => reportingStarts.Current);
        Workflow = new SubmissionWorkflow(store, Deriver, Calendar, Regions, clock, reportingStarts);
        Completeness = new CompletenessCalculator(store, Regions, clock, Calendar);
        Tables = new ReportTableBuilder(Deriver, Regions, Completeness, new PrintPages(templatesDirectory, library), clock);
        Periods = new ReportPeriods(library, clock);
        Layouts = new OfficialLayouts(store, library, templatesDirectory);
    }

    /// <summary>FORMHUB_REPORTING_STARTS (county=month, …), as the server reads it when its configuration names none.</summary>
    private static ReportingStarts ReportingStartsFromEnvironment()
    {
        var (starts, errors) = ReportingStarts.ParseList(Environment.GetEnvironmentVariable("FORMHUB_REPORTING_STARTS"));
        return starts ?? throw new CliException("FORMHUB_REPORTING_STARTS：" + string.Join("；", errors.Select(e => e.Zh)));
    }

    public string TemplatesDirectory { get; }
    public FieldCatalog Catalog { get; }
    public TemplateLibrary Library { get; }
    public IFormHubStore Store { get; }
    public TimeProvider Clock { get; }
    public ReportDeriver Deriver { get; }
    public RegionDirectory Regions { get; }
    public FilingCalendar Calendar { get; }
    public SubmissionWorkflow Workflow { get; }
    public CompletenessCalculator Completeness { get; }
    public ReportTableBuilder Tables { get; }
    public ReportPeriods Periods { get; }
    public OfficialLayouts Layouts { get; }
    public AccountService Accounts => new(Store, Clock);

    /// <summary>Loads the catalog and templates (--templates) and opens the store (--data / FORMHUB_POSTGRES).</summary>
    public static async Task<DomainServices> OpenAsync(CliContext context, ParseResult parseResult, CancellationToken ct)
    {
        var templates = context.TemplatesDirectory(parseResult);
        // The files seed an empty store; from then on the store's catalog version is the one every command reads.
        var store = await context.OpenStoreAsync(context.Storage(parseResult), context.LoadCatalog(templates), ct);
        TemplateLibrary library;
        try { library = await context.LoadTemplatesAsync(store, templates, ct); }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
        var starts = new ReportingStartSettings(store, ReportingStartsFromEnvironment(), TimeProvider.System);
        try { await starts.RefreshAsync(ct); }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
        return new DomainServices(templates, store.Catalog, library, store, TimeProvider.System, starts);
    }

    /// <summary>The stored unit with this 12-digit code, or a Chinese message saying what is wrong with it.</summary>
    public async Task<OrgUnit> UnitAsync(string? text, string option, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new CliException($"请用 {option} CODE 指定单位（12位区划代码）");
        if (!RegionCode.TryParse(text.Trim(), out var code, out var error)) throw new CliException($"区划代码“{text}”不正确：{error.Zh}");
        return (await Regions.GetAsync(ct)).Find(code)
               ?? throw new CliException($"区划 {code} 不在已导入的区划中（先运行 formhub regions import FILE 或 formhub seed）");
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
