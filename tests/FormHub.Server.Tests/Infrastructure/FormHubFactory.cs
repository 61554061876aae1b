using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>How a test server is configured: its own data directory, the shipped templates, and the settings a test needs.</summary>
public sealed record ServerSettings(string DataDirectory)
{
    public bool SeedDemo { get; init; } = true;

    /// <summary>High by default: the suite signs in hundreds of times a minute from one address.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 1000;

    /// <summary>High by default, as above: tests of wrong passwords must not pause the shared demo accounts.</summary>
    public int SignInFailuresPerAccount { get; init; } = 1000;

    /// <summary>Null for SQLite under <see cref="DataDirectory"/>.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>A province over several PostgreSQL databases (FORMHUB_SHARDS); null for none.</summary>
    public string? ShardLayoutFile { get; init; }

    // The department settings (FormHub:NotifierPollMilliseconds …); null keeps the server's default.
    public int? NotifierPollMilliseconds { get; init; }

    public int? MaterializerPollMilliseconds { get; init; }

    public int? LiveReportsLagSeconds { get; init; }

    public int? WebhookFirstRetrySeconds { get; init; }

    public int? WebhookMaxAttempts { get; init; }

    public bool? WebhookAllowPrivateAddresses { get; init; }

    /// <summary>The form-templates folder; null for the shipped one.</summary>
    public string? TemplatesDirectory { get; init; }
}

/// <summary>The real server (Program.cs) in memory, configured only through its settings, as an operator would.</summary>
public sealed class FormHubFactory(ServerSettings settings) : WebApplicationFactory<Program>
{
    public ServerSettings Settings { get; } = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("FormHub:DataDirectory", Settings.DataDirectory);
        builder.UseSetting("FormHub:SeedDemo", Settings.SeedDemo ? "true" : "false");
        builder.UseSetting("FormHub:TemplatesDirectory", Settings.TemplatesDirectory ?? RepositoryRoot.Templates);
        builder.UseSetting("FormHub:LoginAttemptsPerMinute", Settings.LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("FormHub:SignInFailuresPerAccount", Settings.SignInFailuresPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Empty, not absent: a FORMHUB_POSTGRES of the machine must not turn the SQLite run into a PostgreSQL one.
        builder.UseSetting("FormHub:PostgresConnectionString", Settings.PostgresConnectionString ?? "");
        builder.UseSetting("FormHub:ShardLayoutFile", Settings.ShardLayoutFile ?? "");
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (Settings.NotifierPollMilliseconds is { } poll) builder.UseSetting("FormHub:NotifierPollMilliseconds", poll.ToString(invariant));
        if (Settings.MaterializerPollMilliseconds is { } every) builder.UseSetting("FormHub:MaterializerPollMilliseconds", every.ToString(invariant));
        if (Settings.LiveReportsLagSeconds is { } lag) builder.UseSetting("FormHub:LiveReportsLagSeconds", lag.ToString(invariant));
        if (Settings.WebhookFirstRetrySeconds is { } retry) builder.UseSetting("FormHub:WebhookFirstRetrySeconds", retry.ToString(invariant));
        if (Settings.WebhookMaxAttempts is { } attempts) builder.UseSetting("FormHub:WebhookMaxAttempts", attempts.ToString(invariant));
        if (Settings.WebhookAllowPrivateAddresses is { } allow) builder.UseSetting("FormHub:WebhookAllowPrivateAddresses", allow ? "true" : "false");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
