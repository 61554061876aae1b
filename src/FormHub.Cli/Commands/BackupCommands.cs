using System.CommandLine;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Backup;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub backup -o FILE</c> (SQLite online backup, or pg_dump of the FormHub schema) and <c>formhub restore FILE</c>
/// (into an empty store only, then every village's chain is verified).
/// </summary>
internal static class BackupCommands
{
    public static Command Backup(CliContext context)
    {
        var output = new Option<string>("--output", "-o") { Description = "备份文件（不得已存在）", HelpName = "FILE", Required = true };
        var command = new Command("backup",
            "备份整个库到一个文件，备份时仍可正常填报；审计密钥文件不在备份中，请另行保管 / back up the whole store to one file")
        {
            output,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var options = context.Storage(parseResult);
            var file = Path.GetFullPath(parseResult.GetValue(output)!);
            await StoreBackup.BackupAsync(options, file, ct);
            await context.Out.WriteLineAsync(
                $"已备份 {CliContext.Describe(options)} → {file}（{new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MB）。" +
                $"审计密钥文件 {options.AuditKeyPath} 不在备份中，请另行保管，恢复后核验要用它。");
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Restore(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "formhub backup 写出的备份文件" };
        var command = new Command("restore",
            "把备份恢复到空库（新的数据目录、数据库或 schema），然后核验每个村的哈希链；库中已有数据时拒绝 / restore a backup into an empty store")
        {
            file,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var options = context.Storage(parseResult);
            var catalog = context.LoadCatalog(context.TemplatesDirectory(parseResult));
            await StoreBackup.RestoreAsync(options, catalog, parseResult.GetValue(file)!, ct);

            await using var store = await context.OpenStoreAsync(options, catalog, ct);
            var counts = await store.CountAsync(ct);
            int villages = 0, broken = 0;
            foreach (var unit in (await store.GetRegionsAsync(ct)).Where(u => u.Level == OrgLevel.Village))
            {
                var result = await store.VerifyAsync(unit.Code.Value, ct);
                if (result.EventsChecked == 0 && result.IsIntact) continue;
                villages++;
                if (result.IsIntact) continue;
                broken++;
                var first = result.Breaks.Select(b => b.Problem).Concat(result.Differences.Select(d => d.Problem)).First();
                await context.Out.WriteLineAsync($"✘ 村 {unit.Code} {unit.Name}：{first}");
            }
            await context.Out.WriteLineAsync(
                $"已恢复到 {CliContext.Describe(options)}：{counts.Entities} 条记录、{counts.Events} 条事件、{counts.PeriodicValues} 个按期数据；" +
                (broken == 0 ? $"核验 {villages} 个村，哈希链全部完整。" : $"核验 {villages} 个村，其中 {broken} 个村未通过（运行 formhub audit verify --all 查看详情）。"));
            return broken == 0 ? ExitCodes.Ok : ExitCodes.Tampered;
        }));
        return command;
    }
}
