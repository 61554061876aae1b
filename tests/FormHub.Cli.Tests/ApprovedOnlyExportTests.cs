using System.Globalization;
using System.Text;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>
/// Issue 14, departments: a report limited to approved villages lists only those, its 小计 and 合计 add up only them, and
/// it says how many villages are left out — the same table the web page gives with 只看已审核通过的村.
/// </summary>
public sealed class ApprovedOnlyExportTests(TinyCounty county) : IClassFixture<TinyCounty>
{
    private const string Dibao = "mz-dibao-monthly";

    [Fact]
    public async Task OnlyTheApprovedVillageIsListedAndTheTotalIsItsOwnAndTheLeftOutAreCounted()
    {
        var month = TinyCounty.CurrentMonth.Key;
        var all = await CsvAsync(approvedOnly: false);
        // the village with the most 低保户, so leaving the others out must change the total
        var chosen = county.Villages.OrderByDescending(v => Households(all, v.Code.Value)).First();
        Assert.True(all.Total > Households(all, chosen.Code.Value), "the other villages must hold some 低保户 for this test to mean anything");

        await using (var store = await county.Cli.OpenStoreAsync())
        {
            var draft = await store.GetSubmissionAsync(chosen.Code.Value, month);
            var now = DateTimeOffset.UtcNow;
            await store.SaveSubmissionAsync(draft with { Status = SubmissionStatus.Approved, UpdatedBy = "test", UpdatedAt = now, SubmittedAt = now },
                draft.Version, new AuditEntry(0, now, "test", "approve", chosen.Code.Value, month, null));
        }

        var approved = await CsvAsync(approvedOnly: true);
        Assert.Equal([chosen.Code.Value], approved.Villages.Select(v => v[0]).ToList());
        Assert.Equal(Households(all, chosen.Code.Value), approved.Total);

        var file = Path.Combine(county.Cli.Root, $"{Guid.NewGuid():N}.xlsx");
        var result = await county.Cli.RunAsync(["export", "--template", Dibao, "--unit", TinyCounty.County, "--period", month, "--format", "xlsx", "-o", file, "--approved-only"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var cells = WorkbookCells.Read(await File.ReadAllBytesAsync(file));
        Assert.Contains(cells.Values, v => v.Contains($"仅含已审核通过的村 1 个，未审核村 {county.Villages.Count - 1} 个未计入", StringComparison.Ordinal));
        foreach (var other in county.Villages.Where(v => v != chosen)) Assert.DoesNotContain(other.Name, cells.Values);
    }

    private async Task<(List<string[]> Villages, long Total)> CsvAsync(bool approvedOnly)
    {
        var file = Path.Combine(county.Cli.Root, $"{Guid.NewGuid():N}.csv");
        string[] args = ["export", "--template", Dibao, "--unit", TinyCounty.County, "--period", TinyCounty.CurrentMonth.Key, "--format", "csv", "-o", file];
        var result = await county.Cli.RunAsync(approvedOnly ? [.. args, "--approved-only"] : args);
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = Encoding.UTF8.GetString((await File.ReadAllBytesAsync(file))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        var total = lines.Single(l => l[1] == "合计");
        return (lines.Where(l => county.Villages.Any(v => v.Code.Value == l[0])).ToList(),
            total[2].Length == 0 ? 0 : long.Parse(total[2], CultureInfo.InvariantCulture));
    }

    private static long Households((List<string[]> Villages, long Total) csv, string village) =>
        csv.Villages.Single(l => l[0] == village)[2] is { Length: > 0 } text ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
}
