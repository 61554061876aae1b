namespace FormHub.Cli.Tests;

public sealed class CompletenessCommandTests : IAsyncLifetime
{
    private readonly TinyCounty _county = new();

    public Task InitializeAsync() => _county.InitializeAsync();

    public Task DisposeAsync() => _county.DisposeAsync();

    [Fact]
    public async Task CompletenessCountsASubmittedVillageForEveryReportDueThatMonth()
    {
        var month = TinyCounty.CurrentMonth.Key;
        var before = await _county.Cli.RunAsync(["completeness", "--unit", TinyCounty.County, "--period", month, "--template", "mz-dibao-monthly"]);
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Contains("农村最低生活保障情况月报（mz-dibao-monthly", before.Out);
        Assert.Contains("应报 3 个村，已报 0 个（已审核 0 个）", before.Out);

        await using (var store = await _county.Cli.OpenStoreAsync())
            await Submitting.SubmitAsync(store, _county.Villages[0].Code.Value, month);

        var after = await _county.Cli.RunAsync(["completeness", "--unit", TinyCounty.County, "--period", month]);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Contains("清溪县（360835000000）", after.Out);
        // 及时率 counts only villages whose timeliness is decided: before the due date, the one filed village, on time.
        Assert.Contains("应报 3 个村，已报 1 个（已审核 0 个），逾期 0 个；报送率 33.3%，及时率 100.0%", after.Out);
        // Every monthly report due with the month is listed, each from the same one form.
        Assert.True(after.Out.Split('\n').Count(l => l.Contains("应报 3 个村，已报 1 个", StringComparison.Ordinal)) >= 7, after.Out);
    }

    [Fact]
    public async Task ThePastMonthsOfTheSeedAreFullyApproved()
    {
        var result = await _county.Cli.RunAsync(["completeness", "--unit", TinyCounty.County, "--period", TinyCounty.CurrentMonth.Previous.Key, "--template", "mz-dibao-monthly"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("应报 3 个村，已报 3 个（已审核 3 个）", result.Out);
    }

    [Theory]
    [InlineData("2026Q4", "请写成 2026-11 这样的月份")]
    [InlineData("2026-13", "期别“2026-13”无效")]
    public async Task APeriodThatIsNotAMonthIsAnInputError(string period, string message)
    {
        var result = await _county.Cli.RunAsync(["completeness", "--unit", TinyCounty.County, "--period", period]);
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains(message, result.Err);
    }

    [Fact]
    public async Task TheRootHelpListsTheCommandsOnTheDomainServices()
    {
        var result = await _county.Cli.RunAsync(["--help"]);
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "export", "completeness", "submissions", "webhooks" }) Assert.Contains(command, result.Out);
        var help = await _county.Cli.RunAsync(["completeness", "--help"]);
        Assert.Contains("报送率和及时率", help.Out);
        Assert.Contains("--unit", help.Out);
    }
}
