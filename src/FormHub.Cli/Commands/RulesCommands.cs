using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FormHub.Core.OrgUnits;
using FormHub.Core.Rules;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Scripting.Compilation;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub rules check [FILE...]</c>: checks record rules (form-templates/rules/) with the template checker, every
/// problem as file:line:col; <c>formhub rules run --county CODE [--period P]</c>: the cold run of every rule over an area.
/// </summary>
internal static class RulesCommands
{
    public static Command Create(CliContext context) =>
        new("rules", "记录级规则（智能校验、免申即享）：检查与运行 / record rules: check and run")
        {
            Check(context),
            Run(context),
        };

    private static Command Check(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "规则 YAML 文件或文件夹；不给时检查 form-templates/rules/ 中的全部规则",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("check", "检查规则：YAML 与键、表达式语法、读取的字段、提示文字；每个问题一行 文件:行:列 / check record rules against the catalog")
        {
            files,
        };
        command.SetAction(context.Action(async (parseResult, _) =>
        {
            var templates = context.TemplatesDirectory(parseResult);
            var given = parseResult.GetValue(files) ?? [];
            var paths = given.Length > 0
                ? given.SelectMany(p => Directory.Exists(p) ? RuleLoader.FilesIn(p) : [p]).Distinct().ToList()
                : RuleLoader.FilesIn(Path.Combine(templates, "rules")).ToList();
            if (paths.Count == 0)
            {
                await context.Out.WriteLineAsync("没有规则文件（*.yaml），未检查任何规则。");
                return ExitCodes.Ok;
            }
            var missing = paths.Where(p => !File.Exists(p)).ToList();
            if (missing.Count > 0)
                throw new CliException($"找不到规则文件：{string.Join("、", missing)}");

            var catalog = context.LoadCatalog(templates);
            IReadOnlyList<CompiledRule> compiled;
            try
            {
                compiled = new RuleCompiler(catalog).CompileAll(RuleLoader.Load(paths.Select(p => (p, File.ReadAllText(p)))));
            }
            catch (SourceProblemException e)
            {
                await TemplateCommands.WriteProblemsAsync(context.Err, e.Problems);
                return ExitCodes.InputError;
            }
            foreach (var rule in compiled) await context.Out.WriteLineAsync(Summary(rule));
            await context.Out.WriteLineAsync(compiled.Count == 1 ? "规则检查通过。" : $"共 {compiled.Count} 条规则，全部通过检查。");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Run(CliContext context)
    {
        var county = new Option<string?>("--county") { Description = "县（或乡镇、村）的12位区划代码", HelpName = "CODE" };
        var period = new Option<string?>("--period") { Description = "月份，如 2026-11；默认本月", HelpName = "P" };
        var command = new Command("run", "对一个县的全部村运行全部规则，保存发现的问题（新出现、已解决）并显示用时 / cold run of every rule over an area")
        {
            county,
            period,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var text = parseResult.GetValue(county) ?? throw new CliException("请用 --county CODE 指定县（12位区划代码）");
            if (!RegionCode.TryParse(text, out var root, out var codeError)) throw new CliException(codeError.Zh);
            var month = parseResult.GetValue(period) is { } p
                ? TemplateCommands.ParsePeriod(p)
                : FormHub.Core.Periods.Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), FormHub.Core.Periods.PeriodType.Monthly);
            if (month.Type != FormHub.Core.Periods.PeriodType.Monthly) throw new CliException($"--period 应为月份，如 2026-11；“{month.Key}”不是月份");

            var templates = context.TemplatesDirectory(parseResult);
            var catalog = context.LoadCatalog(templates);
            RuleBook book;
            try { book = RuleBook.LoadDirectory(Path.Combine(templates, "rules"), catalog); }
            catch (SourceProblemException e)
            {
                await TemplateCommands.WriteProblemsAsync(context.Err, e.Problems);
                return ExitCodes.InputError;
            }
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
            var tree = new RegionTree(await store.GetRegionsAsync(ct));
            var unit = tree.Find(root) ?? throw new CliException($"区划 {root} 不在已导入的区划中（先运行 formhub regions import FILE）");
            var library = (await context.OpenTemplatesAsync(store, templates, ct)).Library;
            var findings = new FindingsDeriver(store, book, new RuleEvaluator(), outliers: new FormHub.Reports.Outliers.OutlierDeriver(store, library));
            var clock = Stopwatch.StartNew();
            var summary = await findings.RunAsync(tree, root, month, null, ct);
            clock.Stop();
            foreach (var failure in summary.Failures.Take(20)) await context.Err.WriteLineAsync(failure);
            await context.Out.WriteLineAsync(
                $"{unit.Name}{month.DisplayZh}：{book.Rules.Count} 条规则，{summary.Villages} 个村，现有问题 {summary.Open} 条（新出现 {summary.Appeared}，已解决 {summary.Resolved}），" +
                $"用时 {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒" +
                (summary.Failures.Count > 0 ? $"；{summary.Failures.Count} 处规则运行失败（见上）" : ""));
            return summary.Failures.Count > 0 ? ExitCodes.InputError : ExitCodes.Ok;
        }));
        return command;
    }

    private static string Summary(CompiledRule compiled)
    {
        var r = compiled.Rule;
        var level = r.Level switch { FindingLevel.Error => "错误", FindingLevel.Warning => "警告", _ => "提示" };
        var kind = r.Kind == RuleKind.Eligibility ? "免申即享" : "校验";
        return $"✔ {r.Id} {r.Title}（{r.Department}，{kind}，{level}，{r.EntityType}）；读取字段 {string.Join("、", compiled.FieldsRead.Order(StringComparer.Ordinal))}";
    }
}
