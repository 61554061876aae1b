using FormHub.Distribution;

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

    /// <summary>Npgsql connection string; when set, PostgreSQL (the Marten engine) is used instead of SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>
    /// A shard layout file (FORMHUB_SHARDS, <see cref="Storage.Shards.ShardLayout"/>): a province's counties spread over
    /// several PostgreSQL databases; when set, <see cref="PostgresConnectionString"/> is not used.
    /// </summary>
    public string? ShardLayoutFile { get; set; }

    /// <summary>
    /// The event chain's HMAC key file (FORMHUB_AUDIT_KEY_FILE); keep it off the database server and out of the data folder.
    /// Unset: the user's configuration folder, generated on first start with a warning (demo mode).
    /// </summary>
    public string? AuditKeyFile { get; set; }

    /// <summary>The form-templates folder (catalog, templates, layouts, regions); found upwards from the working directory when unset.</summary>
    public string? TemplatesDirectory { get; set; }

    /// <summary>Seed the demo county into an empty store on start (what <c>./run.sh</c> asks for).</summary>
    public bool SeedDemo { get; set; }

    /// <summary>
    /// Sign-in attempts allowed per client address and minute (default 120: a township's cadres may all come from one
    /// NAT address at the start of a filing day). Guessing one account is bounded by <see cref="SignInFailuresPerAccount"/>.
    /// </summary>
    public int LoginAttemptsPerMinute { get; set; } = 120;

    /// <summary>
    /// Draft previews and admission analyses an admin may run a minute once a burst of 5 is spent (default 60): each runs
    /// the draft on real data, which a hostile draft makes cost up to the sandbox's limits (see <c>DraftRunLimit</c>).
    /// </summary>
    public int DraftEvaluationsPerMinute { get; set; } = 60;

    /// <summary>Failed sign-ins after which an account is paused for 15 minutes, from any address (default 10).</summary>
    public int SignInFailuresPerAccount { get; set; } = 10;

    /// <summary>Largest request body accepted, in bytes (default 1 MiB).</summary>
    public long MaxRequestBytes { get; set; } = 1_048_576;

    /// <summary>Largest roster file the browser's import accepts, in bytes (default 64 MiB: 50,000 persons are about 5 MB).</summary>
    public long MaxImportBytes { get; set; } = 64 * 1_048_576;

    /// <summary>Largest dataValueSets body the machine API accepts, in bytes (default 16 MiB: 10,000 values are about 1.3 MB of JSON).</summary>
    public long MaxValueSetBytes { get; set; } = 16 * 1_048_576;

    /// <summary>How often the live report materializer polls the change feed when idle (default 300 ms).</summary>
    public int MaterializerPollMilliseconds { get; set; } = 300;

    /// <summary>
    /// Documents the live report materializer keeps in memory between passes, patched from the change feed instead of
    /// reading each changed village again, with their periodic values (default 200,000; 0 keeps none). Each also holds its
    /// converted fields and scope entities, 4–6 kB of memory a document in all (docs/benchmarks.md, "Fourth re-measure"):
    /// about 1 GB at the default, for each shard's materializer on a sharded server; lower it on a small server.
    /// </summary>
    public int MaterializerKeptEntities { get; set; } = Reports.LiveVillageCache.DefaultMaxEntities;

    /// <summary>How long saved changes may wait for the live reports before <c>/healthz</c> says Degraded (default 60 s).</summary>
    public int LiveReportsLagSeconds { get; set; } = 60;

    /// <summary>How often subscriptions are checked for a report that became ready or was revised (default 15 s).</summary>
    public int NotifierPollMilliseconds { get; set; } = 15_000;

    /// <summary>Delay before the second webhook attempt; each later one waits four times longer (default 30 s: 30 s, 2 min, 8 min, 32 min).</summary>
    public int WebhookFirstRetrySeconds { get; set; } = 30;

    /// <summary>Attempts per webhook delivery before it is marked failed (default 5).</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>
    /// Let webhooks reach loopback and private-network addresses. Off by default: a webhook URL must not make the
    /// server call into its own network (SSRF); tests and closed intranets turn it on deliberately.
    /// </summary>
    public bool WebhookAllowPrivateAddresses { get; set; }

    /// <summary>
    /// Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto headers are believed (e.g. <c>10.0.0.5</c>);
    /// empty by default: only loopback.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Networks of trusted reverse proxies in CIDR form (e.g. <c>172.18.0.0/16</c>, a Docker network); empty by default.</summary>
    public string[] TrustedNetworks { get; set; } = [];

    /// <summary>
    /// A PFX file whose certificate encrypts the data-protection keys kept in the store (optional); its password in
    /// <see cref="DataProtectionCertificatePassword"/>. Without it the keys are in the store unencrypted, out of the data folder.
    /// </summary>
    public string? DataProtectionCertificate { get; set; }

    public string? DataProtectionCertificatePassword { get; set; }

    /// <summary>
    /// The first month each county reports through FormHub (county code → month, e.g. <c>FormHub:ReportingStarts:360835000000=2026-10</c>;
    /// FORMHUB_REPORTING_STARTS=360835000000=2026-10 when the section names none). Earlier months are not listed, not
    /// fileable, never 逾期. In demo mode a county without one starts with the first seeded month.
    /// </summary>
    public Dictionary<string, string> ReportingStarts { get; set; } = [];

    /// <summary>The address links in feeds and webhooks point to (default http://localhost:5000).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>The notification and webhook settings the domain services take.</summary>
    public DistributionOptions ToDistribution() => new()
    {
        PublicBaseUrl = PublicBaseUrl,
        WebhookMaxAttempts = WebhookMaxAttempts,
        WebhookFirstRetrySeconds = WebhookFirstRetrySeconds,
        WebhookAllowPrivateAddresses = WebhookAllowPrivateAddresses,
    };
}
