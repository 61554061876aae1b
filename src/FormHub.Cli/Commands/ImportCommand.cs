using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FormHub.Core.OrgUnits;
using FormHub.Import;
using FormHub.Storage.Model;
using Spectre.Console;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub import FILE --profile P [--dry-run] [--valid-rows-only]</c>: a roster of persons or households (and a
/// period's payments) from an .xlsx, .xls or CSV, through the same <see cref="RosterImporter"/> as the browser's import.
/// A profile not saved yet is proposed from the file's headings and the catalog's labels and aliases, saved, and shown.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = ".xlsx、.xls 或 CSV（UTF-8 或 GBK）文件" };
        var profile = new Option<string?>("--profile") { Description = "导入方案名（列与字段的对应；没有时按列名自动生成并保存）", HelpName = "P" };
        var dryRun = new Option<bool>("--dry-run") { Description = "试导入：只检查，列出每个问题，不写入" };
        var validOnly = new Option<bool>("--valid-rows-only") { Description = "只导入没有问题的行，其余行连同问题列出" };
        var entity = new Option<string?>("--entity") { Description = "新方案导入的实体：person（人员，默认）或 household（户）", HelpName = "TYPE" };
        var period = new Option<string?>("--period") { Description = "按期填报字段（如本月低保金）的期别，如 2026-11；覆盖方案中的期别", HelpName = "P" };
        var village = new Option<string?>("--village") { Description = "文件没有“所属村”列时，所有行都属于这个村（12位区划代码）", HelpName = "CODE" };
        var unit = new Option<string?>("--unit") { Description = "导入范围（区划代码）：只写入其下各村；默认不限", HelpName = "CODE" };
        var department = new Option<string?>("--department") { Description = "以该部门身份导入：只能写入本部门负责的字段（如 民政）", HelpName = "NAME" };
        var encoding = new Option<string?>("--encoding") { Description = "CSV 编码：auto（默认，自动识别）、utf-8 或 gbk", HelpName = "ENC" };
        var problems = new Option<string?>("--problems") { Description = "把原表加上“问题”列另存为此 .xlsx 文件", HelpName = "FILE" };
        var user = new Option<string?>("--as") { Description = "记入审计日志的操作人（默认 cli）", HelpName = "NAME" };
        var command = new Command("import", "导入人员或户的名册及按期发放金额 / import a roster from Excel or CSV")
        {
            file, profile, dryRun, validOnly, entity, period, village, unit, department, encoding, problems, user,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!File.Exists(path)) throw new CliException($"找不到文件“{path}”");
            if (parseResult.GetValue(dryRun) && parseResult.GetValue(validOnly))
                throw new CliException("--dry-run 与 --valid-rows-only 不能同时使用");
            var profileName = parseResult.GetValue(profile) ?? throw new CliException("请用 --profile P 指定导入方案名");
            var csvEncoding = parseResult.GetValue(encoding)?.ToLowerInvariant() switch
            {
                null or "auto" => CsvEncoding.Auto,
                "utf-8" or "utf8" => CsvEncoding.Utf8,
                "gbk" or "gb18030" or "gb2312" => CsvEncoding.Gb18030,
                var other => throw new CliException($"--encoding “{other}”无效：可用 auto、utf-8、gbk"),
            };

            SheetFile sheet;
            MappingProfile mapping;
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var profiles = new MappingProfiles(services.Store, services.Clock);
            var operatorName = parseResult.GetValue(user) ?? "cli";
            var area = parseResult.GetValue(unit) is { } u ? (await services.UnitAsync(u, "--unit", ct)).Code : (RegionCode?)null;
            try
            {
                sheet = SheetFileReader.Read(await File.ReadAllBytesAsync(path, ct), Path.GetFileName(path), csvEncoding);
                mapping = await profiles.FindAsync(profileName, ct)
                    ?? await ProposeAsync(context, services, sheet, profiles, profileName, parseResult.GetValue(entity) ?? "person", operatorName, area, ct);
            }
            catch (ImportFileException e)
            {
                throw new CliException(e.Message);
            }

            if (parseResult.GetValue(period) is { } p) mapping = mapping with { Period = p };
            if (parseResult.GetValue(village) is { } v) mapping = mapping with { Village = v };
            var scope = new ImportScope(operatorName, area, parseResult.GetValue(department));
            var mode = parseResult.GetValue(dryRun) ? ImportMode.DryRun : parseResult.GetValue(validOnly) ? ImportMode.ValidRowsOnly : ImportMode.AllOrNothing;

            await context.Out.WriteLineAsync($"{(mode == ImportMode.DryRun ? "试导入" : "导入")} {sheet.FileName}（{Describe(sheet)}，SHA-256 {sheet.Sha256[..16]}…），方案“{mapping.Name}”");
            var importer = new RosterImporter(services.Store, services.Clock)
            {
                // The same 导入 audit line as the browser's, in the import's transaction.
                AuditLine = result => new AuditEntry(0, services.Clock.GetUtcNow(), operatorName, "import", area?.Value, mapping.Period,
                    $"{sheet.FileName} SHA-256 {sheet.Sha256}，方案“{mapping.Name}”：{result.SummaryZh}"),
            };
            var clock = Stopwatch.StartNew();
            ImportResult result;
            try
            {
                result = await RunWithProgressAsync(context, progress => importer.RunAsync(sheet, mapping, scope, mode, progress, ct));
            }
            catch (ImportFileException e)
            {
                throw new CliException(e.Message);
            }

            foreach (var problem in result.Problems) await context.Out.WriteLineAsync(problem.ToString());
            if (parseResult.GetValue(problems) is { } problemFile)
            {
                await using (var output = File.Create(problemFile)) ProblemWorkbook.Write(sheet, result, output);
                await context.Out.WriteLineAsync($"已把原表加“问题”列另存为：{problemFile}");
            }

            var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            var outcome = result.Written ? "已写入" : mode == ImportMode.DryRun ? "试导入，未写入"
                : mode == ImportMode.AllOrNothing && result.Problems.Count > 0 ? "有问题，未写入任何数据" : "没有需要写入的变化";
            await context.Out.WriteLineAsync($"{outcome}：{result.SummaryZh}（表头在第 {result.HeaderRow} 行），用时 {seconds} 秒");
            // Valid rows only: the rows with problems are returned (listed, and in --problems), which is what was asked for.
            return result.Problems.Count > 0 && mode != ImportMode.ValidRowsOnly ? ExitCodes.InputError : ExitCodes.Ok;
        }));
        return command;
    }

    private static string Describe(SheetFile sheet) => sheet.Format switch
    {
        SheetFormat.Csv => $"CSV，{sheet.Encoding}",
        SheetFormat.Xls => "Excel 97-2003 工作簿",
        _ => "Excel 工作簿",
    };

    /// <summary>Proposes a mapping from the file's header, saves it under <paramref name="name"/> and prints it.</summary>
    private static async Task<MappingProfile> ProposeAsync(CliContext context, DomainServices services, SheetFile sheet, MappingProfiles profiles, string name,
        string entityType, string savedBy, RegionCode? area, CancellationToken ct)
    {
        if (entityType is not ("person" or "household")) throw new CliException($"--entity “{entityType}”无效：可用 person 或 household");
        var header = HeaderLocator.Find(sheet, services.Catalog, entityType);
        var headings = sheet.Rows[header].Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h!.Trim());
        var profile = new MappingProfile { Name = name, EntityType = entityType, Columns = MappingProposer.Propose(services.Catalog, entityType, headings) };
        await profiles.SaveAsync(profile, savedBy, area?.Value, ct);
        context.Out.WriteLine($"新建导入方案“{name}”（{(entityType == "person" ? "人员" : "户")}），按列名对应：");
        foreach (var (heading, target) in profile.Columns)
        {
            var label = target.Length == 0 ? "（不导入）" : ImportTargets.LabelZh(target) ?? services.Catalog.FindField(entityType, target)?.LabelZh ?? target;
            context.Out.WriteLine($"  {heading} → {label}{(target.Length == 0 || target.StartsWith('@') ? "" : $"（{target}）")}");
        }

        context.Out.WriteLine($"  方案“{name}”已保存到库中（浏览器的“名册导入”中可选用、修改后另存）");
        return profile;
    }

    private static async Task<ImportResult> RunWithProgressAsync(CliContext context, Func<IProgress<ImportProgress>, Task<ImportResult>> run)
    {
        if (!context.OutIsTerminal) return await run(new Progress(_ => { }));
        return await context.Console(live: true).Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("检查", maxValue: 1);
                return await run(new Progress(p =>
                {
                    task.Description = p.StageZh;
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
            });
    }

    /// <summary>Reports synchronously (System.Progress would post to the thread pool and lag behind the bar).</summary>
    private sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
