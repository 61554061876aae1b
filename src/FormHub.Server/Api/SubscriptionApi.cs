using System.Security.Cryptography;
using System.Text;
using FormHub.Distribution;
using FormHub.Filing;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Server.Access;
using FormHub.Server.Departments;
using FormHub.Server.Hosting;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FormHub.Server.Api;

/// <summary>
/// Subscriptions (订阅) to published reports for an area, their state this period, the inbox, the Atom feed (opened by a
/// per-feed token, no cookie) and the webhook delivery log.
/// </summary>
public static class SubscriptionApi
{
    public sealed record SubscribeRequest(string? TemplateId, string? UnitCode, string? WebhookUrl);

    public sealed record CurrentState(string Period, string PeriodDisplay, string State, string CompletenessLine, int Villages, int Submitted, int Approved,
        int Late);

    public sealed record SubscriptionView(Guid Id, string TemplateId, string Title, string Department, SessionApi.UnitView Unit, string FeedUrl,
        string? WebhookUrl, DateTimeOffset CreatedAt, CurrentState? Current, string? TitleEn = null);

    public sealed record Subscribed(SubscriptionView Subscription, string? WebhookSecret);

    public sealed record InboxItem(long Id, Guid SubscriptionId, string TemplateId, string UnitCode, string Period, string Kind, string Title, string Body,
        DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed record Inbox(int Unread, IReadOnlyList<InboxItem> Items);

    public static IEndpointRouteBuilder MapSubscriptionApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api", "Subscriptions");
        group.MapGet("/subscriptions", ListAsync).WithName("ListSubscriptions").WithSummary("The user's subscriptions with this period's state");
        group.MapPost("/subscriptions", SubscribeAsync).WithName("Subscribe")
            .WithSummary("Subscribes to a report for an area; with a webhook URL, answers the signing secret once");
        group.MapDelete("/subscriptions/{id:guid}", UnsubscribeAsync).WithName("Unsubscribe").WithSummary("Ends a subscription");
        group.MapGet("/subscriptions/{id:guid}/deliveries", DeliveriesAsync).WithName("ListDeliveries").WithSummary("The webhook delivery log");
        group.MapGet("/inbox", InboxAsync).WithName("GetInbox").WithSummary("What the user's subscriptions told them, newest first");
        group.MapPost("/inbox/{id:long}/read", MarkReadAsync).WithName("MarkRead").WithSummary("Marks an inbox item read");
        app.MapGet("/feeds/{id:guid}.atom", FeedAsync).AllowAnonymous().WithTags("Subscriptions").WithName("GetFeed")
            .WithSummary("A subscription's Atom feed; the token in the query is the only credential");
        return app;
    }

