using System.Text.RegularExpressions;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Catalog;
using FormHub.Reports.Tests.Golden;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// The two shipped templates that read monthly amounts per person (cl-disability-subsidy-quarterly,
/// mz-elderly-allowance-yearly) run their <c>p =&gt; sumOfMonths(p, …)</c> callbacks natively (issue 12). Derived from a
/// real store over the awkward cases — months missing, a person retired mid-period with amounts before it, amounts
/// changed within the period and a month corrected after it was entered — every row (villages, township, county) and
/// every check must equal the same template run through the engine: each helper called as <c>(0, sumOfMonths)(p, …)</c>,
/// which means the same in JavaScript but is not a form the native path takes.
/// </summary>
public partial class FinerPeriodFastPathTests
{
    private static readonly string TemplateDir = Path.Combine(RepositoryRoot.Path, "form-templates", "templates");

    [GeneratedRegex(@"\b(sumOfMonths|avgOfMonths|lastMonth)\(")]
    private static partial Regex HelperCall();

    private static IEnumerable<string> Months(int year, int from, int to) => Enumerable.Range(from, to - from + 1).Select(m => $"{year}-{m:D2}");

    /// <summary>The shipped template as written, and a copy under another id whose helper calls the engine must run.</summary>
    private static (CompiledTemplate Native, CompiledTemplate Engine) Both(ReportFixture f, string id)
    {
        var file = Path.Combine(TemplateDir, id + ".yaml");
        var yaml = File.ReadAllText(file);
        var compiler = new TemplateCompiler(f.Catalog);
        var native = compiler.Compile(TemplateLoader.Load(file, yaml));
        var engine = compiler.Compile(TemplateLoader.Load(file, HelperCall().Replace(yaml, "(0, $1)(").Replace($"id: {id}", $"id: {id}-engine")));
        return (native, engine);
    }

    private static async Task AssertSameRowsAsync(ReportFixture f, string id, string period)
    {
        var (native, engine) = Both(f, id);
        var p = Period.Parse(period);
        var a = f.Deriver(native);
        var b = f.Deriver(engine);
        await a.RebuildAsync(RegionCode.Parse(Golden.Golden.County), p);
        await b.RebuildAsync(RegionCode.Parse(Golden.Golden.County), p);
        foreach (var unit in new[] { Golden.Golden.A, Golden.Golden.B, Golden.Golden.Township, Golden.Golden.County })
        {
            var x = await a.GetRowAsync(id, 1, p.Key, unit) ?? throw new Xunit.Sdk.XunitException($"no native row for {unit}");
            var y = await b.GetRowAsync(id + "-engine", 1, p.Key, unit) ?? throw new Xunit.Sdk.XunitException($"no engine row for {unit}");
            Assert.Empty(x.CellErrors);
            Assert.Equal(y.Values, x.Values);
            Assert.Equal(y.Checks.Select(c => (c.Index, c.Passed)), x.Checks.Select(c => (c.Index, c.Passed)));
            Assert.Equal(y.Narrative, x.Narrative);
        }
    }

