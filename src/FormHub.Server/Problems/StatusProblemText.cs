using FormHub.Core.Text;

namespace FormHub.Server.Problems;

/// <summary>
/// Chinese (or English) words for the bare status answers the framework gives itself — an unknown address, a wrong
/// method — so that every error, not only FormHub's own, says what happened. FormHub's own problems already carry a detail.
/// </summary>
internal static class StatusProblemText
{
    public static void Fill(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null) return;
        var text = problem.Status switch
        {
            StatusCodes.Status404NotFound => (new LocalizedText("找不到", "Not found"), new LocalizedText("找不到该地址。", "There is nothing at this address.")),
            StatusCodes.Status405MethodNotAllowed => (new LocalizedText("请求方法不对", "Method not allowed"),
                new LocalizedText("该地址不支持此请求方法。", "This address does not accept this request method.")),
            StatusCodes.Status415UnsupportedMediaType => (new LocalizedText("内容类型不对", "Unsupported media type"),
                new LocalizedText("请求内容应为 JSON（Content-Type: application/json）。", "The request body must be JSON (Content-Type: application/json).")),
            StatusCodes.Status401Unauthorized => (new LocalizedText("未登录", "Not signed in"), Messages.SignInRequired),
            StatusCodes.Status403Forbidden => (new LocalizedText("无权访问", "Forbidden"), Messages.NotAllowed),
            _ => ((LocalizedText, LocalizedText)?)null,
        };
        if (text is not { } t) return;
        problem.Title = context.HttpContext.Pick(t.Item1);
        problem.Detail = context.HttpContext.Pick(t.Item2);
    }
}