    private static async Task<Ok<List<SubscriptionView>>> ListAsync(CurrentUser user, IFormHubStore store, TemplateLibrary library, RegionDirectory regions,
        CompletenessCalculator completeness, IOptions<FormHubServerOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var result = new List<SubscriptionView>();
        var tree = await regions.GetAsync(ct);
        foreach (var s in await store.ListSubscriptionsAsync(user.UserName, ct))
            result.Add(await DescribeAsync(s, tree, library, completeness, options.Value, clock, ct));
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Created<Subscribed>, ProblemHttpResult>> SubscribeAsync(SubscribeRequest request, HttpContext http, CurrentUser user,
        IFormHubStore store, TemplateLibrary library, TemplateAccess templates, UnitAccess access, WebhookAddressPolicy policy, RegionDirectory regions,
        CompletenessCalculator completeness, IOptions<FormHubServerOptions> options, TimeProvider clock, CancellationToken ct)
    {
        if (user.Role is not (AccountRole.Department or AccountRole.Admin))
            return Problem.Forbidden(http, new LocalizedText("只有部门用户和管理员订阅报表；村干部和审核员在填报和审核页面查看。",
                "Only department users and admins subscribe; cadres and reviewers see reports where they file and review."));
        if (request.TemplateId is not { } templateId || library.Versions(templateId) is not [.., var latest] || !templates.CanSee(user, latest.Template))
            return Problem.BadRequest(http, new LocalizedText($"没有可订阅的报表“{request.TemplateId}”。", $"No report '{request.TemplateId}' you may subscribe to."));
        var unitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? user.View.Value : request.UnitCode.Trim();
        var resolved = await access.ResolveAsync(http, user, unitCode, UnitNeed.ViewAggregates, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        var webhook = string.IsNullOrWhiteSpace(request.WebhookUrl) ? null : request.WebhookUrl.Trim();
        if (webhook is not null && await policy.CheckAsync(webhook, ct) is { } bad) return Problem.BadRequest(http, bad);
        if ((await store.ListSubscriptionsAsync(user.UserName, ct)).Any(s => s.TemplateId == templateId && s.UnitCode == unitCode))
            return Problem.Conflict(http, new LocalizedText($"您已订阅{resolved.Unit!.Name}的“{latest.Template.Title}”。", "You already subscribe to this report for this area."));

        var subscription = new Subscription(Guid.NewGuid(), user.UserName, templateId, unitCode, WebhookSignature.NewSecret(), webhook,
            webhook is null ? null : WebhookSignature.NewSecret(), clock.GetUtcNow());
        await store.SaveSubscriptionAsync(subscription, ct);
        var view = await DescribeAsync(subscription, await regions.GetAsync(ct), library, completeness, options.Value, clock, ct);
        return TypedResults.Created($"/api/subscriptions/{subscription.Id}", new Subscribed(view, subscription.WebhookSecret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnsubscribeAsync(Guid id, HttpContext http, CurrentUser user, IFormHubStore store, CancellationToken ct)
    {
        if (await OwnedAsync(id, user, store, ct) is null) return NotYours(http);
        await store.DeleteSubscriptionAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<WebhookDelivery>>, ProblemHttpResult>> DeliveriesAsync(Guid id, HttpContext http, CurrentUser user,
        IFormHubStore store, CancellationToken ct)
    {
        if (await OwnedAsync(id, user, store, ct) is null) return NotYours(http);
        return TypedResults.Ok(await store.ListDeliveriesAsync(id, 100, ct));
    }

    private static async Task<Ok<Inbox>> InboxAsync(CurrentUser user, IFormHubStore store, CancellationToken ct)
    {
        var items = (await store.ListNotificationsAsync(user.UserName, null, 100, ct))
            .Select(n => new InboxItem(n.Id, n.SubscriptionId, n.TemplateId, n.UnitCode, n.Period, n.Kind, n.Title, n.Body, n.CreatedAt, n.ReadAt)).ToList();
        return TypedResults.Ok(new Inbox(items.Count(i => i.ReadAt is null), items));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(long id, HttpContext http, CurrentUser user, IFormHubStore store,
        TimeProvider clock, CancellationToken ct) =>
        await store.MarkReadAsync(user.UserName, id, clock.GetUtcNow(), ct) ? TypedResults.NoContent()
            : Problem.NotFound(http, new LocalizedText("没有这条消息。", "No such inbox item."));

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(Guid id, string? token, HttpContext http, IFormHubStore store,
        TemplateLibrary library, RegionDirectory regions, IOptions<FormHubServerOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var subscription = await store.GetSubscriptionAsync(id, ct);
        // A wrong token answers exactly like a missing feed.
        if (subscription is null || token is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(subscription.FeedToken)))
            return Problem.NotFound(http, new LocalizedText("没有这个订阅源，或链接中的令牌不对。", "No such feed, or the token in the link is wrong."));
        var tree = await regions.GetAsync(ct);
        var title = library.Versions(subscription.TemplateId) is [.., var t] ? t.Template.Title : subscription.TemplateId;
        var unitName = tree.Find(subscription.UnitCode)?.Name ?? subscription.UnitCode;
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        var xml = AtomFeedWriter.Write(subscription, $"{title}（{unitName}）— FormHub", $"{baseUrl}/feeds/{id}.atom", baseUrl,
            await store.ListNotificationsAsync(subscription.UserName, id, 50, ct), clock.GetUtcNow());
        return TypedResults.Content(xml, "application/atom+xml; charset=utf-8");
    }

    private static async Task<Subscription?> OwnedAsync(Guid id, CurrentUser user, IFormHubStore store, CancellationToken ct) =>
        await store.GetSubscriptionAsync(id, ct) is { } s && s.UserName == user.UserName ? s : null;

    private static ProblemHttpResult NotYours(HttpContext http) =>
        Problem.NotFound(http, new LocalizedText("没有这个订阅。", "No such subscription."));

    private static async Task<SubscriptionView> DescribeAsync(Subscription s, RegionTree tree, TemplateLibrary library, CompletenessCalculator completeness,
        FormHubServerOptions options, TimeProvider clock, CancellationToken ct)
    {
        var latest = library.Versions(s.TemplateId) is [.., var l] ? l : null;
        var unit = tree.Find(s.UnitCode);
        CurrentState? current = null;
        if (latest is not null && unit is not null)
        {
            var period = Period.Containing(clock.Today(), latest.Template.Period);
            if (library.InForce(s.TemplateId, period) is { } template)
            {
                var done = await completeness.ForAsync(template, period, unit, ct);
                current = new CurrentState(period.Key, period.DisplayZh, done.State(clock.Today()), done.LineZh, done.Villages, done.Submitted, done.Approved, done.Late.Count);
            }
        }
        return new SubscriptionView(s.Id, s.TemplateId, latest?.Template.Title ?? s.TemplateId, latest?.Template.Department ?? "",
            new SessionApi.UnitView(s.UnitCode, unit?.Name ?? s.UnitCode, RegionCode.Parse(s.UnitCode).Level),
            $"{options.PublicBaseUrl.TrimEnd('/')}/feeds/{s.Id}.atom?token={s.FeedToken}", s.WebhookUrl, s.CreatedAt, current, latest?.Template.TitleEn);
    }
}
