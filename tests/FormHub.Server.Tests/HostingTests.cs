using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using FormHub.Server.Hosting;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage.Model;

namespace FormHub.Server.Tests;

/// <summary>What an operator and a browser get without signing in: health, the OpenAPI document, the page itself.</summary>
[Collection(SqliteServerCollection.Name)]
public sealed class HostingTests(SqliteServer server)
{
    [Fact]
    public async Task HealthzAnswersHealthy()
    {
        using var response = await server.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEveryEndpointWithANameAndSummary()
    {
        var document = await (await server.Anonymous().GetAsync("/openapi/v1.json")).OkJsonAsync();
        var paths = document.GetProperty("paths");
        foreach (var endpoint in ApiEndpoints.All)
        {
            Assert.True(paths.TryGetProperty(endpoint.OpenApiPath, out var path), $"{endpoint.OpenApiPath} missing");
            Assert.True(path.TryGetProperty(endpoint.Method.Method.ToLowerInvariant(), out var operation), $"{endpoint.Method} {endpoint.OpenApiPath} missing");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        }
    }

    [Fact]
    public async Task TheRootServesIndexHtml()
    {
        using var response = await server.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("FormHub", html);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task HealthzWritesEachUnhealthyChecksDescriptionButNeverItsExceptionText()
    {
        var report = new HealthReport(new Dictionary<string, HealthReportEntry>
        {
            ["store"] = new(HealthStatus.Unhealthy, "数据库无应答 / the postgres store does not answer",
                TimeSpan.Zero, new InvalidOperationException("Host=10.1.2.3;Password=secret"), null),
            ["live-reports"] = new(HealthStatus.Healthy, null, TimeSpan.Zero, null, null),
            ["other"] = new(HealthStatus.Degraded, null, TimeSpan.Zero, new IOException("/var/lib/formhub/formhub.db is locked"), null),
        }, TimeSpan.Zero);
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();

        await HealthReportText.WriteAsync(http, report);

        http.Response.Body.Position = 0;
        var text = await new StreamReader(http.Response.Body).ReadToEndAsync();
        Assert.Equal("Unhealthy\nstore: 数据库无应答 / the postgres store does not answer\nother: Degraded", text);
    }

    [Fact]
    public async Task ThePagesFilesAreRevalidatedAndApiAnswersAreNeverStored()
    {
        using (var script = await server.Anonymous().GetAsync("/js/app.js"))
        {
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal("no-cache", script.Headers.CacheControl?.ToString());
            using var again = new HttpRequestMessage(HttpMethod.Get, "/js/app.js");
            again.Headers.IfNoneMatch.Add(script.Headers.ETag!);
            using var unchanged = await server.Anonymous().SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        }
        var cadre = await server.SignInAsync(Accounts.Cadre);
        using var roster = await cadre.GetAsync($"/api/villages/{DemoCounty.Shimen}/entities/person?take=5");
        Assert.Equal(HttpStatusCode.OK, roster.StatusCode);
        Assert.True(roster.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("GET", "/api/no-such-thing")]
    [InlineData("DELETE", "/api/villages/360835100200/changes")]
    public async Task AnUnknownApiRouteAnswersAChineseProblem(string method, string url)
    {
        var cadre = await server.SignedInAsync(Accounts.Cadre);
        using var response = await cadre.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.True((int)response.StatusCode is 404 or 405, $"{(int)response.StatusCode}");
        await response.ProblemAsync(response.StatusCode);
    }
}

/// <summary>A server whose materializer polls only every ten minutes and calls a lag of one second too long.</summary>
public sealed class SlowLiveReportsServer : ServerFixture
{
    protected override ServerSettings Configure(ServerSettings settings) =>
        settings with { MaterializerPollMilliseconds = 600_000, LiveReportsLagSeconds = 1 };
}

public sealed class LiveReportsHealthTests(SlowLiveReportsServer server) : IClassFixture<SlowLiveReportsServer>
{
    [Fact]
    public async Task HealthzSaysDegradedWhenSavedChangesWaitLongerThanAllowedForTheLiveReports()
    {
        // Idle beyond the allowed lag but with nothing waiting: still healthy.
        await Task.Delay(1_500);
        using (var idle = await server.Anonymous().GetAsync("/healthz"))
            Assert.Equal("Healthy", await idle.Content.ReadAsStringAsync());

        var household = (await server.Store.ListAsync(new EntityQuery(DemoCounty.Shangtang, "household") { Take = 1 })).Items[0];
        var s = server.Store.OpenSession("cadre-test", ChangeSource.Form);
        s.Change(household.Id, household.Version, new Dictionary<string, object?> { ["dibao_persons"] = 9 }, new DateOnly(2026, 11, 1));
        await s.SaveChangesAsync();
        await Task.Delay(1_500);

        using var lagging = await server.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, lagging.StatusCode); // degraded, not down: the server still answers
        var text = await lagging.Content.ReadAsStringAsync();
        Assert.StartsWith("Degraded", text);
        Assert.Contains("live-reports: 实时报表已落后", text);
    }

    [Fact]
    public async Task WhileAChangeIsSetAsideHealthzSaysDegradedWithoutTheReasonAndOnlyAdminsSeeTheReason()
    {
        var entry = new QuarantinedChange(new ChangeFeedEntry(new FeedCursor(0, 987_654_321), DemoCounty.Shangtang, server.CurrentPeriod, "household",
            EventKind.Changed, ["dibao_persons"]), "FormatException: 内部细节 at /srv/formhub", "test", DateTimeOffset.UtcNow, 2);
        await server.Store.QuarantineChangeAsync(entry);
        try
        {
            using var health = await server.Anonymous().GetAsync("/healthz");
            var text = await health.Content.ReadAsStringAsync();
            Assert.StartsWith("Degraded", text);
            Assert.Contains("已隔离", text);
            Assert.DoesNotContain("FormatException", text);
            Assert.DoesNotContain("/srv/formhub", text);

            var admin = await server.SignedInAsync(Accounts.Admin);
            var view = await (await admin.GetAsync("/api/admin/live-reports")).OkJsonAsync();
            var listed = Assert.Single(view.GetProperty("quarantined").EnumerateArray());
            Assert.Equal(entry.Reason, listed.GetProperty("reason").GetString());
            Assert.Equal(DemoCounty.Shangtang, listed.GetProperty("villageCode").GetString());
            Assert.Equal(2, listed.GetProperty("attempts").GetInt32());

            var cadre = await server.SignedInAsync(Accounts.Cadre);
            using var refused = await cadre.GetAsync("/api/admin/live-reports");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        finally { await server.Store.ReleaseQuarantinedChangeAsync(entry.Change.Cursor); }
        using var healthy = await server.Anonymous().GetAsync("/healthz");
        Assert.DoesNotContain("已隔离", await healthy.Content.ReadAsStringAsync());
    }
}
