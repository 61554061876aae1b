using FormHub.Server.Problems;
using FormHub.Server.Imports;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// Refuses a body whose declared length is over <see cref="FormHubServerOptions.MaxRequestBytes"/> (an import upload: <see cref="FormHubServerOptions.MaxImportBytes"/>) before reading it,
/// with a 413 ProblemDetails; Kestrel's own limit stops bodies sent without a length.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, IOptions<FormHubServerOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<ImportSizeLimit>() is null ? options.Value.MaxRequestBytes : options.Value.MaxImportBytes;
        return context.Request.ContentLength > limit ? Problem.Write(context, Problem.TooLarge(context, limit)) : next(context);
    }
}
