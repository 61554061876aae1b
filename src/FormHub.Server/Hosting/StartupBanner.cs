using FormHub.Demo;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>Once listening, prints where FormHub is and, for a demo store, the demo accounts to sign in with.</summary>
internal sealed class StartupBanner(IHostApplicationLifetime lifetime, IServer server, IFormHubStore store, IOptions<FormHubServerOptions> options)
    : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        lifetime.ApplicationStarted.Register(() => _ = PrintAsync());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private async Task PrintAsync()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0) return; // hosted in tests
        var output = Console.Out;
        await output.WriteLineAsync();
        await output.WriteLineAsync("FormHub 一表通 已启动 / is running:");
        foreach (var address in addresses) await output.WriteLineAsync($"  {address}");
        await output.WriteLineAsync($"  存储 / store: {store.EngineName}" + (store.EngineName == "sqlite" ? $" ({Path.GetFullPath(Path.Combine(options.Value.DataDirectory ?? "data", "formhub.db"))})" : ""));
        if (!options.Value.SeedDemo) return;
        var accounts = await store.ListAccountsAsync();
        await output.WriteLineAsync($"演示账号（密码均为 {DemoAccounts.Password}，仅供演示）/ demo accounts (password {DemoAccounts.Password}):");
        foreach (var account in accounts)
            await output.WriteLineAsync($"  {account.UserName,-10} {RoleZh(account.Role)}  {account.DisplayName}");
        await output.WriteLineAsync("按 Ctrl+C 停止 / Ctrl+C to stop");
    }

    private static string RoleZh(AccountRole role) => role switch
    {
        AccountRole.Cadre => "村干部    ",
        AccountRole.Reviewer => "乡镇审核员",
        AccountRole.Department => "部门用户  ",
        _ => "管理员    ",
    };
}
