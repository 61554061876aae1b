using System.CommandLine;
using FormHub.Core.OrgUnits;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub demo</c>, what <c>./run.sh</c> calls until the web app exists: checks the catalog, imports the demo
/// county's regions into an empty store and prints what is there. Safe to run again: it never imports twice.
/// </summary>
internal static class DemoCommand
{
    private const string DemoRegions = "demo-county.csv";

    public static Command Create(CliContext context)
    {
        var command = new Command("demo", "演示：检查数据目录、导入演示区划（区划表为空时）并汇总 / demo: check the catalog, import demo regions, summarize");
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var output = context.Out;
            var templates = context.TemplatesDirectory(parseResult);
            var catalog = context.LoadCatalog(templates);
            var options = context.Storage(parseResult);
            await output.WriteLineAsync("FormHub 演示 — 一次填报、多级复用");
            await output.WriteLineAsync($"存储：{CliContext.Describe(options)}");

            await using var store = await CliContext.OpenStoreAsync(options, catalog, ct);
            await output.WriteLineAsync(
                $"数据目录：{catalog.EntityTypes.Count} 个实体类型、{catalog.Fields.Count} 个字段（" +
                string.Join("、", catalog.EntityTypes.Select(t => $"{t.LabelZh} {catalog.FieldsOf(t.Key).Count}")) +
                $"），来自 {Path.Combine(templates, "catalog")}");

            if ((await store.CountAsync(ct)).Regions == 0)
            {
                var file = Path.Combine(templates, "regions", DemoRegions);
                if (!File.Exists(file)) throw new CliException($"找不到演示区划文件：{file}");
                var tree = RegionCsvReader.ReadFile(file);
                await store.SaveRegionsAsync(tree.All, ct);
                await output.WriteLineAsync($"区划：已导入演示区划 {file}，共 {tree.Count} 个");
            }
            else
            {
                await output.WriteLineAsync("区划：已有区划，未重复导入");
            }

            var regions = await store.GetRegionsAsync(ct);
            await output.WriteLineAsync($"区划数：{regions.Count}（{ChineseNames.LevelCounts(regions)}）");
            var counts = await store.CountAsync(ct);
            await output.WriteLineAsync($"记录：{counts.Entities} 个实体、{counts.Events} 条事件、{counts.PeriodicValues} 个周期值");
            await output.WriteLineAsync("网页端（村干部填报、乡镇审核、部门报表）将在后续 issue 中提供。现在可用的命令：");
            await output.WriteLineAsync("  dotnet run --project src/FormHub.Cli -- regions list | catalog check | audit verify --all | --help");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
