using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Reports.Templates;
using FormHub.Scripting;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// The draft preview keeps a village's scope between previews (VillageScopeCache); these prove a kept scope is only used
/// while the village is unchanged, so a preview never shows data older than the store's.
/// </summary>
public class PreviewScopeCacheTests
{
    /// <summary>The fixture's 低保人数 template with a column summing a periodic value (本月低保金).</summary>
    private const string Funds = ReportFixture.DibaoPersonsTemplate + "\n" + """
          - id: funds
            title: 发放金额
            value: sum(households, 'dibao_amount')
        """;

    private static readonly Period November = Period.Parse("2026-11");

    private static async Task<(DraftPreview Preview, OrgUnit Village)> PreviewOfAsync(ReportFixture f)
    {
        var preview = new DraftPreview(f.Store, new TemplateLibrary([]), new TemplateEvaluator(), new NarrativeRenderer());
        var regions = new RegionTree(await f.Store.GetRegionsAsync(), "regions");
        return (preview, regions.Find(RegionCode.Parse(ReportFixture.VillageA))!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ADraftPreviewedAgainOnAnUnchangedVillageReusesItsScope(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var (preview, village) = await PreviewOfAsync(f);

        var first = await preview.PreviewAsync(f.Compile(Funds), village, November);
        // A different draft on the same village and period: the scope is the village's, not the draft's.
        var edited = await preview.PreviewAsync(f.Compile(Funds.Replace("title: 低保月报", "title: 低保月报（改）")), village, November);

        Assert.Equal(2m, first.Unit["persons"]);
        Assert.Equal(2m, edited.Unit["persons"]);
        Assert.Equal((1, 1), preview.Scopes.Counts);
    }

    /// <summary>
    /// A preview reads only the fields its template names. A template reading a field by a name held in a variable reads
    /// the whole type: its scope holds every field (the named-only scope would give it nothing), kept apart from the other.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ATemplateReadingFieldsByAComputedNameGetsEveryField(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var (preview, village) = await PreviewOfAsync(f);
        var named = f.Compile(ReportFixture.DibaoPersonsTemplate.Replace(
            "\"sum(households, 'dibao_persons', {dibao_status: '在保'})\"", "\"sum(households, h => h['dibao_status'] === '在保' ? 1 : 0)\""));
        var computed = f.Compile(ReportFixture.DibaoPersonsTemplate.Replace(
            "\"sum(households, 'dibao_persons', {dibao_status: '在保'})\"", "\"const k = 'dibao_persons'; sum(households, h => h[k])\""));
        Assert.Empty(named.TypesReadWhole);
        Assert.Equal(["household"], computed.TypesReadWhole);
        // Worked out once per catalog, not once per village previewed.
        Assert.Contains("household.dibao_status", computed.FieldsToLoad(f.Store.Catalog));
        Assert.Same(computed.FieldsToLoad(f.Store.Catalog), computed.FieldsToLoad(f.Store.Catalog));

        Assert.Equal(1m, (await preview.PreviewAsync(named, village, November)).Unit["persons"]);
        Assert.Equal(2m, (await preview.PreviewAsync(computed, village, November)).Unit["persons"]);
        Assert.Equal((0, 2), preview.Scopes.Counts);
    }

    /// <summary>
    /// Reads through a loop variable, or through a filter variable changed after its first value, are in the preview's
    /// scope (by name, or the whole type): the preview counts the household as the full derivation does.
    /// </summary>
    [Theory]
    [InlineData("let n = 0; for (const h of households) { if (h.dibao_status === '在保') n += h.dibao_persons } n")]
    [InlineData("function size(h) { return Object.values(h).includes('在保') ? h.dibao_persons : 0 } let n = 0; for (const h of households) n += size(h); n")]
    [InlineData("const f = {}; f.dibao_status = '在保'; sum(households, 'dibao_persons', f)")]
    [InlineData("let f = {dibao_persons: 2}; f = {dibao_status: '在保'}; sum(households, 'dibao_persons', f)")]
    public async Task APreviewReadsWhatLoopVariablesAndChangedFiltersRead(string value)
    {
        await using var f = await ReportFixture.CreateAsync();
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var (preview, village) = await PreviewOfAsync(f);
        var template = f.Compile(ReportFixture.DibaoPersonsTemplate.Replace(
            "\"sum(households, 'dibao_persons', {dibao_status: '在保'})\"", "\"" + value + "\""));

        var row = (await preview.PreviewAsync(template, village, November)).Unit;
        Assert.True(Equals(2m, row["persons"]), $"{row["persons"]}: {string.Join("; ", row.CellErrors.Select(e => $"{e.Key} {e.Value.Zh}"))}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASaveInTheVillageIsInTheNextPreview(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        var hh = await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var (preview, village) = await PreviewOfAsync(f);
        var template = f.Compile(Funds);
        Assert.Equal(2m, (await preview.PreviewAsync(template, village, November)).Unit["persons"]);

        var s = f.Store.OpenSession("cadre", ChangeSource.Form);
        s.Change(hh, 1, new Dictionary<string, object?> { ["dibao_persons"] = 5 }, ReportFixture.Jan1);
        await s.SaveChangesAsync();
        Assert.Equal(5m, (await preview.PreviewAsync(template, village, November)).Unit["persons"]);

        var paid = f.Store.OpenSession("cadre", ChangeSource.Form);
        paid.SetPeriodic(hh, "dibao_amount", November.Key, 830m);
        await paid.SaveChangesAsync();
        Assert.Equal(830m, (await preview.PreviewAsync(template, village, November)).Unit["funds"]);

        await f.AddHouseholdAsync(ReportFixture.VillageA, "乙", "在保", 3);
        Assert.Equal(8m, (await preview.PreviewAsync(template, village, November)).Unit["persons"]);
        Assert.Equal((0, 4), preview.Scopes.Counts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASaveInAnotherVillageKeepsTheScope(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres);
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var (preview, village) = await PreviewOfAsync(f);
        var template = f.Compile(Funds);
        await preview.PreviewAsync(template, village, November);

        await f.AddHouseholdAsync(ReportFixture.VillageB, "乙", "在保", 3);

        Assert.Equal(2m, (await preview.PreviewAsync(template, village, November)).Unit["persons"]);
        Assert.Equal((1, 1), preview.Scopes.Counts);
    }

    [Fact]
    public async Task AnotherPeriodOrARenamedVillageIsReadAgain()
    {
        await using var f = await ReportFixture.CreateAsync();
        await f.AddHouseholdAsync(ReportFixture.VillageA, "甲", "在保", 2);
        var (preview, village) = await PreviewOfAsync(f);
        var template = f.Compile(Funds);
        await preview.PreviewAsync(template, village, November);

        await preview.PreviewAsync(template, village, Period.Parse("2026-10"));
        var renamed = await preview.PreviewAsync(template, village with { Name = "新村" }, November);

        Assert.Equal((0, 3), preview.Scopes.Counts);
        Assert.Equal(2m, renamed.Unit["persons"]);
    }
}
