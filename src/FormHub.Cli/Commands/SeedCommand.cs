using System.CommandLine;
using System.Globalization;
using FormHub.Demo;
using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Reports;
using FormHub.Storage;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub seed [--villages N] [--persons-per-village M] [--seed S] [--force]</c>: builds the demo county — regions,
/// village facts, households and residents with valid ID numbers, two months of history and the current month — into an
/// empty store and derives every shipped report for it.
/// </summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var villages = new Option<int>("--villages")
        {
            Description = $"村的个数：不超过 22 时取演示县（form-templates/regions/{DemoRegions.FileName}）的前 N 个村，更多时在同一县内增设乡镇和村",
            HelpName = "N",
            DefaultValueFactory = _ => SeedSettings.DefaultVillages,
        };
        var persons = new Option<int>("--persons-per-village")
        {
            Description = "每村户籍人口（人）",
            HelpName = "M",
            DefaultValueFactory = _ => SeedSettings.DefaultPersons,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "随机种子：同一种子在同一天生成相同的数据",
            HelpName = "S",
            DefaultValueFactory = _ => SeedSettings.DefaultSeed,
        };
        var force = new Option<bool>("--force") { Description = "库中已有数据时先删除 SQLite 数据文件再生成（PostgreSQL 不支持）" };
        var command = new Command("seed",
            "生成演示县：区划、村情、户和人员、近两个月的历史与本月数据，并生成全部报表 / build the demo county and its reports")
        {
            villages,
            persons,
            seed,
            force,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var settings = new SeedSettings(parseResult.GetValue(villages), parseResult.GetValue(persons), parseResult.GetValue(seed));
            if (settings.Villages is < 1 or > DemoRegions.MaxVillages)
                throw new CliException($"--villages 应在 1 到 {DemoRegions.MaxVillages:N0} 之间，收到 {settings.Villages}");
            if (settings.PersonsPerVillage is < 1 or > SeedSettings.MaxPersons)
                throw new CliException($"--persons-per-village 应在 1 到 {SeedSettings.MaxPersons:N0} 之间，收到 {settings.PersonsPerVillage}");

            var templates = context.TemplatesDirectory(parseResult);
            var catalog = context.LoadCatalog(templates);
            var options = context.Storage(parseResult);
            var rebuild = parseResult.GetValue(force);
            if (rebuild && options.PostgresConnectionString is not null)
                throw new CliException("PostgreSQL 上不支持 --force：FormHub 不会自动清空数据库。请换用空的数据库或 schema 后再运行 formhub seed");

            await context.Out.WriteLineAsync($"存储：{CliContext.Describe(options)}");
            long existing;
            await using (var store = await context.OpenStoreAsync(options, catalog, ct))
            {
                existing = (await store.CountAsync(ct)).Entities;
            }
            if (existing > 0)
            {
                if (options.PostgresConnectionString is not null)
                    throw new CliException($"数据库中已有 {existing} 条记录；演示数据只生成到空库中，请换用空的 PostgreSQL 数据库或 schema");
                if (!rebuild)
                    throw new CliException($"数据库中已有 {existing} 条记录，如要重建演示数据请先删除 {options.DataDirectory.TrimEnd('/')}/ 或加 --force");
                DeleteSqliteFiles(options);
                await context.Out.WriteLineAsync($"已删除原有数据文件 {Path.GetFullPath(options.SqlitePath)}（{existing} 条记录）");
            }

            var report = await RunAsync(context, templates, catalog, options, settings, ct);
            await WriteSummaryAsync(context.Out, report);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Seeds the demo county into the configured store (which should hold no entities), showing progress.</summary>
    public static async Task<SeedReport> RunAsync(CliContext context, string templates, FieldCatalog catalog, StorageOptions options, SeedSettings settings, CancellationToken ct)
    {
        var regions = DemoRegions.Build(DemoRegions.ReadShipped(templates), settings.Villages, settings.Seed);
        var calendar = new DemoCalendar(TimeProvider.System.GetUtcNow());
        var clock = new SeedClock();
        await using var store = await FormHubStoreFactory.OpenAsync(options, catalog, clock, ct);
        var library = await context.LoadTemplatesAsync(store, templates, ct);

        var villages = regions.Count(u => u.Level == OrgLevel.Village);
        await context.Out.WriteLineAsync(
            $"正在生成演示县：{villages} 个村，每村 {settings.PersonsPerVillage} 人，随机种子 {settings.Seed}，" +
            $"历史 {calendar.Months[0].DisplayZh}—{calendar.Current.DisplayZh}");
        if (!context.OutIsTerminal)
            return await new DemoCountySeeder(store, clock, library, new Reporter(new PlainProgress(context.Out).Report)).SeedAsync(regions, settings, calendar, ct);

        return await context.Console(live: true).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var reporter = new Reporter(p =>
                {
                    if (!tasks.TryGetValue(p.Step, out var task)) tasks[p.Step] = task = progress.AddTask(p.Step);
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                return await new DemoCountySeeder(store, clock, library, reporter).SeedAsync(regions, settings, calendar, ct);
            });
    }

    /// <summary>The summary printed after a seed.</summary>
    public static async Task WriteSummaryAsync(TextWriter output, SeedReport r)
    {
        var p = r.Population;
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        string Share(int n) => p.Persons == 0 ? "0%" : (100.0 * n / p.Persons).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

        await output.WriteLineAsync($"已生成演示县 {r.County.Name}（{r.County.Code}）：{r.Townships} 个乡镇、{r.Villages} 个村");
        await output.WriteLineAsync($"  户 {N(p.Households)} 户，人员 {N(p.Persons)} 人（60岁及以上 {N(p.Aged60)} 人 {Share(p.Aged60)}，" +
            $"80岁及以上 {N(p.Aged80)} 人 {Share(p.Aged80)}，90岁及以上 {N(p.Aged90)} 人，未满18岁 {N(p.Minors)} 人 {Share(p.Minors)}）");
        await output.WriteLineAsync($"  低保 {N(p.DibaoHouseholds)} 户，特困供养 {N(p.TekunHouseholds)} 户，防返贫监测 {N(p.MonitoredHouseholds)} 户；" +
            $"持证残疾人 {N(p.Disabled)} 人，党员 {N(p.PartyMembers)} 人，外出务工 {N(p.Migrants)} 人，孤儿和事实无人抚养儿童 {N(p.Orphans)} 人");
        await output.WriteLineAsync($"  历史：{string.Join("、", r.Months.Select(m => m.DisplayZh))}的发放与村情数据，{r.LastYear.DisplayZh}数据；" +
            $"村干部录入变更 {N(r.CadreChanges.Values.Sum())} 项（{N(r.CadreValues)} 个值）" +
            (r.CadreChanges.Count == 0 ? "" : "：" + string.Join("、", r.CadreChanges.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {N(c.Value)}"))));
        await output.WriteLineAsync($"  记录 {N(r.Entities)} 个实体、{N(r.Events)} 条事件、{N(r.PeriodicValues)} 个周期值；报表 {N(r.ReportRows)} 行（{r.Templates} 个模板）");
        await output.WriteLineAsync($"用时 {Seconds(r.Elapsed)} 秒（写入数据 {Seconds(r.WriteTime)} 秒，生成报表 {Seconds(r.ReportTime)} 秒）");
        await output.WriteLineAsync($"演示账号（密码均为 {DemoAccounts.Password}，仅供演示）：");
        foreach (var account in r.Accounts)
            await output.WriteLineAsync($"  {account.UserName,-10} {ChineseNames.Role(account.Role)}  {account.DisplayName}");
    }

    /// <summary>Removes the SQLite database and its journal files, closing pooled connections first.</summary>
    private static void DeleteSqliteFiles(StorageOptions options)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            var file = options.SqlitePath + suffix;
            if (File.Exists(file)) File.Delete(file);
        }
    }

    /// <summary>Reports synchronously on the seeding thread.</summary>
    private sealed class Reporter(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }

    /// <summary>Redirected output: a line per step when it starts, then about every quarter of the way and at the end.</summary>
    private sealed class PlainProgress(TextWriter output)
    {
        private string? _step;
        private int _printed;

        public void Report(SeedProgress p)
        {
            if (p.Step != _step)
            {
                _step = p.Step;
                _printed = 0;
            }
            var step = Math.Max(1, (p.Total + 3) / 4);
            if (p.Done != p.Total && p.Done / step == _printed / step) return;
            if (p.Done <= _printed) return;
            _printed = p.Done;
            output.WriteLine($"  {p.Step}：{p.Done}/{p.Total}");
        }
    }
}
