using FormHub.Filing;
using FormHub.Core.Text;
using FormHub.Exports.Excel;
using FormHub.Reports;
using FormHub.Server.Access;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// An admin uploads a department's own official layout for a template: it is checked first (a real xlsx, not locked by a
/// password, placeholders, a FormHub.RepeatRow, only the template's column ids) and stored only when it passes.
/// </summary>
public static class LayoutApi
{
    public sealed record LayoutStored(string TemplateId, string FileName, int Bytes, DateTimeOffset UploadedAt);

    public static IEndpointRouteBuilder MapLayoutApi(this IEndpointRouteBuilder app)
    {
        // The form is read in the handler, not bound: a bound IFormFile would make routing answer a wrong content type with
        // 415 before sign-in and scope are checked, and would ask for the framework's form antiforgery (the CSRF filter
        // on the group checks the X-CSRF-TOKEN header instead).
        app.SignedIn("/api/templates/{templateId}", "Layouts").MapPost("/layout", UploadAsync)
            .AddEndpointFilter<DefinitionsWriterFilter>().WithName("UploadLayout").WithSummary("Checks and stores an official Excel layout for a template (multipart field 'file')");
        return app;
    }

    private static async Task<Results<Ok<LayoutStored>, ProblemHttpResult>> UploadAsync(string templateId, HttpContext http, CurrentUser user,
        TemplateLibrary library, IFormHubStore store, TimeProvider clock, CancellationToken ct)
    {
        if (user.Role != AccountRole.Admin)
            return Problem.Forbidden(http, new LocalizedText("只有管理员可以上传报表版式。", "Only admins upload layouts."));
        if (library.Versions(templateId) is not [.., var latest])
            return Problem.NotFound(http, new LocalizedText($"没有编号为“{templateId}”的报表。", $"No report '{templateId}'."));
        var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
            return Problem.BadRequest(http, new LocalizedText("请选择要上传的 xlsx 文件（表单字段 file）。", "Choose an xlsx file to upload (form field 'file')."));

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var inspection = LayoutInspector.Inspect(content, latest.Template.Columns.Select(c => c.Id).ToList());
        if (!inspection.IsAcceptable)
            return Problem.Of(http, StatusCodes.Status400BadRequest, new LocalizedText("版式不能使用", "Layout refused"),
                new LocalizedText(inspection.MessageZh, inspection.MessageEn),
                new Dictionary<string, object?> { ["problems"] = inspection.Problems.Select(p => new { p.Code, message = http.Pick(new LocalizedText(p.Zh, p.En)) }) });

        var stored = new ReportLayout(templateId, content, Path.GetFileName(file.FileName), user.UserName, clock.GetUtcNow());
        // Its audit line is listed with the other definitions on the admins' audit page (the layout is the whole store's).
        await store.SaveLayoutAsync(stored, DefinitionsAudit.Entry(stored.UploadedAt, user.UserName, DefinitionsAudit.LayoutUploaded, templateId, stored.FileName), ct);
        return TypedResults.Ok(new LayoutStored(templateId, stored.FileName, content.Length, stored.UploadedAt));
    }
}
