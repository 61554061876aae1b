using System.Net;
using System.Net.Http.Json;
using FormHub.Demo;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// Behind a reverse proxy: X-Forwarded-For/Proto count only from a configured trusted proxy, so the per-address sign-in
/// limit is per real client and the cookie is Secure when the client came over HTTPS; the same headers from anyone else
/// change nothing.
/// </summary>
public sealed class TrustedProxyTests : IDisposable
{
    private const string Proxy = "192.0.2.1";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "formhub-proxy-" + Guid.NewGuid().ToString("N"));

    private sealed class ClientAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private WebApplicationFactory<Program> Server(string connectingFrom) =>
        new FormHubFactory(new ServerSettings(_data) { SeedDemo = false, LoginAttemptsPerMinute = 2 })
            .WithWebHostBuilder(b => b.UseSetting("FormHub:TrustedProxies:0", Proxy)
                .ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddress(IPAddress.Parse(connectingFrom)))));

    private static async Task<HttpResponseMessage> LoginViaAsync(HttpClient client, string forwardedFor, string password)
    {
        var token = (await (await client.GetAsync("/api/session/antiforgery")).OkJsonAsync()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session/login") { Content = JsonContent.Create(new { userName = "chief", password }) };
        request.Headers.Add(Http.CsrfHeader, token);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await client.SendAsync(request);
    }

    private static async Task AddAdminAsync(WebApplicationFactory<Program> factory)
    {
        var store = factory.Services.GetRequiredService<IFormHubStore>();
        await store.SaveRegionsAsync(DemoRegions.ReadShipped(RepositoryRoot.Templates).All);
        await store.SaveAccountAsync(new UserAccount
        {
            UserName = "chief", DisplayName = "县数据局", Role = AccountRole.Admin, ViewScope = DemoCounty.County,
            PasswordHash = PasswordHashing.Hash("县数据局管理员密码-2026"),
        });
    }

    [Fact]
    public async Task BehindATrustedProxyTheCookieIsSecureAndEachClientHasItsOwnSignInLimit()
    {
        await using var factory = Server(Proxy);
        await AddAdminAsync(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        using (var login = await LoginViaAsync(client, "203.0.113.9", "县数据局管理员密码-2026"))
        {
            await login.OkJsonAsync();
            var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("FormHub.Auth=", StringComparison.Ordinal));
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
        // The limit is 2 a minute per client: a second client behind the same proxy is not refused for the first one's attempts.
        using (var second = await LoginViaAsync(client, "203.0.113.9", "wrong")) await second.ProblemAsync(HttpStatusCode.BadRequest);
        using (var third = await LoginViaAsync(client, "203.0.113.9", "wrong")) await third.ProblemAsync(HttpStatusCode.TooManyRequests);
        using (var other = await LoginViaAsync(client, "198.51.100.4", "wrong")) await other.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedAddressAreIgnored()
    {
        await using var factory = Server("192.0.2.99");
        await AddAdminAsync(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        using (var login = await LoginViaAsync(client, "203.0.113.9", "县数据局管理员密码-2026"))
        {
            await login.OkJsonAsync();
            var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("FormHub.Auth=", StringComparison.Ordinal));
            Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
        // Every "client" it claims is the one untrusted address: a made-up X-Forwarded-For does not buy fresh attempts.
        using (var second = await LoginViaAsync(client, "203.0.113.10", "wrong")) await second.ProblemAsync(HttpStatusCode.BadRequest);
        using (var third = await LoginViaAsync(client, "203.0.113.11", "wrong")) await third.ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
