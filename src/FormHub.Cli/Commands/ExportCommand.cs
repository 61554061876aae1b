using System.CommandLine;
using FormHub.Distribution;
using FormHub.Exports;
using FormHub.Exports.Csv;
using FormHub.Exports.Excel;
using FormHub.Exports.Pdf;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub export --template ID --unit CODE --period P --format xlsx|layout|pdf|csv [-o FILE] [--preparer NAME] [--approved-only]</c>:
/// a report for an area and period as a file, built from the stored rows by the same <see cref="ReportTableBuilder"/>
/// and renderers as the server's downloads (every village, township 小计, 合计).
/// </summary>
internal static class ExportCommand
{
    public enum ExportFormat { Xlsx, Layout, Pdf, Csv }

    public static Command Create(CliContext context)
    {
        var template = new Option<string?>("--template") { Description = "报表模板编号，如 mz-dibao-monthly", HelpName = "ID" };
        var unit = new Option<string?>("--unit") { Description = "区划代码（12位）：导出这一片（县、乡镇或村）", HelpName = "CODE" };
        var period = new Option<string?>("--period") { Description = "期别，须与报表种类一致：2026-11（月报）、2026Q4（季报）、2026（年报）；默认当期", HelpName = "P" };
        var format = new Option<ExportFormat>("--format")
        {
            Description = "xlsx：生成的表格；layout：部门官方版式填好；pdf：打印版（需要 chromium）；csv：逗号分隔文本（UTF-8）",
            HelpName = "xlsx|layout|pdf|csv",
            DefaultValueFactory = _ => ExportFormat.Xlsx,
        };
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（默认：当前目录下的 报表名_单位_期别.扩展名）", HelpName = "FILE" };
        var preparer = new Option<string?>("--preparer") { Description = "填表人（打印在表尾；服务器下载时是登录者的姓名）", HelpName = "NAME" };
        var approvedOnly = new Option<bool>("--approved-only") { Description = "只含已审核通过的村（小计、合计也只由这些村汇总），与网页上“只看已审核通过的村”相同" };
        var command = new Command("export", "导出报表：生成的 Excel、官方版式、PDF 或 CSV，与网页下载的内容相同 / export a report")
        {
            template, unit, period, format, output, preparer, approvedOnly,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            var id = parseResult.GetValue(template) ?? throw new CliException("请用 --template ID 指定报表模板，如 --template mz-dibao-monthly");
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var area = await services.UnitAsync(parseResult.GetValue(unit), "--unit", ct);
            var resolved = services.Periods.Resolve(id, parseResult.GetValue(period));
            if (resolved.Template is not { } compiled)
                throw new CliException(resolved.Unknown && services.Library.Versions(id).Count == 0
                    ? $"没有编号为“{id}”的报表模板；已有的模板：{string.Join("、", services.Library.Ids)}"
                    : resolved.Error!.Zh);
            var (table, _) = await services.Tables.BuildAsync(compiled, resolved.Period, area, ReportDepth.Full, parseResult.GetValue(preparer) ?? "", ct,
                parseResult.GetValue(approvedOnly));

            var chosen = parseResult.GetValue(format);
            byte[]? layout = null;
            if (chosen == ExportFormat.Layout)
            {
                layout = await services.Layouts.FindAsync(id, ct) ?? throw new CliException($"“{table.Title}”没有官方版式，请用 --format xlsx 导出生成的表格");
                var inspection = LayoutInspector.Inspect(layout, table.Columns.Select(c => c.Id).ToList());
                if (!inspection.IsAcceptable) throw new CliException($"“{table.Title}”的官方版式不能使用，请管理员重新上传：{inspection.MessageZh}");
            }
            var path = parseResult.GetValue(output) is { Length: > 0 } o ? o
                : ExportFile.FileName(table, chosen switch { ExportFormat.Pdf => "pdf", ExportFormat.Csv => "csv", _ => "xlsx" },
                    chosen switch { ExportFormat.Layout => ExportFile.OfficialLayoutVariant, ExportFormat.Xlsx => ExportFile.GeneratedVariant, _ => null });

            // Written beside the target first, so a failed export never leaves half a file under the asked name.
            var partial = path + ".partial";
            try
            {
                await using (var file = File.Create(partial))
                {
                    switch (chosen)
                    {
                        case ExportFormat.Xlsx: await GeneratedWorkbookWriter.WriteAsync(table, file, ct); break;
                        case ExportFormat.Layout: await LayoutWorkbookFiller.FillAsync(layout!, table, file, ct); break;
                        case ExportFormat.Csv: await ReportCsvWriter.WriteAsync(table, file, ct); break;
                        default:
                            // Chromium (FORMHUB_CHROMIUM or /usr/bin/chromium); when it cannot start, ChromiumUnavailableException says so in Chinese.
                            await using (var printer = new PdfPrinter()) await file.WriteAsync(await printer.PrintAsync(table, ct), ct);
                            break;
                    }
                }
                File.Move(partial, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
            await context.Out.WriteLineAsync($"已导出 {table.Title}（{table.UnitName}，{table.PeriodDisplay}）：{Path.GetFullPath(path)}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
