using FormHub.Storage.Audit;

namespace FormHub.Cli.Tests;

/// <summary>
/// <c>formhub audit verify</c> against someone with database access, on both engines: current documents and periodic
/// values edited behind the store's back are named with entity, field, stored and replayed value; keys rotate.
/// </summary>
public abstract class AuditTamperCommandTests(CliEngine engine) : IAsyncLifetime
{
    private const string Village = AuditFamily.Village;

    private CliHarness Cli => engine.Cli;

    public async Task InitializeAsync()
    {
        await engine.StartAsync();
        await AuditFamily.SeedAsync(Cli, paidInOctober: true);
    }

    public async Task DisposeAsync() => await engine.DisposeAsync();

    [Fact]
    public async Task AnEditedCurrentDocumentIsNamedWithFieldAndBothValues()
    {
        var intact = await Cli.RunAsync("audit", "verify", "--village", Village);
        Assert.True(intact.ExitCode == 0, intact.ToString());
        Assert.Contains("哈希链完整，当前数据与事件日志一致", intact.Out);

        Assert.Equal(1, await engine.ReplaceInRecordsAsync("person", "张三", "李四"));

        var tampered = await Cli.RunAsync("audit", "verify", "--village", Village);
        Assert.True(tampered.ExitCode == 2, tampered.ToString());
        Assert.Contains($"✘ 村 {Village} 石门村委会", tampered.Out);
        Assert.Contains("「张三」（", tampered.Out); // named as the log knows it
        Assert.Contains("「姓名」：库中为“李四”，按事件日志应为“张三”", tampered.Out);
    }

    [Fact]
    public async Task AnEditedPeriodicValueIsNamedWithItsMonth()
    {
        Assert.Equal(1, await engine.SetPeriodicValueAsync("dibao_amount", "5000"));

        var tampered = await Cli.RunAsync("audit", "verify", "--all");

        Assert.True(tampered.ExitCode == 2, tampered.ToString());
        Assert.Contains("「本月低保金发放金额」（2026-10）：库中为“5000”，按事件日志应为“500”", tampered.Out);
        Assert.Contains("其中 1 个村的事件日志被改动或当前数据与日志不符", tampered.Out);
    }

    [Fact]
    public async Task AnEventRewrittenWithoutTheKeyFailsItsSignature()
    {
        // Whoever edits an event cannot re-sign it without the key file: a plain SHA-256 in its place does not verify.
        Assert.Equal(1, await engine.SetEventHashAsync(Village, 3, new string('a', 64)));

        var tampered = await Cli.RunAsync("audit", "verify", "--village", Village);

        Assert.True(tampered.ExitCode == 2, tampered.ToString());
        Assert.Contains("第 3 条事件（序号 3）内容已被改动，密钥签名不符", tampered.Out);
    }

    [Fact]
    public async Task RotatedKeysKeepOldEventsVerifiable()
    {
        var rotate = await Cli.RunAsync("audit", "rotate-key");
        Assert.True(rotate.ExitCode == 0, rotate.ToString());
        Assert.Contains("加入新密钥 k2.", rotate.Out);
        Assert.Equal(2, AuditKeyRingCount());

        var verify = await Cli.RunAsync("audit", "verify", "--village", Village);
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public async Task AMissingKeyFileIsGeneratedWithAWarningToKeepItSafe()
    {
        var keyFile = Path.Combine(Cli.Root, "elsewhere", "audit.key");

        var verify = await Cli.RunWithEnvironmentAsync(
            new Dictionary<string, string> { [AuditKeyRing.FileVariable] = keyFile }, "audit", "verify", "--village", Village);

        Assert.True(File.Exists(keyFile));
        Assert.Contains($"警告：已生成新的审计密钥文件 {keyFile}", verify.Err);
        // Events signed with the key that is now missing cannot be vouched for: said, not hidden.
        Assert.True(verify.ExitCode == 2, verify.ToString());
        Assert.Contains("中没有这个密钥，无法核验", verify.Out);
    }

    private int AuditKeyRingCount() => AuditKeyRing.LoadOrCreate(Cli.AuditKeyFile).Keys.Count;
}

public sealed class SqliteAuditTamperCommandTests() : AuditTamperCommandTests(new SqliteCliEngine());

public sealed class PostgresAuditTamperCommandTests() : AuditTamperCommandTests(new PostgresCliEngine());
