using FormHub.Core.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Problems;

/// <summary>ProblemDetails answers in the caller's language; every refusal FormHub gives goes through here.</summary>
internal static class Problem
{
    public static ProblemHttpResult Of(HttpContext context, int status, LocalizedText title, LocalizedText? detail = null,
        IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail is null ? context.Pick(title) : context.Pick(detail), statusCode: status, title: context.Pick(title), extensions: extensions);

    public static ProblemHttpResult BadRequest(HttpContext context, LocalizedText detail) =>
        Of(context, StatusCodes.Status400BadRequest, new LocalizedText("请求有误", "Bad request"), detail);

    public static ProblemHttpResult NotFound(HttpContext context, LocalizedText detail) =>
        Of(context, StatusCodes.Status404NotFound, new LocalizedText("找不到", "Not found"), detail);

    public static ProblemHttpResult Forbidden(HttpContext context, LocalizedText detail) =>
        Of(context, StatusCodes.Status403Forbidden, new LocalizedText("无权访问", "Forbidden"), detail);

    public static ProblemHttpResult Conflict(HttpContext context, LocalizedText detail, IDictionary<string, object?>? extensions = null) =>
        Of(context, StatusCodes.Status409Conflict, new LocalizedText("数据冲突", "Conflict"), detail, extensions);

    public static ProblemHttpResult SignInRequired(HttpContext context) =>
        Of(context, StatusCodes.Status401Unauthorized, new LocalizedText("未登录", "Not signed in"), Messages.SignInRequired);

    public static ProblemHttpResult TooManyAttempts(HttpContext context) =>
        Of(context, StatusCodes.Status429TooManyRequests, new LocalizedText("操作过于频繁", "Too many requests"), Messages.TooManyAttempts);

    public static ProblemHttpResult SignInPaused(HttpContext context) =>
        Of(context, StatusCodes.Status429TooManyRequests, new LocalizedText("操作过于频繁", "Too many requests"), Messages.SignInPaused);

    public static ProblemHttpResult TooLarge(HttpContext context, long limit) =>
        Of(context, StatusCodes.Status413PayloadTooLarge, new LocalizedText("请求过大", "Request too large"), Messages.TooLarge(limit));

    /// <summary>400 with <c>errors</c> keyed by input (e.g. <c>operations[0].fields.id_number</c>), as ASP.NET's ValidationProblem.</summary>
    public static ProblemHttpResult Validation(HttpContext context, LocalizedText detail, IDictionary<string, string[]> errors) =>
        Of(context, StatusCodes.Status400BadRequest, new LocalizedText("填写内容有误", "Some values are invalid"), detail,
            new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>Writes a result outside an endpoint (auth events, rate limiter, middleware).</summary>
    public static Task Write(HttpContext context, IResult result) => result.ExecuteAsync(context);
}
