using FormHub.Core.Catalog;
using FormHub.Core.Text;
using FormHub.Import;
using FormHub.Server.Access;
using FormHub.Server.Hosting;
using FormHub.Server.Imports;
using FormHub.Server.Problems;
using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Api;

/// <summary>
/// 名册导入 in the browser: an admin (within the view scope) or a village's cadre (the own village) uploads an .xlsx, .xls
/// or CSV, gets the proposed column mapping, then runs a dry run or the import in the background and polls its progress.
/// The work is <see cref="RosterImporter"/>'s, exactly as on the command line.
/// </summary>
public static class ImportApi
{
    public sealed record ImportTarget(string Value, string Label, bool Periodic);

    public sealed record ImportUpload(Guid Id, string FileName, string Format, string? Encoding, int HeaderRow, IReadOnlyList<string> Headings,
        IReadOnlyDictionary<string, string> Columns, IReadOnlyList<ImportTarget> Targets, string EntityType);

    /// <summary>What to run: the mapping (saved as a profile under its name when <see cref="SaveProfile"/>) and the mode.</summary>
    public sealed record ImportRunRequest(ImportMode? Mode, MappingProfile? Mapping, bool SaveProfile);

    public sealed record ProblemView(int Row, int Column, string? ColumnLetter, string? Heading, string Message, string Text);

    public sealed record ImportOutcome(string Summary, bool Written, int HeaderRow, int DataRows, int Created, int Changed, int Unchanged,
        int RejectedRows, int ProblemCount, IReadOnlyList<ProblemView> Problems);

    public sealed record ImportStatus(Guid Id, string FileName, string State, ImportMode? Mode, string Stage, int Done, int Total,
        ImportOutcome? Result, string? Failure);

