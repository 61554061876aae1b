namespace FormHub.Server.Hosting;

/// <summary>
/// Marks the machine API's dataValueSets endpoint, whose body may be as large as
/// <see cref="FormHubServerOptions.MaxValueSetBytes"/> rather than the general <see cref="FormHubServerOptions.MaxRequestBytes"/>:
/// a month's 10,000 payments in one request are about 1.3 MB of JSON.
/// </summary>
public sealed class ValueSetSizeLimit;
