using FormHub.Server.Problems;
using FormHub.Server.Imports;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// Refuses a body whose declared length is over <see cref="FormHubServerOptions.MaxRequestBytes"/> (an import upload:
/// <see cref="FormHubServerOptions.MaxImportBytes"/>; a machine value set: <see cref="FormHubServerOptions.MaxValueSetBytes"/>) before
/// reading it, with a 413 ProblemDetails; Kestrel's own limit stops bodies sent without a length. For a value set the
/// Kestrel limit is raised here, before the endpoint binds the JSON body (the import upload raises it in its handler).
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, IOptions<FormHubServerOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var limit = metadata?.GetMetadata<ImportSizeLimit>() is not null ? options.Value.MaxImportBytes
            : metadata?.GetMetadata<ValueSetSizeLimit>() is not null ? options.Value.MaxValueSetBytes
            : options.Value.MaxRequestBytes;
        if (metadata?.GetMetadata<ValueSetSizeLimit>() is not null && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit;
        return context.Request.ContentLength > limit ? Problem.Write(context, Problem.TooLarge(context, limit)) : next(context);
    }
}
