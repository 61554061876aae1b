using System.Text.Json;
using FormHub.Filing;
using FormHub.Server.Problems;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace FormHub.Server.Tests;

/// <summary>
/// A submission refused because the county's 启用月份 moved under it (twice: the workflow retries once) is a conflict to
/// reload and retry, not bad input: a Chinese 409 ProblemDetails, not the 400 every other store refusal is.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class AuditGuardProblemTests(SqliteServer server)
{
    [Fact]
    public async Task ASettingMovedUnderASubmissionIsAChinese409()
    {
        var http = new DefaultHttpContext { RequestServices = server.Factory.Services };
        http.Response.Body = new MemoryStream();
        var handler = new FormHubExceptionHandler(NullLogger<FormHubExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(http,
            new AuditGuardException(new AuditGuard(ReportingStartSettings.Action, DemoCounty.County, 1), 2), CancellationToken.None));

        Assert.Equal(StatusCodes.Status409Conflict, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Contains("启用月份刚被管理员修改", problem.RootElement.GetProperty("detail").GetString());
    }
}
