using System.CommandLine;
using FormHub.Storage;
using FormHub.Storage.Marten;
using FormHub.Storage.Migration;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub migrate --from-postgres CONN [--from-schema NAME] | --from-sqlite FILE</c>: the upgrade path onto the Marten
/// engine (issue 17). Copies a database of the hand-written PostgreSQL engine, or a SQLite file of the embedded default,
/// into the empty Marten store FORMHUB_POSTGRES names (one transaction), with the event history and its hashes unchanged,
/// then verifies every village there and prints a summary. Refuses, writing nothing, when the target holds data, the
/// source is not a FormHub database, a server still uses the source (a live lease, a SQLite file still open: --force
/// overrides), or a village's chain in the source does not verify (exit code 2, the villages named).
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var postgres = new Option<string?>("--from-postgres")
        {
            Description = "旧版（手写 PostgreSQL 引擎）数据库的连接字符串", HelpName = "CONN",
        };
        var schema = new Option<string>("--from-schema")
        {
            Description = "旧库中 FormHub 表所在的模式（默认 formhub）", HelpName = "NAME", DefaultValueFactory = _ => "formhub",
        };
        var sqlite = new Option<string?>("--from-sqlite") { Description = "SQLite 数据文件（如 data/formhub.db）", HelpName = "FILE" };
        var force = new Option<bool>("--force")
        {
            Description = "来源看似仍被服务器使用（租约未过期、SQLite 文件仍被打开）时也照样迁移：仅在确认服务器都已停止时使用",
        };
        var command = new Command("migrate",
            "把旧版 PostgreSQL 数据库或 SQLite 数据文件整体复制到 FORMHUB_POSTGRES 指向的空 Marten 存储（事件及其哈希不变），并核验每个村的哈希链 / " +
            "copy a hand-written-engine PostgreSQL database or a SQLite file into the empty Marten store FORMHUB_POSTGRES names, then verify every village")
        {
            postgres,
            schema,
            sqlite,
            force,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var fromPostgres = parseResult.GetValue(postgres);
            var fromSqlite = parseResult.GetValue(sqlite);
            if ((fromPostgres is null) == (fromSqlite is null))
                throw new CliException("请指定迁移来源：--from-postgres CONN（旧版 PostgreSQL 数据库）或 --from-sqlite FILE（SQLite 数据文件），二者选一");
            var options = context.Storage(parseResult);
            if (options.ShardLayoutFile is not null)
                throw new CliException($"迁移目标须是一个 PostgreSQL 数据库：请取消 {StorageOptions.ShardLayoutVariable}，把 {StorageOptions.PostgresVariable} 设为新的空数据库（分片部署请逐个县迁移到其分片）");
            if (options.PostgresConnectionString is null)
                throw new CliException(
                    $"迁移目标须是 PostgreSQL（Marten 引擎）：请设置环境变量 {StorageOptions.PostgresVariable} 为新数据库的连接字符串");

            var catalog = context.LoadCatalog(context.TemplatesDirectory(parseResult));
            await using var store = await context.OpenStoreAsync(options, catalog, ct);
            var target = (MartenFormHubStore)store;
            await context.Out.WriteLineAsync($"迁移目标：{CliContext.Describe(options)}");
            await context.Out.WriteLineAsync($"迁移来源：{(fromPostgres is not null ? "旧版 PostgreSQL 数据库（模式 " + parseResult.GetValue(schema) + "）" : "SQLite " + fromSqlite)}");
            var started = System.Diagnostics.Stopwatch.StartNew();
            var report = fromPostgres is not null
                ? await StoreMigration.FromPostgresAsync(fromPostgres, parseResult.GetValue(schema)!, target, ct, parseResult.GetValue(force))
                : await StoreMigration.FromSqliteAsync(fromSqlite!, target, ct, parseResult.GetValue(force));

            if (report.SourceBroken.Count > 0)
            {
                foreach (var village in report.SourceBroken)
                {
                    await context.Out.WriteLineAsync($"✘ 村 {village.VillageCode}：{village.EventsChecked} 条事件，哈希链发现 {village.Breaks.Count} 处问题");
                    foreach (var problem in village.Breaks) await context.Out.WriteLineAsync($"  · {problem.Problem}");
                }
                await context.Out.WriteLineAsync(
                    $"来源库中 {report.SourceBroken.Count} 个村的事件日志被改动或缺失，未复制任何数据。请先用旧版 formhub audit verify 查明原因（审计密钥文件须与旧库所用的相同）。");
                return ExitCodes.Tampered;
            }

            await context.Out.WriteLineAsync($"已复制（一个事务内，用时 {started.Elapsed.TotalSeconds:0.0} 秒）：");
            foreach (var (kind, count) in report.Copied) await context.Out.WriteLineAsync($"  {kind}：{count}");
            var broken = report.Verified.Where(v => !v.IsIntact).ToList();
            foreach (var village in broken)
            {
                await context.Out.WriteLineAsync($"✘ 村 {village.VillageCode}：{village.Breaks.Count + village.Differences.Count} 处问题");
                foreach (var problem in village.Breaks.Select(b => b.Problem).Concat(village.Differences.Select(d => d.Problem)))
                    await context.Out.WriteLineAsync($"  · {problem}");
            }
            var events = report.Verified.Sum(v => v.EventsChecked);
            await context.Out.WriteLineAsync(broken.Count == 0
                ? $"核验：{report.Verified.Count} 个村、{events} 条事件，哈希链全部完整，当前数据与事件日志一致。迁移完成。"
                : $"核验：{report.Verified.Count} 个村中 {broken.Count} 个村在新库中核验未通过（数据已写入新库；请勿启用，保留旧库并报告此问题）。");
            return broken.Count == 0 ? ExitCodes.Ok : ExitCodes.Tampered;
        }));
        return command;
    }
}
