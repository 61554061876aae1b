namespace FormHub.Cli.Tests;

/// <summary><c>formhub templates export DIR</c> / <c>import DIR</c>: the store's templates kept in git, imported all or nothing.</summary>
public sealed class TemplatesCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string ShippedDirectory => RepositoryRoot.Combine("form-templates", "templates");

    /// <summary>The store's revision after seeding: one log entry per shipped file.</summary>
    private static long Shipped => Directory.GetFiles(ShippedDirectory, "*.yaml").Length;

    [Fact]
    public async Task AnEmptyStoreIsSeededWithTheShippedFilesAndExportsThemUnchanged()
    {
        var export = await _cli.RunAsync("templates", "export", Path.Combine(_cli.Root, "out"));

        Assert.True(export.ExitCode == 0, export.ToString());
        foreach (var shipped in Directory.GetFiles(ShippedDirectory, "*.yaml"))
        {
            var exported = Path.Combine(_cli.Root, "out", Path.GetFileName(shipped));
            Assert.Equal((await File.ReadAllTextAsync(shipped)).Replace("\r\n", "\n"), await File.ReadAllTextAsync(exported));
        }
        await using var store = await _cli.OpenStoreAsync();
        Assert.Equal(Directory.GetFiles(ShippedDirectory, "*.yaml").Length, (await store.ReadTemplateLogAsync()).Count);
    }

    [Fact]
    public async Task ImportingTheExportAgainChangesNothingAndANewVersionIsPublished()
    {
        var dir = Path.Combine(_cli.Root, "git");
        await _cli.RunAsync("templates", "export", dir);
        var same = await _cli.RunAsync("templates", "import", dir);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("发布 0 个新版本", same.Out);

        var v1 = await File.ReadAllTextAsync(Path.Combine(dir, "mz-orphan-monthly.yaml"));
        await File.WriteAllTextAsync(Path.Combine(dir, "mz-orphan-monthly.v2.yaml"), v1.Replace("version: 1", "version: 2\neffective_from: 2027-01"));
        var imported = await _cli.RunAsync("templates", "import", dir);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("✔ 已发布 mz-orphan-monthly 第2版", imported.Out);
        await using var store = await _cli.OpenStoreAsync();
        var last = (await store.ReadTemplateLogAsync())[^1];
        Assert.Equal(("mz-orphan-monthly", 2, "2027-01"), (last.TemplateId, last.Version!.Value, last.Period!));
    }

    [Fact]
    public async Task AnImportWithABadFileOrAChangedPublishedVersionWritesNothingAndNamesTheLine()
    {
        var dir = Path.Combine(_cli.Root, "git");
        await _cli.RunAsync("templates", "export", dir);
        await using (var before = await _cli.OpenStoreAsync()) Assert.Equal(Shipped, await before.GetTemplateRevisionAsync());
        await File.WriteAllTextAsync(Path.Combine(dir, "new-report.yaml"), """
            id: new-report
            version: 1
            title: 新报表
            department: 民政
            period: monthly
            columns:
              - id: n
                title: 户数
                value: count(househods)
            """);
        var dibao = Path.Combine(dir, "mz-dibao-monthly.yaml");
        await File.WriteAllTextAsync(dibao, (await File.ReadAllTextAsync(dibao)).Replace("农村最低生活保障情况月报", "低保月报（改）"));

        var import = await _cli.RunAsync("templates", "import", dir);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("new-report.yaml:9:", import.Err);
        Assert.Contains("househods", import.Err);
        await using var store = await _cli.OpenStoreAsync();
        Assert.Equal(Shipped, await store.GetTemplateRevisionAsync());

        File.Delete(Path.Combine(dir, "new-report.yaml"));
        var changed = await _cli.RunAsync("templates", "import", dir);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("已发布的版本不能修改", changed.Err);
        Assert.Equal(Shipped, await store.GetTemplateRevisionAsync());
    }
}
