using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FormHub.Core.Periods;
using FormHub.Distribution;
using FormHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FormHub.Server.Tests;

/// <summary>
/// Subscriptions: who may subscribe to what, one subscription per report and area, ending one's own only; the inbox told
/// once per change with read marks per user; the Atom feed opened by its token alone.
/// </summary>
[Collection(DepartmentServerCollection.Name)]
public sealed class SubscriptionTests(DepartmentServer server)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static string LastMonth(ServerFixture server) => Period.Parse(server.CurrentPeriod).Previous.Key;

    [Fact]
    public Task ADepartmentUserSubscribesToTheirDepartmentsReportForTheCountyOnceAndOnlyWithinTheirDepartmentAndScope() => SubscribingAsync(server);

    [Fact]
    public Task TheInboxIsToldOnceAndReadMarksArePerUser() => InboxAndFeedAsync(server, backgroundTells: true);

    internal static async Task SubscribingAsync(ServerFixture server)
    {
        var department = await server.SignedInAsync(Accounts.Department);
        var before = await department.SubscriptionsAsync();

        // No unit: the user's own view scope, the county.
        var subscribed = await department.SubscribeAsync("mz-tekun-monthly");
        var id = subscribed.Id();
        try
        {
            Assert.Equal(JsonValueKind.Null, subscribed.GetProperty("webhookSecret").ValueKind);
            var s = subscribed.GetProperty("subscription");
            Assert.Equal("mz-tekun-monthly", s.GetProperty("templateId").GetString());
            Assert.Equal("民政", s.GetProperty("department").GetString());
            Assert.Equal(DemoCounty.County, s.GetProperty("unit").GetProperty("code").GetString());
            Assert.Equal("清溪县", s.GetProperty("unit").GetProperty("name").GetString());
            Assert.Equal("county", s.GetProperty("unit").GetProperty("level").GetString());
            Assert.Equal(JsonValueKind.Null, s.GetProperty("webhookUrl").ValueKind);
            Assert.Matches($"/feeds/{id}\\.atom\\?token=[A-Za-z0-9_-]{{43}}$", s.GetProperty("feedUrl").GetString());
            var current = s.GetProperty("current");
            Assert.Equal(server.CurrentPeriod, current.GetProperty("period").GetString());
            Assert.Equal(22, current.GetProperty("villages").GetInt32());
            Assert.Contains(current.GetProperty("state").GetString(), new[] { "collecting", "ready", "revised" });
            Assert.Contains("应报 22 个村", current.GetProperty("completenessLine").GetString());

            var listed = await department.SubscriptionAsync(id);
            Assert.Equal(s.GetProperty("feedUrl").GetString(), listed.GetProperty("feedUrl").GetString());
            Assert.Equal(before.Count + 1, (await department.SubscriptionsAsync()).Count);
            var afterSubscribing = (await (await department.GetAsync("/api/subscriptions")).OkJsonAsync()).GetRawText();

            // Refusals, none of which stores anything.
            async Task RefusedAsync(object body, HttpStatusCode status, string? says = null, HttpClient? client = null)
            {
                using var response = await (client ?? department).PostJsonAsync("/api/subscriptions", body);
                var problem = await response.ProblemAsync(status);
                if (says is not null) Assert.Contains(says, problem.Detail());
                Assert.Equal(afterSubscribing, (await (await department.GetAsync("/api/subscriptions")).OkJsonAsync()).GetRawText());
            }

            await RefusedAsync(new { templateId = "mz-tekun-monthly", unitCode = DemoCounty.County }, HttpStatusCode.Conflict, "已订阅");
            await RefusedAsync(new { templateId = "mz-tekun-monthly", unitCode = $" {DemoCounty.County} " }, HttpStatusCode.Conflict, "已订阅");
            // Another department's report (统计), and one that does not exist.
            await RefusedAsync(new { templateId = "tj-labour-quarterly", unitCode = DemoCounty.County }, HttpStatusCode.BadRequest, "tj-labour-quarterly");
            await RefusedAsync(new { templateId = "no-such-report", unitCode = DemoCounty.County }, HttpStatusCode.BadRequest);
            await RefusedAsync(new { unitCode = DemoCounty.County }, HttpStatusCode.BadRequest);
            // Units above the county (outside the view scope), an unknown one inside it, a malformed code.
            await RefusedAsync(new { templateId = "mz-orphan-monthly", unitCode = "360800000000" }, HttpStatusCode.Forbidden);
            await RefusedAsync(new { templateId = "mz-orphan-monthly", unitCode = "360000000000" }, HttpStatusCode.Forbidden);
            await RefusedAsync(new { templateId = "mz-orphan-monthly", unitCode = "360836000000" }, HttpStatusCode.Forbidden);
            await RefusedAsync(new { templateId = "mz-orphan-monthly", unitCode = "360835399000" }, HttpStatusCode.NotFound);
            await RefusedAsync(new { templateId = "mz-orphan-monthly", unitCode = "3608" }, HttpStatusCode.BadRequest);

            // A cadre does not subscribe, not even to the own village; a reviewer may not reach beyond the township.
            var cadre = await server.SignedInAsync(Accounts.Cadre);
            await RefusedAsync(new { templateId = "mz-orphan-monthly", unitCode = DemoCounty.Shimen }, HttpStatusCode.Forbidden, client: cadre);
            Assert.Empty(await cadre.SubscriptionsAsync());
            var reviewer = await server.SignedInAsync(Accounts.Reviewer);
            await RefusedAsync(new { templateId = "mz-orphan-monthly", unitCode = DemoCounty.Shiqiao }, HttpStatusCode.Forbidden, client: reviewer);
            Assert.Empty(await reviewer.SubscriptionsAsync());

            // Another user cannot end it (nor learn that it exists).
            var admin = await server.SignedInAsync(Accounts.Admin);
            using (var foreign = await admin.DeleteAsync($"/api/subscriptions/{id}")) await foreign.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain(await admin.SubscriptionsAsync(), x => x.GetProperty("id").GetGuid() == id);
            await department.SubscriptionAsync(id);
        }
        finally
        {
            await department.UnsubscribeAsync(id);
        }
        Assert.DoesNotContain(await department.SubscriptionsAsync(), x => x.GetProperty("id").GetGuid() == id);
        using var again = await department.DeleteAsync($"/api/subscriptions/{id}");
        await again.ProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// With <paramref name="backgroundTells"/>, the server's own notifier (polling fast) tells, and exactly once; without
    /// it (a server polling every 15 s) the test runs a pass itself first, which may overlap a background pass, so only
    /// what later passes add (nothing) is counted.
    /// </summary>
    internal static async Task InboxAndFeedAsync(ServerFixture server, bool backgroundTells)
    {
        var lastMonth = LastMonth(server);
        var notifier = server.Factory.Services.GetRequiredService<SubscriptionNotifier>();
        var department = await server.SignedInAsync(Accounts.Department);
        var admin = await server.SignedInAsync(Accounts.Admin);
        var mine = (await department.SubscribeAsync("mz-orphan-monthly", DemoCounty.County)).Id();
        var theirs = (await admin.SubscribeAsync("mz-orphan-monthly", DemoCounty.County)).Id();
        try
        {
            // Last month is approved everywhere: ready, told within a notifier poll or two.
            if (!backgroundTells) await notifier.TellChangesAsync(CancellationToken.None);
            bool LastMonthsReady(JsonElement i) => i.GetProperty("period").GetString() == lastMonth && i.GetProperty("kind").GetString() == "ready";
            var items = await DepartmentCalls.EventuallyAsync(() => department.InboxItemsAsync(mine), l => l.Any(LastMonthsReady), "the ready notification");
            await DepartmentCalls.EventuallyAsync(() => admin.InboxItemsAsync(theirs), l => l.Any(LastMonthsReady), "the admin's ready notification");

            // More passes, in the background and called here, tell nothing more.
            if (backgroundTells) await Task.Delay(400);
            items = await department.InboxItemsAsync(mine);
            var adminItems = await admin.InboxItemsAsync(theirs);
            await notifier.TellChangesAsync(CancellationToken.None);
            await notifier.TellChangesAsync(CancellationToken.None);
            Assert.Equal(items.Count, (await department.InboxItemsAsync(mine)).Count);
            Assert.Equal(adminItems.Count, (await admin.InboxItemsAsync(theirs)).Count);
            if (backgroundTells)
            {
                Assert.Single(items, LastMonthsReady);
                Assert.Single(adminItems, LastMonthsReady);
            }
            var item = items.First(LastMonthsReady);
            Assert.Equal("ready", item.GetProperty("kind").GetString());
            Assert.Equal("mz-orphan-monthly", item.GetProperty("templateId").GetString());
            Assert.Equal(DemoCounty.County, item.GetProperty("unitCode").GetString());
            Assert.Contains("清溪县", item.GetProperty("title").GetString());
            Assert.Contains("已可查看", item.GetProperty("title").GetString());
            Assert.Contains("应报 22 个村", item.GetProperty("body").GetString());
            Assert.Contains("已审核 22 个", item.GetProperty("body").GetString());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("readAt").ValueKind);
            Assert.DoesNotContain((await admin.InboxAsync()).GetProperty("items").EnumerateArray(), i => i.GetProperty("subscriptionId").GetGuid() == mine);
            var itemId = item.GetProperty("id").GetInt64();
            var unread = (await department.InboxAsync()).GetProperty("unread").GetInt32();
            var adminUnread = (await admin.InboxAsync()).GetProperty("unread").GetInt32();

            // Another user cannot mark it read; its owner can, once (a second mark keeps the first time).
            using (var foreign = await admin.PostAsync($"/api/inbox/{itemId}/read", null)) await foreign.ProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(unread, (await department.InboxAsync()).GetProperty("unread").GetInt32());
            using (var read = await department.PostAsync($"/api/inbox/{itemId}/read", null)) Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
            var readItem = (await department.InboxItemsAsync(mine)).Single(i => i.GetProperty("id").GetInt64() == itemId);
            var readAt = readItem.GetProperty("readAt").GetDateTimeOffset();
            Assert.Equal(unread - 1, (await department.InboxAsync()).GetProperty("unread").GetInt32());
            using (var twice = await department.PostAsync($"/api/inbox/{itemId}/read", null)) Assert.Equal(HttpStatusCode.NoContent, twice.StatusCode);
            Assert.Equal(readAt, (await department.InboxItemsAsync(mine)).Single(i => i.GetProperty("id").GetInt64() == itemId).GetProperty("readAt").GetDateTimeOffset());
            Assert.Equal(adminUnread, (await admin.InboxAsync()).GetProperty("unread").GetInt32());
            Assert.All(await admin.InboxItemsAsync(theirs), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("readAt").ValueKind));
            using (var none = await department.PostAsync("/api/inbox/987654321/read", null)) await none.ProblemAsync(HttpStatusCode.NotFound);

            // The feed: valid Atom with the same entry, opened by the token alone (no cookie).
            var feedUrl = new Uri((await department.SubscriptionAsync(mine)).GetProperty("feedUrl").GetString()!);
            var anonymous = server.Anonymous();
            using var feedResponse = await anonymous.GetAsync(feedUrl.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, feedResponse.StatusCode);
            Assert.Equal("application/atom+xml", feedResponse.Content.Headers.ContentType?.MediaType);
            var feed = XDocument.Parse(await feedResponse.Content.ReadAsStringAsync());
            Assert.Equal(Atom + "feed", feed.Root!.Name);
            Assert.Equal($"urn:formhub:subscription:{mine}", feed.Root.Element(Atom + "id")?.Value);
            Assert.Contains("清溪县", feed.Root.Element(Atom + "title")?.Value);
            Assert.NotNull(feed.Root.Element(Atom + "updated"));
            Assert.NotNull(feed.Root.Element(Atom + "author")?.Element(Atom + "name"));
            Assert.Contains(feed.Root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string?)l.Attribute("href"))!.Contains($"/feeds/{mine}.atom"));
            var entries = feed.Root.Elements(Atom + "entry").ToList();
            Assert.Equal(items.Count, entries.Count); // the admin's notifications are not in this feed
            var entry = entries.Single(e => e.Element(Atom + "id")?.Value == $"urn:formhub:notification:{itemId}");
            Assert.Equal(item.GetProperty("title").GetString(), entry.Element(Atom + "title")?.Value);
            Assert.Equal(item.GetProperty("body").GetString(), entry.Element(Atom + "summary")?.Value);
            Assert.Equal("ready", (string?)entry.Element(Atom + "category")?.Attribute("term"));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _));
            Assert.EndsWith($"/#/reports/mz-orphan-monthly/{DemoCounty.County}?period={lastMonth}",
                (string?)entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href"));

            // Without the right token the feed does not exist.
            var token = System.Web.HttpUtility.ParseQueryString(feedUrl.Query)["token"]!;
            var theirToken = System.Web.HttpUtility.ParseQueryString(new Uri((await admin.SubscriptionAsync(theirs)).GetProperty("feedUrl").GetString()!).Query)["token"]!;
            foreach (var wrong in new[]
                     {
                         $"/feeds/{mine}.atom", $"/feeds/{mine}.atom?token=", $"/feeds/{mine}.atom?token={token[..^1]}", $"/feeds/{mine}.atom?token={token}x",
                         $"/feeds/{mine}.atom?token={theirToken}", $"/feeds/{Guid.NewGuid()}.atom?token={token}",
                     })
            {
                using var refused = await anonymous.GetAsync(wrong);
                var problem = await refused.ProblemAsync(HttpStatusCode.NotFound);
                Assert.DoesNotContain("清溪县", problem.GetRawText());
            }
        }
        finally
        {
            await department.UnsubscribeAsync(mine);
            await admin.UnsubscribeAsync(theirs);
        }
        // Ending the subscription ends its feed and its inbox items.
        Assert.Empty(await department.InboxItemsAsync(mine));
    }
}
