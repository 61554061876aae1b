namespace FormHub.Server.Tests.Infrastructure;

/// <summary>
/// A seeded SQLite server for the department tests: the subscription notifier polls every 100 ms (and the webhook sender
/// with it), webhooks may reach loopback receivers, and a failed delivery is retried once, 1 s later (the full schedule
/// with the shipped settings is WebhookSenderTests'). Only the department tests write into it, so counts of submitted villages move only when they say so. (Its
/// county is a copy of the first seeded SQLite server's, see <see cref="ServerFixture"/>.)
/// </summary>
public sealed class DepartmentServer : ServerFixture
{
    public const int MaxAttempts = 2;

    protected override ServerSettings Configure(ServerSettings settings) => settings with
    {
        NotifierPollMilliseconds = 100,
        WebhookAllowPrivateAddresses = true,
        WebhookFirstRetrySeconds = 1,
        WebhookMaxAttempts = MaxAttempts,
    };
}

[CollectionDefinition(Name)]
public sealed class DepartmentServerCollection : ICollectionFixture<DepartmentServer>
{
    public const string Name = "Department server";
}
