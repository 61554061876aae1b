using FormHub.Server.Tests.Infrastructure;

namespace FormHub.Server.Tests;

/// <summary>
/// The department features on PostgreSQL (subscriptions, told states, inbox, feed, report rows, completeness use their
/// own SQL): subscribing and its refusals, the inbox and feed, report totals, last month's completeness. Webhooks run
/// on SQLite only (they need a server that may call loopback). Fails without FORMHUB_TEST_POSTGRES, like the other PostgreSQL tests.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class PostgresDepartmentTests(PostgresServer server)
{
    [PostgresFact]
    public Task ADepartmentUserSubscribesOnceAndOnlyWithinTheirDepartmentAndScope() => SubscriptionTests.SubscribingAsync(server);

    [PostgresFact]
    public Task TheInboxIsToldAndReadMarksArePerUserAndTheFeedOpensByItsToken() => SubscriptionTests.InboxAndFeedAsync(server, backgroundTells: false);

    [PostgresTheory]
    [InlineData(0)]
    [InlineData(1)]
    public Task TheCountyViewsTotalsAddUpTheVillagesRows(int monthsAgo) => ReportViewTests.TotalsAddUpAsync(server, monthsAgo);

    [PostgresFact]
    public Task LastMonthWasFiledByEveryVillageOnTime() => CompletenessTests.LastMonthAsync(server);
}
