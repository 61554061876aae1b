using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

public sealed class SubmissionsCommandTests : IAsyncLifetime
{
    private readonly TinyCounty _county = new();

    private static string Month => TinyCounty.CurrentMonth.Key;

    public Task InitializeAsync() => _county.InitializeAsync();

    public Task DisposeAsync() => _county.DisposeAsync();

    private string Township => _county.Township.Code.Value;

    private string Village(int i) => _county.Villages[i].Code.Value;

    private async Task SubmitAsync(int village)
    {
        await using var store = await _county.Cli.OpenStoreAsync();
        await Submitting.SubmitAsync(store, Village(village), Month);
    }

    private async Task<(Submission Submission, IReadOnlyList<AuditEntry> Audit)> StoredAsync(int village)
    {
        await using var store = await _county.Cli.OpenStoreAsync();
        return (await store.GetSubmissionAsync(Village(village), Month), await store.ListAuditAsync(Village(village), Month));
    }

    [Fact]
    public async Task ListShowsEveryVillagesStatusForTheMonth()
    {
        await SubmitAsync(1);
        var result = await _county.Cli.RunAsync(["submissions", "list", "--township", Township, "--period", Month]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{_county.Villages[1].Code} {_county.Villages[1].Name} 已提交", result.Out);
        Assert.Contains($"{_county.Villages[0].Code} {_county.Villages[0].Name} 填报中", result.Out);
        Assert.Contains("合计：", result.Out);
        Assert.Contains("已提交 1 个", result.Out);
    }

    [Fact]
    public async Task AnAdminApprovesEverySubmittedVillageWithTheReasonInTheAuditTrail()
    {
        await SubmitAsync(0);
        await SubmitAsync(2);
        var result = await _county.Cli.RunAsync(["submissions", "approve", "--township", Township, "--period", Month,
            "--as", "admin", "--reason", "乡镇审核员休假，县里代为审核"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("已审核通过 2 个村", result.Out);

        foreach (var i in new[] { 0, 2 })
        {
            var (submission, audit) = await StoredAsync(i);
            Assert.Equal(SubmissionStatus.Approved, submission.Status);
            Assert.Equal("admin", submission.UpdatedBy);
            var approve = Assert.Single(audit, a => a.Action == "approve");
            Assert.Equal("admin", approve.User);
            Assert.Contains("管理员代办：乡镇审核员休假，县里代为审核", approve.Detail);
        }
        Assert.Equal(SubmissionStatus.Draft, (await StoredAsync(1)).Submission.Status); // never submitted: untouched
    }

    [Fact]
    public async Task AnAdminReturnsAVillageWithTheCommentForTheCadre()
    {
        await SubmitAsync(1);
        var result = await _county.Cli.RunAsync(["submissions", "return", "--township", Township, "--period", Month, "--village", Village(1),
            "--comment", "低保人数与花名册不符，请核对", "--as", "admin", "--reason", "审核员出差"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var (submission, audit) = await StoredAsync(1);
        Assert.Equal(SubmissionStatus.Returned, submission.Status);
        Assert.Equal("低保人数与花名册不符，请核对", submission.Comment);
        Assert.Contains(audit, a => a.Action == "return" && a.User == "admin" && a.Detail!.Contains("管理员代办：审核员出差", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("approve", "--as", "admin", "", "须用 --reason TEXT 写明原因")]
    [InlineData("approve", "--as", "reviewer", "原因", "不是管理员")]
    [InlineData("approve", "--as", "nobody", "原因", "没有账号“nobody”")]
    [InlineData("return", "--as", "admin", "原因", "须用 --comment TEXT 填写退回意见")]
    public async Task AStepWithoutReasonCommentOrAdminChangesNothing(string action, string asOption, string user, string reason, string message)
    {
        await SubmitAsync(0);
        var args = new List<string> { "submissions", action, "--township", Township, "--period", Month, "--village", Village(0), asOption, user };
        if (reason.Length > 0) args.AddRange(["--reason", reason]);
        var result = await _county.Cli.RunAsync([.. args]);
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.Equal(SubmissionStatus.Submitted, (await StoredAsync(0)).Submission.Status);
    }

    [Fact]
    public async Task ApprovingANamedVillageThatIsStillADraftIsRefusedAndChangesNothing()
    {
        await SubmitAsync(0);
        var result = await _county.Cli.RunAsync(["submissions", "approve", "--township", Township, "--period", Month,
            "--village", Village(0), "--village", Village(1), "--as", "admin", "--reason", "代办"]);
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("的状态是“填报中”，只有已提交的才能审核；未做任何更改", result.Err);
        Assert.Equal(SubmissionStatus.Submitted, (await StoredAsync(0)).Submission.Status);
    }

    [Fact]
    public async Task AUnitThatIsNotATownshipIsAnInputError()
    {
        var result = await _county.Cli.RunAsync(["submissions", "list", "--township", TinyCounty.County, "--period", Month]);
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("不是乡镇级单位", result.Err);
    }

    [Fact]
    public async Task HelpNamesTheReasonAndTheAdmin()
    {
        var result = await _county.Cli.RunAsync(["submissions", "approve", "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--reason", result.Out);
        Assert.Contains("--as", result.Out);
        Assert.Contains("审计日志", result.Out);
    }
}
