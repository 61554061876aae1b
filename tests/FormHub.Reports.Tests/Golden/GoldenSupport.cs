using System.Globalization;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests.Golden;

/// <summary>
/// Shared plumbing for the golden tests (docs/templates.md §19, issue 4 item 5): one shipped template, a small fixed
/// dataset entered through the store, a cold rebuild of the demo county, and rows read back for assertion against
/// values worked out by hand in each test. Nothing here computes an expected value.
/// </summary>
/// <remarks>
/// Units (form-templates/regions/demo-county.csv): villages A 石门村委会 and B 上塘村委会 in 清溪镇; village C 枫树村委会
/// in another township (石桥镇), so the 清溪镇 row is A + B and the 清溪县 row is A + B + C. The other 22 villages of the
/// county hold no data: their rows count 0 and their empty cells are skipped by <c>sum</c> rollups.
/// </remarks>
internal static class Golden
{
    public const string A = ReportFixture.VillageA;   // 石门村委会
    public const string B = ReportFixture.VillageB;   // 上塘村委会
    public const string C = "360835101200";           // 枫树村委会, 石桥镇
    public const string Township = ReportFixture.Township; // 清溪镇 = A + B
    public const string County = ReportFixture.County;     // 清溪县 = A + B + C

    private static readonly string TemplateDir = Path.Combine(RepositoryRoot.Path, "form-templates", "templates");

    /// <summary>
    /// Derives one shipped template (the version in force for the last period) over the whole county for each period
    /// in order: earlier periods first, so prev() finds them.
    /// </summary>
    public static async Task<GoldenReport> DeriveAsync(ReportFixture f, string templateId, params string[] periods)
    {
        var period = Period.Parse(periods[^1]);
        var template = TemplateLibrary.LoadDirectory(TemplateDir, f.Catalog).InForce(templateId, period)
                       ?? throw new InvalidOperationException($"{templateId} has no version in force for {period.Key}");
        var deriver = f.Deriver(template);
        foreach (var p in periods) await deriver.RebuildAsync(RegionCode.Parse(County), Period.Parse(p));
        return new GoldenReport(deriver, template, period.Key);
    }

