using System.CommandLine;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub templates export DIR</c> / <c>formhub templates import DIR</c>: the templates in the store, as files that can
/// be kept in git. Import checks every file with the same checker as <c>template check</c> and writes all or nothing.
/// </summary>
internal static class TemplatesCommands
{
    public static Command Create(CliContext context) =>
        new("templates", "库中的报表模板：导出到文件夹、从文件夹导入 / templates in the store: export and import")
        {
            Export(context),
            Import(context),
        };

    private static Command Export(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "导出到的文件夹（不存在则创建；同名文件被覆盖）" };
        var command = new Command("export", "把库中每个已发布的模板版本写成 YAML 文件（第1版 id.yaml，之后 id.vN.yaml） / write every published version")
        {
            directory,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var templates = context.TemplatesDirectory(parseResult);
            var catalog = context.LoadCatalog(templates);
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
            var source = await context.OpenTemplatesAsync(store, templates, ct);
            var files = await source.ExportAsync(parseResult.GetRequiredValue(directory), ct);
            foreach (var file in files) await context.Out.WriteLineAsync(file);
            await context.Out.WriteLineAsync($"已导出 {files.Count} 个模板版本到 {Path.GetFullPath(parseResult.GetRequiredValue(directory))}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "模板 YAML 文件所在的文件夹" };
        var command = new Command("import",
            "检查并导入文件夹中的模板：库中已有且内容相同的版本跳过，新版本发布；任何一处错误则全部不导入 / check and import, all or nothing")
        {
            directory,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var templates = context.TemplatesDirectory(parseResult);
            var catalog = context.LoadCatalog(templates);
            var dir = parseResult.GetRequiredValue(directory);
            if (!Directory.Exists(dir)) throw new CliException($"模板文件夹“{dir}”不存在");
            await using var store = await context.OpenStoreAsync(context.Storage(parseResult), catalog, ct);
            var source = await context.OpenTemplatesAsync(store, templates, ct);
            var (published, unchanged) = await source.ImportAsync(dir, CliContext.CliUser, ct);
            foreach (var t in published)
                await context.Out.WriteLineAsync($"✔ 已发布 {t.Id} 第{t.Version}版 {t.Title}" + (t.EffectiveFrom is { } from ? $"（自 {from} 起施行）" : ""));
            await context.Out.WriteLineAsync($"导入完成：发布 {published.Count} 个新版本，{unchanged} 个版本库中已有、内容相同。");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
