using FormHub.Storage.Audit;

namespace FormHub.Cli.Tests;

/// <summary>
/// <c>formhub backup</c> and <c>formhub restore</c> on both engines: a seeded county restored into an empty store has
/// every chain verified and every report row equal; a store with data in it is never restored into.
/// </summary>
public abstract class BackupRestoreCommandTests(Func<CliEngine> engines) : IAsyncLifetime
{
    private readonly CliEngine _source = engines();
    private readonly CliEngine _target = engines();

    public async Task InitializeAsync()
    {
        await _source.StartAsync();
        await _target.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task ABackupRestoredIntoAnEmptyStoreVerifiesAndHasEveryReportRow()
    {
        var seed = await _source.Cli.RunAsync("seed", "--villages", "2", "--persons-per-village", "15");
        Assert.True(seed.ExitCode == 0, seed.ToString());
        var file = Path.Combine(_source.Cli.Root, "backup", "formhub.backup");

        var backup = await _source.Cli.RunAsync("backup", "-o", file);
        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.Contains("不在备份中", backup.Out);

        // The restored chain is verified with the key file it was signed with, which travels separately.
        var sourceKeys = new Dictionary<string, string> { [AuditKeyRing.FileVariable] = _source.Cli.AuditKeyFile };
        var restore = await _target.Cli.RunWithEnvironmentAsync(sourceKeys, "restore", file);
        Assert.True(restore.ExitCode == 0, restore.ToString());
        Assert.Contains("哈希链全部完整", restore.Out);

        var verify = await _target.Cli.RunWithEnvironmentAsync(sourceKeys, "audit", "verify", "--all");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("哈希链全部完整，当前数据与事件日志一致", verify.Out);

        var rows = await _source.ReadReportRowsAsync();
        Assert.NotEmpty(rows);
        Assert.Equal(rows, await _target.ReadReportRowsAsync());
        Assert.Equal(await _source.ReadEventChainsAsync(), await _target.ReadEventChainsAsync());
    }

    [Fact]
    public async Task RestoreRefusesAStoreThatHoldsData()
    {
        await AuditFamily.SeedAsync(_source.Cli);
        var file = Path.Combine(_source.Cli.Root, "formhub.backup");
        Assert.Equal(0, (await _source.Cli.RunAsync("backup", "-o", file)).ExitCode);
        await AuditFamily.SeedAsync(_target.Cli);
        var before = await _target.ReadEventChainsAsync();

        var restore = await _target.Cli.RunAsync("restore", file);

        Assert.True(restore.ExitCode == 1, restore.ToString());
        Assert.Contains("目标库不是空的", restore.Err);
        Assert.Contains("不会覆盖或合并现有数据", restore.Err);
        Assert.Equal(before, await _target.ReadEventChainsAsync());
    }

    [Fact]
    public async Task BackupNeverOverwritesAnExistingFile()
    {
        await AuditFamily.SeedAsync(_source.Cli);
        var file = _source.Cli.WriteFile("old.backup", "an older backup");

        var backup = await _source.Cli.RunAsync("backup", "-o", file);

        Assert.True(backup.ExitCode == 1, backup.ToString());
        Assert.Contains("已存在", backup.Err);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(file));
    }
}

public sealed class SqliteBackupRestoreCommandTests() : BackupRestoreCommandTests(() => new SqliteCliEngine());

public sealed class PostgresBackupRestoreCommandTests() : BackupRestoreCommandTests(() => new PostgresCliEngine());
