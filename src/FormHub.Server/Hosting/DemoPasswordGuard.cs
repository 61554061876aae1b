using FormHub.Demo;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Hosting;

/// <summary>
/// Outside demo mode (<see cref="FormHubServerOptions.SeedDemo"/> off) the server refuses to start while any account can
/// sign in with the demo password printed in the README: a deployment made from a demo store would otherwise be open to
/// anyone who read it. Only accounts with the demo user names are checked (each check is a deliberately slow hash).
/// </summary>
internal sealed class DemoPasswordGuard(IOptions<FormHubServerOptions> options, IFormHubStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (options.Value.SeedDemo) return;
        foreach (var name in DemoAccounts.UserNames)
        {
            if (await store.FindAccountAsync(name, ct) is { Disabled: false } account && PasswordHashing.Verify(account, DemoAccounts.Password))
                throw new InvalidOperationException(
                    $"账号“{name}”仍使用演示密码，非演示模式下拒绝启动：请用 `formhub accounts reset {name}` 重置或 `formhub accounts disable {name}` 停用，"
                    + $"或以 FORMHUB_SEED_DEMO=true 运行演示。 / Account “{name}” still has the demo password; reset or disable it, or run in demo mode.");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
