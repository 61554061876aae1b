namespace FormHub.Server.Hosting;

/// <summary>
/// Server settings, section <c>FormHub</c> of appsettings; the variables the command line also reads
/// (FORMHUB_DATA, FORMHUB_POSTGRES, FORMHUB_TEMPLATES, FORMHUB_SEED_DEMO) fill whatever the section leaves empty.
/// </summary>
public sealed class FormHubServerOptions
{
    public const string Section = "FormHub";

    /// <summary>Folder of the SQLite database and the data-protection keys (default <c>data</c>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Npgsql connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The form-templates folder (catalog, templates, layouts, regions); found upwards from the working directory when unset.</summary>
    public string? TemplatesDirectory { get; set; }

    /// <summary>Seed the demo county into an empty store on start (what <c>./run.sh</c> asks for).</summary>
    public bool SeedDemo { get; set; }

    /// <summary>Sign-in attempts allowed per client address and minute (default 20).</summary>
    public int LoginAttemptsPerMinute { get; set; } = 20;

    /// <summary>Largest request body accepted, in bytes (default 1 MiB).</summary>
    public long MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>How often the live report materializer polls the change feed when idle (default 300 ms).</summary>
    public int MaterializerPollMilliseconds { get; set; } = 300;
}
