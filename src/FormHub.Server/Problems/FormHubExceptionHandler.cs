using System.Text.Json;
using FormHub.Core.Text;
using FormHub.Server.Filing;
using FormHub.Storage.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace FormHub.Server.Problems;

/// <summary>
/// Turns the refusals the layers below throw (store validation, version conflicts, malformed bodies) into 4xx
/// ProblemDetails a cadre can act on; anything else is logged and answered with a plain 500 that leaks nothing.
/// </summary>
internal sealed partial class FormHubExceptionHandler(ILogger<FormHubExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        IResult result = exception switch
        {
            StoreValidationException invalid => Problem.Validation(context, invalid.Text, ErrorsByInput(context, invalid)),
            ConcurrencyConflictException conflict => Problem.Conflict(context, conflict.Text,
                new Dictionary<string, object?> { ["entityId"] = conflict.EntityId, ["currentVersion"] = conflict.ActualVersion }),
            SubmissionConflictException conflict => Problem.Conflict(context, conflict.Text,
                new Dictionary<string, object?> { ["currentVersion"] = conflict.ActualVersion }),
            EntityNotFoundException missing => Problem.NotFound(context, missing.Text),
            WorkflowRefusal refusal => Problem.Of(context, refusal.Status, new LocalizedText("无法办理", "Not possible now"), refusal.Text,
                refusal.Failing.Count == 0 ? null : new Dictionary<string, object?> { ["failingChecks"] = refusal.Failing }),
            StoreException other => Problem.BadRequest(context, other.Text),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem.TooLarge(context, context.Request.ContentLength ?? 0),
            BadHttpRequestException bad => Problem.BadRequest(context, Messages.MalformedRequest(Describe(bad))),
            JsonException json => Problem.BadRequest(context, Messages.MalformedRequest(json.Message)),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => Results.Empty,
            _ => ServerError(context, exception),
        };
        await result.ExecuteAsync(context);
        return true;
    }

    private IResult ServerError(HttpContext context, Exception exception)
    {
        LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
        return Problem.Of(context, StatusCodes.Status500InternalServerError, new LocalizedText("服务器错误", "Server error"), Messages.ServerError);
    }

    /// <summary>The JSON reader's own words (line, position, path) are the useful part of a malformed-body error.</summary>
    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => json.Message,
        { } inner => inner.Message,
        null => bad.Message,
    };

    private static Dictionary<string, string[]> ErrorsByInput(HttpContext context, StoreValidationException invalid) =>
        invalid.Errors
            .GroupBy(e => $"operations[{e.OperationIndex}]" + (e.Field is null ? "" : ".fields." + e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => context.Pick(e.Message)).ToArray());

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
