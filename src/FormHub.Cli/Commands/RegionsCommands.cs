using System.CommandLine;
using FormHub.Core.OrgUnits;

namespace FormHub.Cli.Commands;

/// <summary><c>formhub regions import FILE</c> and <c>formhub regions list [--under CODE]</c>: the 区划 (region) list.</summary>
internal static class RegionsCommands
{
    public static Command Create(CliContext context) =>
        new("regions", "区划（统计用区划代码）：导入与查看 / region codes: import and list")
        {
            Import(context),
            List(context),
        };

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "UTF-8 CSV 文件，表头为 code,name" };
        var command = new Command("import", "从 CSV 导入区划；文件有任何错误时不导入任何区划 / import regions from CSV (all or nothing)") { file };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (!File.Exists(path)) throw new CliException($"找不到区划文件：{path}");

            // Read and check the whole file before touching the store: a bad file stores nothing.
            var tree = RegionCsvReader.ReadFile(path);
            var catalog = context.LoadCatalog(context.TemplatesDirectory(parseResult));
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
            await store.SaveRegionsAsync(tree.All, ct);
            await context.Out.WriteLineAsync($"已导入 {tree.Count} 个区划（{ChineseNames.LevelCounts(tree.All)}）");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var under = new Option<string?>("--under") { Description = "只列出此区划及其下级", HelpName = "CODE" };
        var command = new Command("list", "按层级缩进列出已导入的区划 / list stored regions as an indented tree") { under };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            RegionCode? root = null;
            if (parseResult.GetValue(under) is { } text)
            {
                if (!RegionCode.TryParse(text, out var code, out var error)) throw new CliException(error.Zh);
                root = code;
            }

            var catalog = context.LoadCatalog(context.TemplatesDirectory(parseResult));
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
            var units = await store.GetRegionsAsync(ct);
            if (units.Count == 0)
            {
                await context.Out.WriteLineAsync("尚未导入区划。请先运行：formhub regions import FILE（演示数据：form-templates/regions/demo-county.csv）");
                return ExitCodes.Ok;
            }

            var shown = units.Where(u => root is not { } r || u.Code.IsWithin(r)).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToList();
            if (shown.Count == 0) throw new CliException($"区划 {root} 不在已导入的区划中");

            // Indent by level relative to the topmost level shown, so a list may start at a county or a township.
            var top = shown.Min(u => u.Level);
            foreach (var unit in shown)
            {
                var indent = new string(' ', 2 * (unit.Level - top));
                await context.Out.WriteLineAsync($"{indent}{unit.Code}  {unit.Name}  {ChineseNames.Kind(unit)}");
            }
            await context.Out.WriteLineAsync($"共 {shown.Count} 个区划（{ChineseNames.LevelCounts(shown, skipEmpty: true)}）");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
