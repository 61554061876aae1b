using System.Text.Json;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Distribution;

/// <summary>
/// Tells subscribers when their report becomes ready (every village approved, or the due date passed) and when it is
/// revised (an approved village reopened for correction): once per change, into the inbox and feed and, for subscriptions
/// with a webhook, a signed delivery. Looks at the report's current period and the one before.
/// </summary>
public sealed class SubscriptionNotifier(IFormHubStore store, TemplateLibrary library, RegionDirectory regions, CompletenessCalculator completeness,
    DistributionOptions options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One pass over every subscription; returns how many notifications it made.</summary>
    public async Task<int> TellChangesAsync(CancellationToken ct)
    {
        var told = 0;
        var tree = await regions.GetAsync(ct);
        var today = clock.Today();
        foreach (var subscription in await store.ListSubscriptionsAsync(null, ct))
        {
            if (tree.Find(subscription.UnitCode) is not { } unit || library.Versions(subscription.TemplateId) is not [.., var latest]) continue;
            var current = Period.Containing(today, latest.Template.Period);
            foreach (var period in new[] { current.Previous, current })
            {
                if (library.InForce(subscription.TemplateId, period) is not { } template) continue;
                var done = await completeness.ForAsync(template, period, unit, ct);
                var state = done.State(today);
                if (state == "collecting") continue;
                // Each correction is news: the key counts corrections, not corrected villages.
                var key = state == "revised" ? $"revised:{done.Revisions}" : state;
                if (await store.GetToldStateAsync(subscription.Id, period.Key, ct) == key) continue;

                var title = state == "revised"
                    ? $"{template.Template.Title}（{unit.Name}，{period.DisplayZh}）有村更正数据"
                    : $"{template.Template.Title}（{unit.Name}，{period.DisplayZh}）已可查看";
                var link = $"{options.PublicBaseUrl.TrimEnd('/')}/#/reports/{template.Template.Id}/{unit.Code.Value}?period={period.Key}";
                var now = clock.GetUtcNow();
                var payload = subscription.WebhookUrl is null ? null : JsonSerializer.Serialize(new
                {
                    @event = "report." + state,
                    subscriptionId = subscription.Id,
                    templateId = template.Template.Id,
                    title = template.Template.Title,
                    department = template.Template.Department,
                    unit = new { code = unit.Code.Value, name = unit.Name },
                    period = period.Key,
                    completeness = new { done.Villages, done.Submitted, done.Approved, done.Revised, late = done.Late.Count, done.ReportingRate, done.OnTimeRate },
                    reportUrl = link,
                    occurredAt = now,
                }, Json);
                if (await store.TellAsync(new Notification(0, subscription.Id, subscription.UserName, template.Template.Id, unit.Code.Value, period.Key, state,
                        title, done.LineZh, now, null), key, payload, now, ct) > 0)
                    told++;
            }
        }
        return told;
    }

}
