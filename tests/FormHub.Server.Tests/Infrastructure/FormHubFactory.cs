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

    /// <summary>Null for SQLite under <see cref="DataDirectory"/>.</summary>
    public string? PostgresConnectionString { get; init; }
}

/// <summary>The real server (Program.cs) in memory, configured only through its settings, as an operator would.</summary>
public sealed class FormHubFactory(ServerSettings settings) : WebApplicationFactory<Program>
{
    public ServerSettings Settings { get; } = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("FormHub:DataDirectory", Settings.DataDirectory);
        builder.UseSetting("FormHub:SeedDemo", Settings.SeedDemo ? "true" : "false");
        builder.UseSetting("FormHub:TemplatesDirectory", RepositoryRoot.Templates);
        builder.UseSetting("FormHub:LoginAttemptsPerMinute", Settings.LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Empty, not absent: a FORMHUB_POSTGRES of the machine must not turn the SQLite run into a PostgreSQL one.
        builder.UseSetting("FormHub:PostgresConnectionString", Settings.PostgresConnectionString ?? "");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
