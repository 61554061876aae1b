using FormHub.Core.Catalog;
using FormHub.Filing;
using FormHub.Reports;
using FormHub.Reports.Templates;
using FormHub.Scripting.Compilation;
using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// The filing calendar's first month (no village files before the first period any template applies to) follows the
/// library as a publish, a stop or another server's change replaces it, instead of the templates of the moment it was made.
/// </summary>
public sealed class FilingCalendarFollowsTemplatesTests
{
    private static readonly FieldCatalog Catalog = CatalogLoader.LoadDirectory(Path.Combine(RepositoryRoot.Templates, "catalog"));

    private static CompiledTemplate From(string id, string period) => TemplateChecker.CompileAll(
        [($"{id}.yaml", TemplateDrafts.Pension(id).Replace("version: 1", $"version: 1\neffective_from: {period}"))], Catalog, null)[0];

    [Fact]
    public void TheFirstMonthFollowsTheTemplatesTheLibraryHoldsNow()
    {
        var library = new TemplateLibrary([From("a-monthly", "2026-09")]);
        var calendar = new FilingCalendar(library, TimeProvider.System);
        Assert.Equal("2026-09", calendar.FirstMonth(DemoCounty.Shimen)?.Key);

        library.Replace([From("a-monthly", "2026-09"), From("b-monthly", "2026-07")], new Dictionary<string, string>(), 2);
        Assert.Equal("2026-07", calendar.FirstMonth(DemoCounty.Shimen)?.Key);
        Assert.True(calendar.Applies(DemoCounty.Shimen, Core.Periods.Period.Parse("2026-08")));

        library.Replace([From("a-monthly", "2026-09")], new Dictionary<string, string>(), 3);
        Assert.Equal("2026-09", calendar.FirstMonth(DemoCounty.Shimen)?.Key);
        Assert.NotNull(calendar.NotApplicable(DemoCounty.Shimen, Core.Periods.Period.Parse("2026-08")));
    }
}