    /// <summary>
    /// Asserts every column of a row: the expected set of column ids must be exactly the row's, no cell may carry an
    /// error, and each value must equal the hand-worked one (decimals compare by value: 2m equals 2.00m). All mismatches
    /// are reported together.
    /// </summary>
    public static void AssertRow(ReportRow row, Dictionary<string, object?> expected)
    {
        var problems = new List<string>();
        var missing = row.Values.Keys.Except(expected.Keys).ToList();
        var extra = expected.Keys.Except(row.Values.Keys).ToList();
        if (missing.Count > 0) problems.Add("columns not asserted: " + string.Join(", ", missing));
        if (extra.Count > 0) problems.Add("columns not in the row: " + string.Join(", ", extra));
        problems.AddRange(row.CellErrors.Select(e => $"cell error {e.Key}: {e.Value.Zh}"));
        foreach (var (column, want) in expected)
        {
            var got = row[column];
            if (!Equals(Normalize(want), Normalize(got)))
                problems.Add($"{column}: expected {Show(want)}, got {Show(got)}");
        }
        Assert.True(problems.Count == 0, $"{row.TemplateId} {row.Period} {row.UnitCode}:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>
    /// The checks that ran on a row, numbered as the template lists them (1-based, like 第1条校验): "1✓ 2✗ 4✓".
    /// A check whose rule itself failed to run shows as "n!".
    /// </summary>
    public static string Checks(ReportRow row) =>
        string.Join(" ", row.Checks.OrderBy(c => c.Index).Select(c => $"{c.Index + 1}{(c.Failure is not null ? "!" : c.Passed ? "✓" : "✗")}"));

    /// <summary>A row's values and checks as text, for comparing two derivations of one row.</summary>
    public static string Describe(ReportRow row) =>
        string.Join("; ", row.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={Show(Normalize(v.Value))}"))
        + $" | errors {string.Join(",", row.CellErrors.Keys.Order(StringComparer.Ordinal))} | checks {Checks(row)}";

    private static object? Normalize(object? v) => v switch
    {
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        _ => v,
    };

    private static string Show(object? v) => v switch
    {
        null => "null",
        string s => $"\"{s}\"",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>A derived shipped template for one period; reads its stored rows.</summary>
internal sealed record GoldenReport(ReportDeriver Deriver, Scripting.Compilation.CompiledTemplate Template, string Period)
{
    public string TemplateId => Template.Template.Id;

    public int Version => Template.Template.Version;

    /// <summary>
    /// The stored row of <paramref name="unit"/>. A village's row is also previewed, which reads only the fields the
    /// template names (not every field, as the rebuild did): both must give the same row.
    /// </summary>
    public async Task<ReportRow> RowAsync(string unit)
    {
        var row = await Deriver.GetRowAsync(TemplateId, Template.Template.Version, Period, unit)
                  ?? throw new Xunit.Sdk.XunitException($"no row for {TemplateId} {Period} {unit}");
        if (unit is Golden.A or Golden.B or Golden.C)
        {
            var village = (await Deriver.LoadRegionsAsync()).Find(RegionCode.Parse(unit))!;
            var preview = await Deriver.PreviewAsync(Template, village, FormHub.Core.Periods.Period.Parse(Period));
            Assert.Equal(Golden.Describe(row), Golden.Describe(preview));
        }
        return row;
    }
}

/// <summary>
/// Enters a golden dataset through the store API as an import would (IStoreSession, ChangeSource.Import). Creates and
/// periodic values collect in one session; <see cref="SaveAsync"/> writes them. Changes and retirements after a save
/// use the versions the store returned.
/// </summary>
internal sealed class GoldenData(ReportFixture f)
{
    private readonly Dictionary<Guid, long> _versions = [];
    private IStoreSession _session = f.Store.OpenSession("golden", ChangeSource.Import);
    private int _serial = 100;

    public static readonly DateOnly Jan1 = ReportFixture.Jan1;

    /// <summary>The village's own facts (村情), valid from <paramref name="from"/> (default 2026-01-01).</summary>
    public Guid Village(string code, Dictionary<string, object?> fields, DateOnly? from = null) =>
        _session.Create("village", code, fields, from ?? Jan1);

    public Guid Household(string village, string name, Dictionary<string, object?>? fields = null, DateOnly? from = null)
    {
        var all = new Dictionary<string, object?>(fields ?? []) { ["name"] = name };
        return _session.Create("household", village, all, from ?? Jan1);
    }

    public Guid Person(string village, Guid household, string name, string idNumber, Dictionary<string, object?>? fields = null, DateOnly? from = null)
    {
        var all = new Dictionary<string, object?>(fields ?? []) { ["name"] = name, ["id_number"] = idNumber, ["household"] = household.ToString() };
        return _session.Create("person", village, all, from ?? Jan1);
    }

    /// <summary>A valid ID number of a man born on the day (the 17th digit is odd).</summary>
    public string Man(int year, int month, int day) => ReportFixture.IdNumber(year, month, day, NextSerial(odd: true));

    /// <summary>A valid ID number of a woman born on the day (the 17th digit is even).</summary>
    public string Woman(int year, int month, int day) => ReportFixture.IdNumber(year, month, day, NextSerial(odd: false));

    private int NextSerial(bool odd)
    {
        _serial++;
        if (_serial % 2 == 1 != odd) _serial++;
        return _serial;
    }

    public void Periodic(Guid entity, string period, string field, object? value) => _session.SetPeriodic(entity, field, period, value);

    public void Change(Guid entity, Dictionary<string, object?> fields, DateOnly from) => _session.Change(entity, _versions[entity], fields, from);

    public void Retire(Guid entity, DateOnly date, RetirementReason reason) => _session.Retire(entity, _versions[entity], date, reason);

    public async Task SaveAsync()
    {
        var result = await _session.SaveChangesAsync();
        foreach (var (id, version) in result.Versions) _versions[id] = version;
        _session = f.Store.OpenSession("golden", ChangeSource.Import);
    }
}
