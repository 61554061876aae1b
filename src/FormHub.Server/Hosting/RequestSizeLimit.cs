using FormHub.Server.Problems;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// Refuses a body whose declared length is over <see cref="FormHubServerOptions.MaxRequestBytes"/> before reading it,
/// with a 413 ProblemDetails; Kestrel's own limit stops bodies sent without a length.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, IOptions<FormHubServerOptions> options)
{
    public Task InvokeAsync(HttpContext context) =>
        context.Request.ContentLength > options.Value.MaxRequestBytes
            ? Problem.Write(context, Problem.TooLarge(context, options.Value.MaxRequestBytes))
            : next(context);
}
