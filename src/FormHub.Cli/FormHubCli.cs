using System.CommandLine;
using FormHub.Cli.Commands;

namespace FormHub.Cli;

/// <summary>
/// The <c>formhub</c> command line: <c>regions import|list</c>, <c>catalog check</c>, <c>template check|preview</c>,
/// <c>templates export|import</c>, <c>reports rebuild|watch</c>, <c>audit verify|rotate-key</c>, <c>backup</c>, <c>restore</c>, <c>burden</c>, <c>export</c>, <c>import</c>,
/// <c>completeness</c>, <c>submissions list|approve|return</c>, <c>webhooks retry</c>, <c>seed</c>, <c>demo</c>, <c>migrate</c>, <c>shards place|list</c>.
/// Exit codes: <see cref="ExitCodes.Ok"/> 0, <see cref="ExitCodes.InputError"/> 1, <see cref="ExitCodes.Tampered"/> 2.
/// </summary>
public static class FormHubCli
{
    /// <summary>Runs one command with the process environment, writing to the given writers instead of the console.</summary>
    /// <param name="args">The arguments after <c>formhub</c>, e.g. <c>["regions", "import", "file.csv"]</c>.</param>
    /// <param name="stdout">Receives results.</param>
    /// <param name="stderr">Receives error messages (in Chinese).</param>
    /// <param name="ct">Cancels the running command.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default) =>
        RunAsync(args, stdout, stderr, Environment.GetEnvironmentVariable, ct);

    /// <summary>
    /// Runs one command reading environment variables (FORMHUB_DATA, FORMHUB_POSTGRES, FORMHUB_TEMPLATES) through
    /// <paramref name="environment"/>, so tests can run the CLI in-process without touching the process environment.
    /// </summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken ct = default)
    {
        var context = new CliContext(stdout, stderr, environment);
        var root = new RootCommand("FormHub：一次填报、多级复用 — 基层报表数据中心 / unified reporting-form engine for grassroots government")
        {
            context.Options.Templates,
            context.Options.Data,
            RegionsCommands.Create(context),
            CatalogCommands.Create(context),
            TemplateCommands.Create(context),
            TemplatesCommands.Create(context),
            ReportsCommands.Create(context),
            RulesCommands.Create(context),
            AuditCommands.Create(context),
            BackupCommands.Backup(context),
            BackupCommands.Restore(context),
            BurdenCommand.Create(context),
            ExportCommand.Create(context),
            ImportCommand.Create(context),
            CompletenessCommand.Create(context),
            SubmissionsCommands.Create(context),
            WebhooksCommands.Create(context),
            AccountsCommands.Create(context),
            SeedCommand.Create(context),
            DemoCommand.Create(context),
            MigrateCommand.Create(context),
            ShardsCommands.Create(context),
        };
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await root.Parse(args).InvokeAsync(invocation, ct);
    }
}
