namespace FormHub.Distribution;

/// <summary>
/// Settings of notifications and webhook delivery. The server fills them from its <c>FormHub</c> section
/// (<c>PublicBaseUrl</c>, <c>WebhookMaxAttempts</c>, <c>WebhookFirstRetrySeconds</c>, <c>WebhookAllowPrivateAddresses</c>);
/// the command line from its options. Defaults are the server's.
/// </summary>
public sealed record DistributionOptions
{
    /// <summary>The address links in feeds and webhooks point to (default http://localhost:5000).</summary>
    public string PublicBaseUrl { get; init; } = "http://localhost:5000";

    /// <summary>Attempts per webhook delivery before it is marked failed (default 5).</summary>
    public int WebhookMaxAttempts { get; init; } = 5;

    /// <summary>Delay before the second webhook attempt; each later one waits four times longer (default 30 s).</summary>
    public int WebhookFirstRetrySeconds { get; init; } = 30;

    /// <summary>Let webhooks reach loopback and private-network addresses (default off: no SSRF into the server's own network).</summary>
    public bool WebhookAllowPrivateAddresses { get; init; }
}
