using Microsoft.Data.Sqlite;

namespace FormHub.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private const string Village = AuditFamily.Village;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private Task SeedFamilyAsync() => AuditFamily.SeedAsync(_cli);

    /// <summary>Edits the first event of the village behind the store's back, as someone with the database file could.</summary>
    private int TamperWithFirstEvent()
    {
        using var connection = new SqliteConnection($"Data Source={_cli.DatabaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE events SET payload = json_replace(payload, '$.changes[0][2]', '李四') WHERE village_code = $v AND village_seq = 1";
        command.Parameters.AddWithValue("$v", Village);
        return command.ExecuteNonQuery();
    }

    [Fact]
    public async Task IntactVillageVerifiesThenATamperedEventIsNamedWithExitCodeTwo()
    {
        await SeedFamilyAsync();

        var intact = await _cli.RunAsync("audit", "verify", "--village", Village);
        Assert.True(intact.ExitCode == 0, intact.ToString());
        Assert.Contains($"✔ 村 {Village} 石门村委会：2 条事件，哈希链完整", intact.Out);

        Assert.Equal(1, TamperWithFirstEvent());

        var tampered = await _cli.RunAsync("audit", "verify", "--village", Village);
        Assert.True(tampered.ExitCode == 2, tampered.ToString());
        Assert.Contains($"✘ 村 {Village} 石门村委会", tampered.Out);
        Assert.Contains("第 1 条事件", tampered.Out);
        Assert.Contains("已被改动", tampered.Out);
        Assert.DoesNotContain("第 2 条事件", tampered.Out); // the untouched event still links to the stored hash of event 1
    }

    [Fact]
    public async Task VerifyAllChecksOnlyVillagesWithEventsAndFindsTheTamperedOne()
    {
        await SeedFamilyAsync();

        var intact = await _cli.RunAsync("audit", "verify", "--all");
        Assert.True(intact.ExitCode == 0, intact.ToString());
        Assert.Contains("共核验 1 个村、2 条事件，哈希链全部完整", intact.Out);

        TamperWithFirstEvent();

        var tampered = await _cli.RunAsync("audit", "verify", "--all");
        Assert.True(tampered.ExitCode == 2, tampered.ToString());
        Assert.Contains("第 1 条事件", tampered.Out);
        Assert.Contains("其中 1 个村的事件日志被改动", tampered.Out);
    }

    [Theory]
    [InlineData("36083510020", "应为12位数字")]
    [InlineData("360835100000", "乡镇级代码")]
    [InlineData("360835100999", "超出范围")]
    public async Task BadVillageCodeIsAnInputError(string code, string message)
    {
        var verify = await _cli.RunAsync("audit", "verify", "--village", code);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains(message, verify.Err);
    }

    [Fact]
    public async Task VillageNotInTheRegionListIsAnInputError()
    {
        var verify = await _cli.RunAsync("audit", "verify", "--village", Village);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("不在已导入的区划中", verify.Err);
    }

    [Theory]
    [InlineData]
    [InlineData("--all", "--village", Village)]
    public async Task VerifyNeedsExactlyOneOfVillageOrAll(params string[] options)
    {
        var verify = await _cli.RunAsync(["audit", "verify", .. options]);

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("二者选一", verify.Err);
    }
}
