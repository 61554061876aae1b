using FormHub.Storage.Accounts;

namespace FormHub.Cli.Tests;

/// <summary>
/// <c>formhub accounts</c>: the same rules as the 账号管理 page, one-time passwords printed once, CSV errors by line with
/// nothing created, and the first admin only while there is none.
/// </summary>
public sealed class AccountsCommandTests : IAsyncLifetime
{
    private readonly TinyCounty _county = new();

    public Task InitializeAsync() => _county.InitializeAsync();

    public Task DisposeAsync() => _county.DisposeAsync();

    private string Village(int i) => _county.Villages[i].Code.Value;

    private async Task<UserAccount?> FindAsync(string userName)
    {
        await using var store = await _county.Cli.OpenStoreAsync();
        return await store.FindAccountAsync(userName);
    }

    [Fact]
    public async Task CreatePrintsAOneTimePasswordThatMustBeChangedAndListShowsTheAccount()
    {
        var result = await _county.Cli.RunAsync(["accounts", "create", "li.wei", "--name", "李伟", "--role", "reviewer", "--scope", _county.Township.Code.Value,
            "--phone", "13912345678"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("已新建乡镇审核员账号 li.wei", result.Out);
        var password = result.Out.Split("一次性密码：")[1][..12];
        var account = (await FindAsync("li.wei"))!;
        Assert.True(account.MustChangePassword);
        Assert.True(PasswordHashing.Verify(account, password));

        var list = await _county.Cli.RunAsync(["accounts", "list"]);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains($"li.wei\t李伟\t乡镇审核员\t{_county.Township.Code.Value} {_county.Township.Name}\t待改密码", list.Out);
    }

    [Fact]
    public async Task AScopeOfTheWrongLevelIsRefusedWithExitCode1()
    {
        var result = await _county.Cli.RunAsync(["accounts", "create", "zhang", "--name", "张三", "--role", "cadre", "--scope", _county.Township.Code.Value]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("村级填报员的范围须为一个村", result.Err);
        Assert.Null(await FindAsync("zhang"));
    }

    [Fact]
    public async Task DisableAndResetEndWhatTheAccountHadAndAreAudited()
    {
        var before = (await FindAsync("cadre"))!;
        var disabled = await _county.Cli.RunAsync(["accounts", "disable", "cadre"]);
        Assert.True(disabled.ExitCode == 0, disabled.ToString());
        var after = (await FindAsync("cadre"))!;
        Assert.True(after.Disabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);

        var reset = await _county.Cli.RunAsync(["accounts", "reset", "cadre"]);
        Assert.True(reset.ExitCode == 0, reset.ToString());
        var password = reset.Out.Split("一次性密码：")[1][..12];
        var again = (await FindAsync("cadre"))!;
        Assert.True(again.MustChangePassword);
        Assert.True(PasswordHashing.Verify(again, password));
        Assert.False(PasswordHashing.Verify(again, "FormHub2026"));

        await using var store = await _county.Cli.OpenStoreAsync();
        var trail = await store.ListAuditByActionAsync(["account."], null, "cadre", 10);
        Assert.Equal(["account.reset", "account.disable"], trail.Select(t => t.Action));
        Assert.All(trail, t => Assert.StartsWith("命令行:", t.User));

        var unknown = await _county.Cli.RunAsync(["accounts", "disable", "nobody"]);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("没有账号“nobody”", unknown.Err);
    }

    [Fact]
    public async Task ACsvWithBadLinesIsRefusedLineByLineAndCreatesNothing()
    {
        var file = _county.Cli.WriteFile("cadres.csv",
            $"村代码,用户名,姓名,电话\n{Village(0)},wang.a,王甲,13800000001\n{_county.Township.Code.Value},wang.b,王乙,\n{Village(2)},cadre,重名,\n{Village(1)},wang.c,王丙,12345\n");
        var result = await _county.Cli.RunAsync(["accounts", "create", "--csv", file]);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("CSV 有 3 处错误，未新建任何账号", lines[0]);
        Assert.StartsWith("行 3：村级填报员的范围须为一个村", lines[1]);
        Assert.Equal("行 4：用户名“cadre”已被使用", lines[2]);
        Assert.Equal("行 5：电话号码格式不正确", lines[3]);
        Assert.Null(await FindAsync("wang.a"));
    }

    [Fact]
    public async Task AGoodCsvCreatesOneCadrePerVillageEachWithAOneTimePassword()
    {
        var file = _county.Cli.WriteFile("cadres.csv", $"{Village(0)},wang.a,王甲,13800000001\r\n{Village(1)},wang.b,王乙,\r\n");
        var result = await _county.Cli.RunAsync(["accounts", "create", "--csv", file]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("已新建 2 个村级填报员账号", result.Out);
        Assert.Equal(Village(1), (await FindAsync("wang.b"))!.CaptureScope);
        Assert.Equal(2, result.Out.Split("一次性密码：").Length - 1);
    }

    [Fact]
    public async Task CreateAdminIsRefusedWhileAnAdminExists()
    {
        var result = await _county.Cli.RunAsync(["accounts", "create-admin", "chief", "--name", "县数据局", "--scope", TinyCounty.County]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("已有管理员", result.Err);
        Assert.Null(await FindAsync("chief"));
    }
}

/// <summary>A deployment's first admin, on a store with regions and no accounts at all.</summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task CreateAdminMakesTheFirstAdminWithAOneTimePasswordOnce()
    {
        var regions = await _cli.RunAsync(["regions", "import", RepositoryRoot.DemoRegions]);
        Assert.True(regions.ExitCode == 0, regions.ToString());
        var result = await _cli.RunAsync(["accounts", "create-admin", "chief", "--name", "县数据局", "--scope", TinyCounty.County]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("已创建管理员 chief", result.Out);
        await using (var store = await _cli.OpenStoreAsync())
        {
            var admin = (await store.FindAccountAsync("chief"))!;
            Assert.Equal(AccountRole.Admin, admin.Role);
            Assert.True(admin.MustChangePassword);
            Assert.Single(await store.ListAccountsAsync());
        }
        var second = await _cli.RunAsync(["accounts", "create-admin", "chief2", "--name", "又一个", "--scope", TinyCounty.County]);
        Assert.Equal(1, second.ExitCode);
    }
}
