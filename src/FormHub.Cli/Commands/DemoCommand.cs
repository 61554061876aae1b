using System.CommandLine;
using FormHub.Demo;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub demo</c>, what <c>./run.sh</c> calls until the web app exists: checks the catalog, seeds the small demo
/// county (<c>formhub seed</c> with its defaults) into a store that has no records yet, and prints what is there.
/// Safe to run again: it never seeds twice.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("demo", "演示：检查数据目录，首次运行时生成演示县（区划、户、人员、历史和报表），并汇总 / demo: check the catalog, seed the demo county on first start, summarize");
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var output = context.Out;
            var templates = context.TemplatesDirectory(parseResult);
            var catalog = context.LoadCatalog(templates);
            var options = context.Storage(parseResult);
            await output.WriteLineAsync("FormHub 演示 — 一次填报、多级复用");
            await output.WriteLineAsync($"存储：{CliContext.Describe(options)}");

            await using var store = await context.OpenStoreAsync(options, catalog, ct);
            catalog = store.Catalog; // the store's version: the files only seed an empty store
            await output.WriteLineAsync(
                $"数据目录：{catalog.EntityTypes.Count} 个实体类型、{catalog.Fields.Count} 个字段（" +
                string.Join("、", catalog.EntityTypes.Select(t => $"{t.LabelZh} {catalog.FieldsOf(t.Key).Count}")) +
                $"），第 {store.CatalogVersion} 版（存于数据库；空库时由 {Path.Combine(templates, "catalog")} 导入）");

            var before = await store.CountAsync(ct);
            if (before.Entities == 0)
            {
                await output.WriteLineAsync("首次运行：库中还没有记录，生成演示县（formhub seed 的默认规模）");
                var report = await SeedCommand.RunAsync(context, templates, catalog, options, new SeedSettings(), ct);
                if (before.Regions == 0)
                {
                    var regionsNow = (await store.CountAsync(ct)).Regions;
                    await output.WriteLineAsync($"区划：已导入演示区划 {Path.Combine(templates, "regions", DemoRegions.FileName)}，共 {regionsNow} 个");
                }
                await SeedCommand.WriteSummaryAsync(output, report);
            }
            else
            {
                await output.WriteLineAsync(before.Regions > 0 ? "区划：已有区划，未重复导入" : "区划：尚未导入区划");
                await output.WriteLineAsync($"演示数据：库中已有 {before.Entities} 个实体，未重新生成（要重建请运行 formhub seed --force）");
            }

            var regions = await store.GetRegionsAsync(ct);
            await output.WriteLineAsync($"区划数：{regions.Count}（{ChineseNames.LevelCounts(regions)}）");
            var counts = await store.CountAsync(ct);
            await output.WriteLineAsync($"记录：{counts.Entities} 个实体、{counts.Events} 条事件、{counts.PeriodicValues} 个周期值");
            await output.WriteLineAsync("网页端（村干部填报、乡镇审核、部门报表、管理员工作台）：运行 ./run.sh，打开 http://localhost:5000");
            await output.WriteLineAsync("命令行：dotnet run --project src/FormHub.Cli -- regions list | reports rebuild | audit verify --all | seed --force | --help");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
