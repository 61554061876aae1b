using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Shards;
using Spectre.Console;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub reports rebuild --county CODE --period P [--templates-only ID,...]</c>: cold rebuild of every report row of
/// an area and period from the stored data, then the rollups (乡镇 ▸ 县 ▸ 市 ▸ 省). Approved months' rows stay as approved
/// unless <c>--revise --reason TEXT</c> asks for a recorded revision.
/// </summary>
internal static class ReportsCommands
{
    public static Command Create(CliContext context) =>
        new("reports", "报表：重算已保存的报表行 / derived reports")
        {
            Rebuild(context),
            Watch(context),
        };

    /// <summary>
    /// <c>formhub reports watch</c>: keeps report rows live by following the change feed until Ctrl+C — what the server
    /// will host in the background.
    /// </summary>
    private static Command Watch(CliContext context)
    {
        var interval = new Option<int>("--interval-ms") { Description = "检查新变更的间隔（毫秒）", DefaultValueFactory = _ => 500 };
        var command = new Command("watch", "持续跟踪数据变更，实时更新受影响的报表行及各级汇总，按 Ctrl+C 停止 / keep reports live")
        {
            interval,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var templates = context.TemplatesDirectory(parseResult);
            // The files seed an empty store; from then on the store's catalog version is the one every command reads.
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), context.LoadCatalog(templates), ct);
            var catalog = store.Catalog;
            var source = await context.OpenTemplatesAsync(store, templates, ct);
            var library = source.Library;
            var deriver = new ReportDeriver(store, library, new TemplateEvaluator(), new NarrativeRenderer());
            var rules = RuleBook.LoadDirectory(Path.Combine(templates, "rules"), catalog);
            var findings = new FindingsDeriver(store, rules, new RuleEvaluator(), outliers: new FormHub.Reports.Outliers.OutlierDeriver(store, library));
            // One per change feed: a sharded store has one per shard.
            var materializers = ShardedFormHubStore.FeedsOf(store).Select(feed => new LiveReportMaterializer(feed, deriver, findings: findings)).ToList();
            await context.Out.WriteLineAsync($"正在跟踪数据变更（{library.Ids.Count()} 个模板），按 Ctrl+C 停止");
            var pause = TimeSpan.FromMilliseconds(Math.Max(50, parseResult.GetValue(interval)));
            bool? held = null;
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    var clock = Stopwatch.StartNew();
                    // Templates published meanwhile (from a server or `templates import`) are used from the next pass.
                    await source.RefreshAsync(TimeSpan.FromSeconds(2), ct);
                    var handled = 0;
                    foreach (var materializer in materializers) handled += await materializer.ProcessPendingAsync(ct);
                    var holds = materializers.Any(m => m.HoldsLease);
                    if (held != holds)
                    {
                        held = holds;
                        await context.Out.WriteLineAsync(holds
                            ? $"{DateTime.Now:HH:mm:ss} 由本进程更新报表"
                            : $"{DateTime.Now:HH:mm:ss} 另一个进程（服务器或另一个 reports watch）正在更新本数据库的报表，本进程等待接替");
                    }
                    if (handled > 0)
                    {
                        await context.Out.WriteLineAsync($"{DateTime.Now:HH:mm:ss} 已处理 {handled} 条变更，用时 {clock.ElapsedMilliseconds} 毫秒");
                        continue;
                    }
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested) { break; }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The cursor only moves after a pass succeeds, so the next pass retries the same changes.
                    await context.Err.WriteLineAsync($"{DateTime.Now:HH:mm:ss} 本轮更新失败，稍后重试：{e.Message}");
                }
                try { await Task.Delay(pause, ct); }
                catch (OperationCanceledException) { break; }
            }
            try { foreach (var materializer in materializers) await materializer.ReleaseLeaseAsync(CancellationToken.None); }
            catch (Exception e) when (e is not OperationCanceledException) { await context.Err.WriteLineAsync($"释放报表租约失败（{LiveReportMaterializer.LeaseDuration.TotalSeconds:0} 秒后自动失效）：{e.Message}"); }
            await context.Out.WriteLineAsync("已停止跟踪");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Rebuild(CliContext context)
    {
        var county = new Option<string?>("--county")
        {
            Description = "要重算的县的区划代码（12位）；也可给乡镇或村的代码，只重算那一片",
            HelpName = "CODE",
        };
        var period = new Option<string?>("--period")
        {
            Description = "期别：2026-11（月）、2026Q4（季）或 2026（年）；每个模板按其报送周期取包含该期起始日的那一期",
            HelpName = "P",
        };
        var only = new Option<string[]>("--templates-only")
        {
            Description = "只重算这些模板（模板 id，逗号分隔）；默认重算 form-templates/templates 中的全部模板",
            HelpName = "ID,...",
        };
        var revise = new Option<bool>("--revise")
        {
            Description = "连已审核通过（已冻结）的村月报表也重算，作为有记录的更正，须同时用 --reason 写明原因（记入审计日志）；默认保留已审核的报表不动",
        };
        var reason = new Option<string?>("--reason") { Description = "--revise 的原因，记入每个被重算的已审核村的审计日志", HelpName = "TEXT" };
        var command = new Command("rebuild",
            "从已存的数据重算一个县某一期的全部报表行及各级汇总，显示进度；已审核通过的村月报表保持不变 / cold rebuild of a county's report rows for a period (approved months stay frozen)")
        {
            county,
            period,
            only,
            revise,
            reason,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var text = parseResult.GetValue(county) ?? throw new CliException("请用 --county CODE 指定要重算的县（12位区划代码）");
            if (!RegionCode.TryParse(text, out var root, out var codeError)) throw new CliException(codeError.Zh);
            var when = TemplateCommands.ParsePeriod(parseResult.GetValue(period));
            var why = parseResult.GetValue(reason);
            if (parseResult.GetValue(revise) && string.IsNullOrWhiteSpace(why))
                throw new CliException("--revise 会改写已审核通过的报表，须用 --reason TEXT 写明原因（记入审计日志）；未重算任何行");
            if (!parseResult.GetValue(revise) && !string.IsNullOrWhiteSpace(why))
                throw new CliException("--reason 只与 --revise 一起使用（重算已审核通过的报表时记入审计日志）；未重算任何行");
            var revision = parseResult.GetValue(revise) ? new RebuildRevision($"命令行管理员 {Environment.UserName}", why!.Trim()) : null;
            var ids = (parseResult.GetValue(only) ?? [])
                .SelectMany(v => v.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct()
                .ToList();

            var templates = context.TemplatesDirectory(parseResult);
            // The files seed an empty store; from then on the store's catalog version is the one every command reads.
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), context.LoadCatalog(templates), ct);
            var catalog = store.Catalog;
            var library = await LoadLibraryAsync(context, store, templates, catalog, ids, ct);
            var work = library.InForceOn(when.Start).ToList();
            if (work.Count == 0)
                throw new CliException($"没有对 {when.Key} 施行的模板（{string.Join("、", library.Ids)}），未重算任何行；请检查 --period 与模板的 effective_from");

            var stillSaving = new List<string>();
            var deriver = new ReportDeriver(store, library, new TemplateEvaluator(), new NarrativeRenderer()) { OnVillagesStillSaving = stillSaving.AddRange };
            var tree = await deriver.LoadRegionsAsync(ct);
            var unit = tree.Find(root) ?? throw new CliException($"区划 {root} 不在已导入的区划中（先运行 formhub regions import FILE）");
            var villages = root.Level == OrgLevel.Village ? 1 : tree.Descendants(root, OrgLevel.Village).Count;

            var output = context.Out;
            await output.WriteLineAsync($"重算 {unit.Name}（{unit.Code}）{when.DisplayZh}：{villages} 个村，{work.Count} 个模板（" +
                string.Join("、", work.Select(w => $"{w.Template.Template.Id} 第{w.Template.Template.Version}版 {w.Period.Key}")) + "）");

            var clock = Stopwatch.StartNew();
            int rows;
            if (context.OutIsTerminal)
            {
                rows = await context.Console(live: true).Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("重算各村报表", maxValue: Math.Max(1, villages));
                        var result = await deriver.RebuildAsync(root, when, new Reporter(p =>
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                        }), ct, revision);
                        task.Value = task.MaxValue;
                        return result;
                    });
            }
            else
            {
                rows = await deriver.RebuildAsync(root, when, new Reporter(new PlainProgress(output).Report), ct, revision);
            }
            clock.Stop();

            var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"已重算 {rows} 行（{work.Count} 个模板，{villages} 个村），用时 {seconds} 秒" +
                (revision is null ? "；已审核通过的村月报表保持不变（如需重算请加 --revise --reason TEXT）" : "；已审核通过的村月报表已重算并记入审计日志"));
            if (stillSaving.Count > 0)
                await context.Err.WriteLineAsync($"警告：重算期间这些村一直在保存，报表可能未含其最新一次保存，请对它们再运行一次重算：{string.Join("、", stillSaving)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The templates in the store (an empty store seeded from the folder, checked like <c>template check</c>); with ids, only those.</summary>
    private static async Task<TemplateLibrary> LoadLibraryAsync(CliContext context, IFormHubStore store, string templates, FieldCatalog catalog, List<string> ids,
        CancellationToken ct)
    {
        var library = await context.LoadTemplatesAsync(store, templates, ct);
        if (!library.Ids.Any()) throw new CliException($"{Path.Combine(templates, "templates")} 中没有模板文件（*.yaml），没有可重算的报表");
        if (ids.Count == 0) return library;

        var unknown = ids.Where(id => !library.Versions(id).Any()).ToList();
        if (unknown.Count > 0)
            throw new CliException($"没有模板“{string.Join("、", unknown)}”；已有的模板：{string.Join("、", library.Ids)}");
        return new TemplateLibrary(library.AllVersions.Where(t => ids.Contains(t.Template.Id)));
    }

    /// <summary>Reports progress synchronously on the deriving thread (<see cref="Progress{T}"/> would post, and could reorder).</summary>
    private sealed class Reporter(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        private readonly Lock _gate = new();

        public void Report((int Done, int Total) value)
        {
            lock (_gate) report(value);
        }
    }

    /// <summary>Redirected output: one line "已完成 N/M 个村" about every tenth of the way, and at the end.</summary>
    private sealed class PlainProgress(TextWriter output)
    {
        private int _printed;

        public void Report((int Done, int Total) value)
        {
            // Villages finish in parallel, so reports may arrive out of order: never print a smaller count after a larger one.
            if (value.Done <= _printed) return;
            var step = Math.Max(1, (value.Total + 9) / 10);
            if (value.Done != value.Total && value.Done / step == _printed / step) return;
            _printed = value.Done;
            output.WriteLine($"已完成 {value.Done}/{value.Total} 个村");
        }
    }
}
