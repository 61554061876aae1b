using System.Text.Json;
using FormHub.Users;
using FormHub.Filing;
using FormHub.Core.Text;
using FormHub.Storage.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace FormHub.Server.Problems;

/// <summary>
/// Turns the refusals the layers below throw (store validation, version conflicts, malformed bodies) into 4xx
/// ProblemDetails a cadre can act on, storage faults into 503/507 (<see cref="StorageFaults"/>); anything else is
/// logged and answered with a plain 500 that leaks nothing.
/// </summary>
internal sealed partial class FormHubExceptionHandler(ILogger<FormHubExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        IResult result = StorageFaults.Answer(context, exception) ?? exception switch
        {
            StoreValidationException invalid => Problem.Validation(context, invalid.Text, ErrorsByInput(context, invalid)),
            ConcurrencyConflictException conflict => Problem.Conflict(context, conflict.Text,
                new Dictionary<string, object?> { ["entityId"] = conflict.EntityId, ["currentVersion"] = conflict.ActualVersion }),
            PeriodicConflictException conflict => Problem.Conflict(context, conflict.Text, new Dictionary<string, object?>
            {
                ["entityId"] = conflict.EntityId, ["field"] = conflict.Field, ["period"] = conflict.Period, ["currentVersion"] = conflict.ActualVersion,
            }),
            SubmissionConflictException conflict => Problem.Conflict(context, conflict.Text,
                new Dictionary<string, object?> { ["currentVersion"] = conflict.ActualVersion }),
            // A county load holds the province's ID-number lock: retry later, nothing was written.
            FormHub.Storage.Shards.ImportBusyException busy => Problem.Conflict(context, busy.Text),
            EntityNotFoundException missing => Problem.NotFound(context, missing.Text),
            AccountRefusal refusal => AccountProblem(context, refusal),
            WorkflowRefusal refusal => Problem.Of(context, refusal.Kind == RefusalKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, new LocalizedText("无法办理", "Not possible now"), refusal.Text,
                refusal.Failing.Count == 0 ? null : new Dictionary<string, object?> { ["failingChecks"] = refusal.Failing }),
            FormHub.Exports.Pdf.ChromiumUnavailableException chromium => Problem.Of(context, StatusCodes.Status503ServiceUnavailable,
                new LocalizedText("暂时无法生成 PDF", "PDF unavailable"), chromium.Text),
            Microsoft.Playwright.PlaywrightException => Problem.Of(context, StatusCodes.Status503ServiceUnavailable,
                new LocalizedText("暂时无法生成 PDF", "PDF unavailable"),
                new LocalizedText("打印 PDF 超时或出错，请稍后重试，或先下载 Excel。", "Printing the PDF timed out or failed; try again later or download Excel.")),
            InvalidDataException layout => Problem.Conflict(context, ExportProblem(layout.Message)),
            // The 启用月份 (or another county setting) the write rested on moved meanwhile: a conflict to retry, not bad input.
            AuditGuardException moved => Problem.Conflict(context, new LocalizedText(
                "本县的启用月份刚被管理员修改，本次提交未生效：请刷新页面，按新的启用月份确认后再提交。",
                "The county's reporting start was just changed by an admin; nothing was submitted. Reload and submit again under the new start."),
                new Dictionary<string, object?> { ["setting"] = moved.Guard.Action, ["unit"] = moved.Guard.UnitCode }),
            StoreException other => Problem.BadRequest(context, other.Text),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem.TooLarge(context, context.Request.ContentLength ?? 0),
            BadHttpRequestException bad => Problem.BadRequest(context, Describe(bad)),
            JsonException json => Problem.BadRequest(context, Describe(json)),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => Results.Empty,
            // A deadlock or a timeout, bare or wrapped by the Marten engine: nothing was written, and a retry may pass.
            _ when IsPassing(exception) => Busy(context),
            _ => ServerError(context, exception),
        };
        await result.ExecuteAsync(context);
        return true;
    }

    /// <summary>The export writers say what is wrong as "中文 / English".</summary>
    private static LocalizedText ExportProblem(string message) =>
        message.Split(" / ", 2) is [var zh, var en] ? new LocalizedText(zh, en) : new LocalizedText(message, message);

    private static bool IsPassing(Exception e) =>
        e is System.Data.Common.DbException { IsTransient: true } or TimeoutException || e.InnerException is { } inner && IsPassing(inner);

    /// <summary>The database did not answer in time (overload, a restart): nothing was written; try again shortly.</summary>
    private static IResult Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return Problem.Of(context, StatusCodes.Status503ServiceUnavailable, new LocalizedText("服务器繁忙", "Server busy"),
            new LocalizedText("服务器繁忙，本次操作未生效，请几秒钟后重试。", "The server is busy; nothing was changed. Try again in a few seconds."));
    }

    private IResult ServerError(HttpContext context, Exception exception)
    {
        LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
        return Problem.Of(context, StatusCodes.Status500InternalServerError, new LocalizedText("服务器错误", "Server error"), Messages.ServerError);
    }

    /// <summary>Where the body went wrong, without the server's type names (which mean nothing to a caller).</summary>
    private static LocalizedText Describe(BadHttpRequestException bad) => bad.InnerException is JsonException json
        ? Describe(json)
        : Messages.MalformedRequest(new LocalizedText("请求体缺失、不是 JSON，或参数格式不对。", "the body is missing or not JSON, or a parameter is malformed."));

    private static LocalizedText Describe(JsonException json)
    {
        var where = json.Path is { Length: > 0 } path ? path : "$";
        var line = (json.LineNumber ?? 0) + 1;
        return Messages.MalformedRequest(new LocalizedText($"JSON 在 {where}（第 {line} 行）处格式或类型不对。", $"the JSON is malformed or of the wrong type at {where} (line {line})."));
    }

    private static Dictionary<string, string[]> ErrorsByInput(HttpContext context, StoreValidationException invalid) =>
        invalid.Errors
            .GroupBy(e => $"operations[{e.OperationIndex}]" + (e.Field is null ? "" : ".fields." + e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => context.Pick(e.Message)).ToArray());

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    /// <summary>An account refusal: 400 with <c>errors</c> keyed by the input at fault (and <c>lines</c> for a CSV), 404, or 409.</summary>
    private static IResult AccountProblem(HttpContext context, AccountRefusal refusal) => refusal.Kind switch
    {
        AccountRefusalKind.NotFound => Problem.NotFound(context, refusal.Text),
        AccountRefusalKind.Conflict => Problem.Conflict(context, refusal.Text),
        _ => Problem.Of(context, StatusCodes.Status400BadRequest, new LocalizedText("请求有误", "Bad request"), refusal.Text, new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [refusal.Field ?? "request"] = [context.Pick(refusal.Text)] },
            ["lines"] = refusal.Lines,
        }),
    };
}
