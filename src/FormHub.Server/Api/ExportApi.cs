using FormHub.Distribution;
using FormHub.Filing;
using FormHub.Core.Text;
using FormHub.Exports;
using FormHub.Exports.Excel;
using FormHub.Exports.Pdf;
using FormHub.Server.Access;
using FormHub.Server.Departments;
using FormHub.Server.Hosting;
using FormHub.Server.Problems;
using FormHub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Api;

/// <summary>
/// A report for an area and period as a file: the generated workbook (every village, township subtotals, the total),
/// the department's official layout filled in, or a PDF printed by the Chromium kept running for the server.
/// </summary>
public static class ExportApi
{
    public enum LayoutChoice { Generated, Official }

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/reports/{templateId}/{unit}", "Exports");
        group.MapGet("/xlsx", XlsxAsync).WithName("ExportXlsx").WithSummary("The report as an Excel workbook (generated, or the official layout filled in); approvedOnly=true: approved villages only");
        group.MapGet("/pdf", PdfAsync).WithName("ExportPdf").WithSummary("The report as a PDF (A4, landscape when wide, header on every page, page numbers)");
        return app;
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> XlsxAsync(string templateId, string unit, string? period, string? layout,
        bool? approvedOnly, HttpContext http, CurrentUser user, UnitAccess access, TemplateAccess templates, ReportTableBuilder builder, OfficialLayouts layouts,
        CancellationToken ct)
    {
        var (table, problem) = await TableAsync(http, user, templateId, unit, period, approvedOnly ?? false, access, templates, builder, ct);
        if (problem is not null) return problem;
        if (!Enum.TryParse<LayoutChoice>(layout ?? nameof(LayoutChoice.Generated), ignoreCase: true, out var choice))
            return Problem.BadRequest(http, new LocalizedText($"layout 应为 generated（生成的表格）或 official（官方版式），收到“{layout}”。",
                $"layout must be generated or official, got '{layout}'."));
        var name = ExportFile.FileName(table!, "xlsx", choice == LayoutChoice.Official ? ExportFile.OfficialLayoutVariant : ExportFile.GeneratedVariant);
        if (choice != LayoutChoice.Official)
            return TypedResults.Stream(stream => GeneratedWorkbookWriter.WriteAsync(table!, stream, http.RequestAborted), ExportFile.XlsxContentType, name);

        // An admin's upload replaces the layout shipped with the template.
        var content = await layouts.FindAsync(templateId, ct);
        if (content is null)
            return Problem.NotFound(http, new LocalizedText($"“{table!.Title}”没有官方版式，请下载生成的表格。", $"'{table!.Title}' has no official layout; download the generated workbook."));
        // Checked before the answer starts: a layout that cannot be filled gets a message, not a broken download.
        var inspection = LayoutInspector.Inspect(content, table!.Columns.Select(c => c.Id).ToList());
        if (!inspection.IsAcceptable)
            return Problem.Conflict(http, new LocalizedText($"“{table.Title}”的官方版式不能使用，请管理员重新上传：{inspection.MessageZh}",
                $"The official layout of '{table.Title}' cannot be used; an admin must upload it again: {inspection.MessageEn}"));
        return TypedResults.Stream(stream => LayoutWorkbookFiller.FillAsync(content, table!, stream, http.RequestAborted), ExportFile.XlsxContentType, name);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(string templateId, string unit, string? period, bool? approvedOnly,
        HttpContext http, CurrentUser user, UnitAccess access, TemplateAccess templates, ReportTableBuilder builder, PdfPrinter printer, CancellationToken ct)
    {
        var (table, problem) = await TableAsync(http, user, templateId, unit, period, approvedOnly ?? false, access, templates, builder, ct);
        if (problem is not null) return problem;
        return TypedResults.File(await printer.PrintAsync(table!, ct), ExportFile.PdfContentType, ExportFile.FileName(table!, "pdf"));
    }

    private static async Task<(ReportTable? Table, ProblemHttpResult? Problem)> TableAsync(HttpContext http, CurrentUser user, string templateId, string unit,
        string? period, bool approvedOnly, UnitAccess access, TemplateAccess templates, ReportTableBuilder builder, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, unit, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return (null, refused);
        var (template, reportPeriod, problem) = templates.Resolve(http, user, templateId, period);
        if (problem is not null) return (null, problem);
        var (table, _) = await builder.BuildAsync(template!, reportPeriod, resolved.Unit!, ReportDepth.Full, user.DisplayName, ct, approvedOnly);
        return (table, null);
    }
}
