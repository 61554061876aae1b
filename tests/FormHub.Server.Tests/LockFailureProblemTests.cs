using System.Text.Json;
using FormHub.Server.Problems;
using FormHub.Server.Tests.Infrastructure;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FormHub.Server.Tests;

/// <summary>
/// A deadlock on a write the Marten engine runs in its own transaction (a template, a subscription) reaches the server
/// wrapped in Marten's exception, and Marten no longer replays it: a 503 "busy, retry", never a 500.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class LockFailureProblemTests(SqliteServer server)
{
    [Theory]
    [InlineData("40P01")]
    [InlineData("40001")]
    public async Task ALockFailureWrappedByMartenIsBusyNotAServerError(string sqlState)
    {
        var http = new DefaultHttpContext { RequestServices = server.Factory.Services };
        http.Response.Body = new MemoryStream();
        var handler = new FormHubExceptionHandler(NullLogger<FormHubExceptionHandler>.Instance);
        var wrapped = new MartenCommandException(new NpgsqlCommand("update t"), new PostgresException("deadlock detected", "ERROR", "ERROR", sqlState));

        Assert.True(await handler.TryHandleAsync(http, wrapped, CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Contains("服务器繁忙", problem.RootElement.GetProperty("detail").GetString());
    }
}