    /// <summary>Problems listed in the status answer; the problem workbook has them all.</summary>
    public const int ProblemsShown = 500;

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        // The file is the raw body (application/octet-stream), read in the handler after sign-in and scope are checked.
        app.SignedIn("/api/units/{code}/imports", "Import").MapPost("/", UploadAsync).WithName("UploadImport")
            .WithSummary("Uploads a roster file (.xlsx, .xls, CSV) for the unit; answers its header and the proposed column mapping")
            .WithMetadata(new ImportSizeLimit());
        var group = app.SignedIn("/api/imports", "Import");
        group.MapGet("/profiles", ListProfilesAsync).WithName("ListImportProfiles").WithSummary("The saved mapping profiles (导入方案)");
        group.MapPost("/{id:guid}/runs", RunAsync).WithName("RunImport")
            .WithSummary("Starts a dry run or the import of an uploaded file in the background (poll the status)");
        group.MapGet("/{id:guid}", Status).WithName("ImportStatus").WithSummary("Progress of the upload's run, and its result with the problems");
        group.MapGet("/{id:guid}/problems", ProblemsWorkbook).WithName("ImportProblemsWorkbook")
            .WithSummary("The uploaded rows with a 问题 column (.xlsx), after a run");
        return app;
    }

    private static async Task<Results<Ok<ImportUpload>, ProblemHttpResult>> UploadAsync(string code, string? fileName, string? entityType, string? encoding,
        HttpContext http, CurrentUser user, UnitAccess access, FieldCatalog catalog, ImportJobs jobs, IOptions<FormHubServerOptions> options, CancellationToken ct)
    {
        if (MayNotImport(http, user) is { } notAllowed) return notAllowed;
        var need = user.Role == AccountRole.Cadre ? UnitNeed.Capture : UnitNeed.ViewIndividuals;
        var resolved = await access.ResolveAsync(http, user, code, need, villageOnly: user.Role == AccountRole.Cadre, ct);
        if (resolved is not { Unit: { } unit }) return resolved.Problem!;
        var type = entityType ?? "person";
        if (type is not ("person" or "household"))
            return Problem.BadRequest(http, new LocalizedText($"只能导入人员（person）或户（household），不能导入“{type}”。", $"Only persons or households can be imported, not '{type}'."));
        var csvEncoding = encoding?.ToLowerInvariant() switch
        {
            null or "" or "auto" => CsvEncoding.Auto,
            "utf-8" or "utf8" => CsvEncoding.Utf8,
            "gbk" or "gb18030" => CsvEncoding.Gb18030,
            _ => (CsvEncoding?)null,
        };
        if (csvEncoding is null)
            return Problem.BadRequest(http, new LocalizedText($"编码“{encoding}”无效：可用 auto、utf-8、gbk。", $"Unknown encoding '{encoding}': use auto, utf-8 or gbk."));

        var limit = options.Value.MaxImportBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > limit) return Problem.TooLarge(http, limit);
        var name = string.IsNullOrWhiteSpace(fileName) ? "upload" : Path.GetFileName(fileName.Trim());
        try
        {
            var sheet = SheetFileReader.Read(buffer.ToArray(), name, csvEncoding.Value);
            var header = HeaderLocator.Find(sheet, catalog, type);
            var headings = sheet.Rows[header].Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h!.Trim()).Distinct(StringComparer.Ordinal).ToList();
            var job = jobs.Add(user.UserName, unit.Code, sheet);
            return TypedResults.Ok(new ImportUpload(job.Id, sheet.FileName, sheet.Format.ToString().ToLowerInvariant(), sheet.Encoding, header + 1, headings,
                MappingProposer.Propose(catalog, type, headings), Targets(catalog, type), type));
        }
        catch (ImportFileException e)
        {
            return Problem.BadRequest(http, new LocalizedText(e.Message, $"The file cannot be imported: {e.Message}"));
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<MappingProfile>>, ProblemHttpResult>> ListProfilesAsync(HttpContext http, CurrentUser user,
        MappingProfiles profiles, CancellationToken ct)
    {
        if (MayNotImport(http, user) is { } notAllowed) return notAllowed;
        return TypedResults.Ok(await profiles.ListAsync(ct));
    }

    private static async Task<Results<Accepted<ImportStatus>, ProblemHttpResult>> RunAsync(Guid id, ImportRunRequest? request, HttpContext http, CurrentUser user,
        ImportJobs jobs, FieldCatalog catalog, MappingProfiles profiles, CancellationToken ct)
    {
        if (MayNotImport(http, user) is { } notAllowed) return notAllowed;
        if (jobs.Find(id, user.UserName) is not { } job) return UploadGone(http);
        if (request is not { Mode: { } mode, Mapping: { } mapping })
            return Problem.BadRequest(http, new LocalizedText("请求应包含 mode（dryRun、allOrNothing 或 validRowsOnly）和 mapping。",
                "The request needs mode (dryRun, allOrNothing or validRowsOnly) and mapping."));
        if (mapping.EntityType is not ("person" or "household"))
            return Problem.BadRequest(http, new LocalizedText("只能导入人员（person）或户（household）。", "Only persons or households can be imported."));
        if (mapping.Columns is null || mapping.Columns.Any(c => c.Value is null))
            return Problem.BadRequest(http, new LocalizedText("mapping.columns 应为“列名 → 字段”的对应，不导入的列写空字符串。",
                "mapping.columns must map each column heading to a field; write an empty string for a column not imported."));
        var known = Targets(catalog, mapping.EntityType).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        if (mapping.Columns.FirstOrDefault(c => c.Value.Length > 0 && !known.Contains(c.Value)) is { Key: { } heading, Value: { } target })
            return Problem.BadRequest(http, new LocalizedText($"列“{heading}”对应的“{target}”不是可导入的字段。", $"Column '{heading}' maps to '{target}', which cannot be imported."));
        if (!string.IsNullOrWhiteSpace(mapping.Village))
        {
            if (!Core.OrgUnits.RegionCode.TryParse(mapping.Village.Trim(), out var village, out var why))
                return Problem.BadRequest(http, Messages.BadRegionCode(mapping.Village, why));
            // Rows may only go where the upload was allowed to: a cadre's own village, an admin's area.
            if (!village.IsWithin(job.Area)) return Problem.Forbidden(http, Messages.OutOfScope);
            mapping = mapping with { Village = village.Value };
        }
        else
        {
            mapping = mapping with { Village = user.Role == AccountRole.Cadre ? job.Area.Value : null };
        }

        if (string.IsNullOrWhiteSpace(mapping.Period)) mapping = mapping with { Period = null };
        if (request.SaveProfile)
        {
            try
            {
                // Profiles are shared with everyone's imports and `formhub import`: only an admin replaces another user's.
                if (user.Role != AccountRole.Admin && await profiles.SavedByAsync(mapping.Name, ct) is { } owner && owner != user.UserName)
                    return Problem.Forbidden(http, new LocalizedText($"导入方案“{mapping.Name.Trim()}”由 {owner} 保存，只有本人或管理员可以修改；请另取一个方案名。未导入任何数据。",
                        $"The profile '{mapping.Name.Trim()}' was saved by {owner}; only they or an admin may change it. Choose another name. Nothing was imported."));
                // A cadre's village is where this upload goes, not part of the file's shape: it is not saved with the profile.
                await profiles.SaveAsync(mapping with { Village = user.Role == AccountRole.Cadre ? null : mapping.Village }, user.UserName, job.Area.Value, ct);
            }
            catch (ImportFileException e)
            {
                return Problem.BadRequest(http, new LocalizedText(e.Message, $"The profile '{mapping.Name}' cannot be saved: use 1 to {MappingProfiles.MaxNameLength} characters."));
            }
        }

        var scope = new ImportScope(user.UserName, job.Area);
        if (!jobs.Start(job, mapping, scope, mode))
            return Problem.Conflict(http, new LocalizedText("这个文件正在导入，请等它完成。", "This file is being imported; wait for it to finish."));
        return TypedResults.Accepted($"/api/imports/{job.Id}", StatusOf(job));
    }

    private static Results<Ok<ImportStatus>, ProblemHttpResult> Status(Guid id, HttpContext http, CurrentUser user, ImportJobs jobs) =>
        jobs.Find(id, user.UserName) is { } job ? TypedResults.Ok(StatusOf(job)) : UploadGone(http);

    private static Results<FileStreamHttpResult, ProblemHttpResult> ProblemsWorkbook(Guid id, HttpContext http, CurrentUser user, ImportJobs jobs)
    {
        if (jobs.Find(id, user.UserName) is not { } job) return UploadGone(http);
        if (job.Snapshot().Result is not { } result)
            return Problem.NotFound(http, new LocalizedText("请先试导入或导入，再下载问题表。", "Run a dry run or an import first, then download the problems."));
        var name = Path.GetFileNameWithoutExtension(job.File.FileName) + "_问题.xlsx";
        // Written to a temporary file that goes when the response has been sent: the workbook is never a byte array in memory.
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            ProblemWorkbook.Write(job.File, result, temp);
        }
        catch
        {
            temp.Dispose();
            throw;
        }
        temp.Position = 0;
        return TypedResults.File(temp, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private static ImportStatus StatusOf(ImportJob job)
    {
        var (running, mode, progress, result, failure) = job.Snapshot();
        var state = running ? "running" : failure is not null ? "failed" : result is not null ? "done" : "ready";
        return new ImportStatus(job.Id, job.File.FileName, state, mode, progress.StageZh, progress.Done, progress.Total, result is null ? null : OutcomeOf(result), failure);
    }

    private static ImportOutcome OutcomeOf(ImportResult result) => new(result.SummaryZh, result.Written, result.HeaderRow, result.DataRows,
        result.Created, result.Changed, result.Unchanged, result.RejectedRows.Count, result.Problems.Count,
        result.Problems.Take(ProblemsShown).Select(p => new ProblemView(p.Row, p.Column, p.Column > 0 ? p.ColumnLetter : null, p.Heading, p.Message, p.ToString())).ToList());

    /// <summary>Every column target for <paramref name="entityType"/>: where a row lives, its household, then the catalog's fields.</summary>
    private static List<ImportTarget> Targets(FieldCatalog catalog, string entityType)
    {
        var targets = new List<ImportTarget> { new(ImportTargets.Village, ImportTargets.LabelZh(ImportTargets.Village)!, false) };
        if (entityType == "person")
        {
            targets.Add(new(ImportTargets.HouseholdNumber, ImportTargets.LabelZh(ImportTargets.HouseholdNumber)!, false));
            targets.Add(new(ImportTargets.HeadIdNumber, ImportTargets.LabelZh(ImportTargets.HeadIdNumber)!, false));
        }

        targets.AddRange(catalog.FieldsOf(entityType).Where(f => f.Type != FieldType.EntityRef)
            .Select(f => new ImportTarget(f.Name, f.LabelZh, f.Kind == FieldKind.Periodic)));
        return targets;
    }

    private static ProblemHttpResult? MayNotImport(HttpContext http, CurrentUser user) => user.Role is AccountRole.Admin or AccountRole.Cadre ? null
        : Problem.Forbidden(http, new LocalizedText("只有管理员和村级填报员可以导入名册。", "Only admins and village cadres import rosters."));

    private static ProblemHttpResult UploadGone(HttpContext http) => Problem.NotFound(http,
        new LocalizedText("找不到这次上传的文件（上传超过两小时或服务已重启）：请重新上传。", "The upload is gone (older than two hours, or the server restarted): upload the file again."));
}