    [Theory]
    [InlineData("cl-disability-subsidy-quarterly", "2026Q4")]
    [InlineData("mz-elderly-allowance-yearly", "2026")]
    public async Task EveryCallbackOfTheShippedTemplateRunsNatively(string id, string period)
    {
        // 400 persons and a budget of 50 statements: enough for the template's expressions, not for one callback per person.
        await using var f = await ReportFixture.CreateAsync();
        var p = Period.Parse(period);
        var months = p.Type == PeriodType.Yearly ? 12 : 3;
        var persons = Enumerable.Range(0, 400).Select(i =>
        {
            var fields = f.Catalog.FieldsOf("person").ToDictionary(x => x.Name, _ => (object?)null);
            fields["age"] = 60L + i % 40;
            if (i % 3 == 0) fields["disability_grade"] = "二级";
            return new ScriptEntity(Guid.NewGuid(), "person", fields)
            {
                FinerPeriods = f.Catalog.FieldsOf("person").Where(x => x.Kind == FieldKind.Periodic && x.OwnPeriod < p.Type).ToDictionary(
                    x => x.Name, x => (IReadOnlyList<object?>)Enumerable.Range(0, months).Select(m => i % (m + 2) == 0 ? (object?)100m : null).ToArray()),
            };
        }).ToList();
        var scope = new EvaluationScope(new ScriptUnit(Golden.Golden.A, "石门村委会", OrgLevel.Village), p)
        {
            Entities = new Dictionary<string, IReadOnlyList<ScriptEntity>> { ["person"] = persons, ["household"] = [] },
        };
        var (native, engine) = Both(f, id);
        var tight = new TemplateEvaluator(new SandboxOptions { MaxStatements = 50 });

        var a = tight.Evaluate(native, scope);
        var b = tight.Evaluate(engine, scope);

        Assert.Empty(a.CellErrors);
        Assert.All(a.Checks, c => Assert.Null(c.Failure));
        Assert.Contains(b.CellErrors.Values, e => e.Kind == ScriptFailureKind.StatementLimit);
        Assert.Equal(new TemplateEvaluator().Evaluate(engine, scope).Values, a.Values);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheYearlyOldAgeAllowanceIsTheEnginesOnMissingMonthsRetirementsAndChangedAmounts(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres, LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);
        var ha = d.Household(Golden.Golden.A, "王家");
        var changed = d.Person(Golden.Golden.A, ha, "王一", d.Man(1940, 3, 1));
        foreach (var m in Months(2026, 1, 6)) d.Periodic(changed, m, "elderly_allowance_amount", 100m);
        foreach (var m in Months(2026, 7, 12)) d.Periodic(changed, m, "elderly_allowance_amount", 120.5m);   // raised in July
        var gaps = d.Person(Golden.Golden.A, ha, "王二", d.Woman(1944, 6, 15));
        foreach (var m in new[] { "2026-01", "2026-03", "2026-04", "2026-09", "2026-11" }) d.Periodic(gaps, m, "elderly_allowance_amount", 100m); // no December
        var retired = d.Person(Golden.Golden.A, ha, "王三", d.Man(1935, 1, 1));
        foreach (var m in Months(2026, 1, 7)) d.Periodic(retired, m, "elderly_allowance_amount", 200m);
        var young = d.Person(Golden.Golden.A, ha, "王四", d.Man(1970, 7, 7));
        d.Periodic(young, "2026-12", "elderly_allowance_amount", 0.1m);
        d.Periodic(young, "2026-06", "elderly_allowance_amount", 0.2m);
        d.Person(Golden.Golden.A, ha, "王五", d.Woman(1930, 5, 5));                                           // 96, nothing paid
        var hb = d.Household(Golden.Golden.B, "李家");
        var late = d.Person(Golden.Golden.B, hb, "李一", d.Woman(1946, 12, 31));                            // turns 80 on the last day
        d.Periodic(late, "2026-12", "elderly_allowance_amount", 150m);
        d.Periodic(late, "2025-12", "elderly_allowance_amount", 150m);                                       // last year's: not this year's
        await d.SaveAsync();
        d.Retire(retired, new DateOnly(2026, 8, 10), RetirementReason.Death);
        d.Periodic(changed, "2026-03", "elderly_allowance_amount", 130m);                                    // March corrected afterwards
        d.Periodic(gaps, "2026-11", "elderly_allowance_amount", null);                                       // November cleared
        await d.SaveAsync();

        await AssertSameRowsAsync(f, "mz-elderly-allowance-yearly", "2026");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheQuarterlyDisabilitySubsidiesAreTheEnginesOnMissingMonthsRetirementsAndChangedAmounts(bool postgres)
    {
        await using var f = await ReportFixture.CreateAsync(postgres, LaterClock.AfterTheGoldenData);
        var d = new GoldenData(f);
        var ha = d.Household(Golden.Golden.A, "冯家");
        var changed = d.Person(Golden.Golden.A, ha, "冯一", d.Man(1970, 1, 1), new() { ["disability_grade"] = "一级" });
        d.Periodic(changed, "2026-10", "disability_subsidy_amount", 90m);
        d.Periodic(changed, "2026-11", "disability_subsidy_amount", 95m);
        d.Periodic(changed, "2026-12", "disability_subsidy_amount", 99.99m);
        d.Periodic(changed, "2026-10", "care_subsidy_amount", 100m);
        var gaps = d.Person(Golden.Golden.A, ha, "冯二", d.Woman(1972, 2, 2), new() { ["disability_grade"] = "二级" });
        d.Periodic(gaps, "2026-11", "care_subsidy_amount", 100m);                                            // November only
        var retired = d.Person(Golden.Golden.A, ha, "冯三", d.Man(1950, 5, 5), new() { ["disability_grade"] = "一级" });
        d.Periodic(retired, "2026-10", "disability_subsidy_amount", 90m);
        d.Periodic(retired, "2026-10", "care_subsidy_amount", 100m);
        var uncertified = d.Person(Golden.Golden.A, ha, "冯四", d.Woman(1985, 4, 4));
        d.Periodic(uncertified, "2026-12", "disability_subsidy_amount", 50m);
        var hb = d.Household(Golden.Golden.B, "陈家");
        var corrected = d.Person(Golden.Golden.B, hb, "陈一", d.Man(1965, 1, 1), new() { ["disability_grade"] = "二级" });
        foreach (var m in Months(2026, 10, 12)) d.Periodic(corrected, m, "care_subsidy_amount", 120m);
        d.Periodic(corrected, "2026-09", "care_subsidy_amount", 120m);                                       // last quarter's
        d.Person(Golden.Golden.B, hb, "陈二", d.Woman(1968, 2, 2), new() { ["disability_grade"] = "三级" });
        await d.SaveAsync();
        d.Retire(retired, new DateOnly(2026, 11, 20), RetirementReason.Death);
        d.Periodic(corrected, "2026-12", "care_subsidy_amount", 0m);                                         // December's payment withdrawn
        d.Periodic(changed, "2026-10", "care_subsidy_amount", null);                                         // October cleared
        await d.SaveAsync();

        await AssertSameRowsAsync(f, "cl-disability-subsidy-quarterly", "2026Q4");
    }
}
