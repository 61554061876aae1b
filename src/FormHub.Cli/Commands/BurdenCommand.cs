using System.CommandLine;
using FormHub.Core.OrgUnits;
using FormHub.Reports;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub burden --period P [--unit CODE]</c>: the burden figure (减负账) — report cells FormHub delivered versus the
/// values cadres actually typed in the period, for a unit and each unit beneath it.
/// </summary>
internal static class BurdenCommand
{
    public static Command Create(CliContext context)
    {
        var period = new Option<string?>("--period") { Description = "期别：2026-11（月）、2026Q4（季）或 2026（年）", HelpName = "P" };
        var unit = new Option<string?>("--unit") { Description = "区划代码（12位），默认为已导入的最高一级区划", HelpName = "CODE" };
        var command = new Command("burden", "减负账：报表单元格由系统生成的数量与实际录入的数量 / the burden figure")
        {
            period,
            unit,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var when = TemplateCommands.ParsePeriod(parseResult.GetValue(period));
            RegionCode? code = null;
            if (parseResult.GetValue(unit) is { } text)
            {
                if (!RegionCode.TryParse(text, out var parsed, out var error)) throw new CliException(error.Zh);
                code = parsed;
            }

            var templates = context.TemplatesDirectory(parseResult);
            // The files seed an empty store; from then on the store's catalog version is the one every command reads.
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), context.LoadCatalog(templates), ct);
            var catalog = store.Catalog;
            var library = await context.LoadTemplatesAsync(store, templates, ct);
            var tree = new RegionTree(await store.GetRegionsAsync(ct), "regions");
            var root = code is { } c
                ? tree.Find(c) ?? throw new CliException($"区划 {c} 不在已导入的区划中（先运行 formhub regions import FILE）")
                : tree.Roots.FirstOrDefault() ?? throw new CliException("还没有导入区划（先运行 formhub regions import FILE）");

            var burden = new BurdenCalculator(store, library);
            var total = await burden.ForUnitAsync(root, when, ct);
            await context.Out.WriteLineAsync($"{root.Name}（{root.Code}）{when.DisplayZh}：{total.SummaryZh}");

            // One level down, so a county sees its townships and a township its villages.
            foreach (var child in tree.Children(root.Code))
            {
                var figure = await burden.ForUnitAsync(child, when, ct);
                await context.Out.WriteLineAsync($"  {child.Name}（{child.Code}）：{figure.SummaryZh}");
            }
            if (total.CellsDelivered == 0)
                await context.Out.WriteLineAsync("提示：该期还没有生成报表行，请先运行 formhub reports rebuild 或 formhub seed");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
