using System.Globalization;
using System.Text.RegularExpressions;
using FormHub.Core.Periods;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

public sealed partial class BurdenCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"清溪县（360835000000）[^：]*：(\d+) 张报表 · ([\d,]+) 个单元格 · 实际录入 ([\d,]+) 项 · 免填率 ([\d.]+)%")]
    private static partial Regex CountyLine();

    private static (int Reports, long Cells, long Typed, decimal Rate) Parse(string output)
    {
        var m = CountyLine().Match(output);
        Assert.True(m.Success, output);
        static long N(string s) => long.Parse(s.Replace(",", ""), CultureInfo.InvariantCulture);
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), N(m.Groups[2].Value), N(m.Groups[3].Value),
            decimal.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task BurdenOnTheSeededCountyCountsTwoMoreTypedValuesAfterACadreEditsTwoFields()
    {
        Assert.Equal(0, (await _cli.RunAsync(["seed", "--villages", "3", "--persons-per-village", "30"])).ExitCode);
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), PeriodType.Monthly).Key;

        var before = await _cli.RunAsync(["burden", "--period", month, "--unit", "360835000000"]);
        Assert.True(before.ExitCode == 0, before.ToString());
        var (reports, cells, typed, _) = Parse(before.Out);
        Assert.True(reports >= 7 && cells > 0, before.Out); // the monthly reports of the 12 (quarterly and yearly ones are filed in their last month)

        await using (var store = await _cli.OpenStoreAsync())
        {
            var village = (await store.GetRegionsAsync()).First(u => u.Level == Core.OrgUnits.OrgLevel.Village).Code.Value;
            var household = (await store.ListAsync(new EntityQuery(village, "household") { Take = 1 })).Items[0];
            var s = store.OpenSession("cadre", ChangeSource.Form);
            s.Change(household.Id, household.Version,
                // Values the seed cannot have given, so both fields really change.
                new Dictionary<string, object?> { ["address"] = "新村组" + Guid.NewGuid().ToString("N")[..6] + "号", ["household_number"] = "T" + DateTime.UtcNow.Ticks },
                DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
            await s.SaveChangesAsync();
        }

        var after = Parse((await _cli.RunAsync(["burden", "--period", month, "--unit", "360835000000"])).Out);
        Assert.Equal((reports, cells, typed + 2), (after.Reports, after.Cells, after.Typed));
        var expected = Math.Round(100m * (cells - typed - 2) / cells, 1, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, after.Rate);
    }

    [Fact]
    public async Task BurdenWithABadPeriodOrUnitIsAnInputError()
    {
        var badPeriod = await _cli.RunAsync(["burden", "--period", "2026-13"]);
        Assert.Equal(1, badPeriod.ExitCode);
        Assert.Contains("期别“2026-13”无效", badPeriod.Err);
        var badUnit = await _cli.RunAsync(["burden", "--period", "2026-11", "--unit", "12345"]);
        Assert.Equal(1, badUnit.ExitCode);
        Assert.Contains("12位", badUnit.Err);
    }
}
