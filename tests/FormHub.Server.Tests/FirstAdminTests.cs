using System.Net;
using System.Net.Http.Json;
using FormHub.Demo;
using FormHub.Server.Tests.Infrastructure;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// A real deployment's first start: no demo accounts, the first admin made on the setup page from the server's own machine
/// only, and a server outside demo mode refusing to start while an account still has the demo password.
/// </summary>
public sealed class FirstAdminTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "formhub-first-admin-" + Guid.NewGuid().ToString("N"));

    /// <summary>The in-memory test server has no client address; this one says the request came from loopback (or from elsewhere).</summary>
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

    private WebApplicationFactory<Program> Server(IPAddress client) =>
        new FormHubFactory(new ServerSettings(_data) { SeedDemo = false })
            .WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddress(client))));

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var token = (await (await client.GetAsync("/api/session/antiforgery")).OkJsonAsync()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Add(Http.CsrfHeader, token);
        return client;
    }

    private static async Task AddRegionsAsync(WebApplicationFactory<Program> factory) =>
        await factory.Services.GetRequiredService<IFormHubStore>().SaveRegionsAsync(DemoRegions.ReadShipped(RepositoryRoot.Templates).All);

    private static object Admin(string password = "县数据局管理员密码-2026") =>
        new { userName = "chief", displayName = "县数据局", scope = DemoCounty.County, password };

    [Fact]
    public async Task AFreshServerHasNoAccountsAndTheSetupPageCreatesTheFirstAdminOnlyOnce()
    {
        await using var factory = Server(IPAddress.Loopback);
        var client = await ClientAsync(factory);
        await AddRegionsAsync(factory);
        Assert.Empty(await factory.Services.GetRequiredService<IFormHubStore>().ListAccountsAsync());
        Assert.True((await (await client.GetAsync("/api/setup")).OkJsonAsync()).GetProperty("needed").GetBoolean());

        using (var weak = await client.PostAsJsonAsync("/api/setup/admin", Admin("qwertyuiop")))
            await weak.ProblemAsync(HttpStatusCode.BadRequest);
        using (var created = await client.PostAsJsonAsync("/api/setup/admin", Admin())) Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using (var login = await ServerFixture.LoginAsync(client, "chief", "县数据局管理员密码-2026")) await login.OkJsonAsync();

        client = await ClientAsync(factory);
        using (var second = await client.PostAsJsonAsync("/api/setup/admin",
                   new { userName = "chief2", displayName = "又一个", scope = DemoCounty.County, password = "县数据局管理员密码-2027" }))
            await second.ProblemAsync(HttpStatusCode.NotFound);
        Assert.False((await (await client.GetAsync("/api/setup")).OkJsonAsync()).GetProperty("needed").GetBoolean());
        Assert.Null(await factory.Services.GetRequiredService<IFormHubStore>().FindAccountAsync("chief2"));
    }

    [Fact]
    public async Task TheSetupPageAnswersNobodyButTheServersOwnMachine()
    {
        await using var factory = Server(IPAddress.Parse("192.0.2.7"));
        var client = await ClientAsync(factory);
        await AddRegionsAsync(factory);
        using (var state = await client.GetAsync("/api/setup")) await state.ProblemAsync(HttpStatusCode.NotFound);
        using (var created = await client.PostAsJsonAsync("/api/setup/admin", Admin())) await created.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await factory.Services.GetRequiredService<IFormHubStore>().ListAccountsAsync());
    }

    [Fact]
    public async Task OutsideDemoModeTheServerRefusesToStartWhileAnAccountHasTheDemoPassword()
    {
        await using (var first = Server(IPAddress.Loopback))
        {
            await AddRegionsAsync(first);
            await first.Services.GetRequiredService<IFormHubStore>().SaveAccountAsync(new UserAccount
            {
                UserName = "admin", DisplayName = "演示管理员", Role = AccountRole.Admin, ViewScope = DemoCounty.County,
                PasswordHash = PasswordHashing.Hash(DemoAccounts.Password),
            });
        }
        await using var second = Server(IPAddress.Loopback);
        var refusal = Assert.ThrowsAny<Exception>(() => second.Services);
        Assert.Contains("演示密码", refusal.ToString());
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
