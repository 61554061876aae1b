using System.CommandLine;
using FormHub.Distribution;
using FormHub.Storage.Model;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub webhooks retry [--failed] [--allow-private-addresses]</c>: attempts every pending webhook delivery now
/// (and, with <c>--failed</c>, gives failed ones a fresh round of attempts) through the same signed
/// <see cref="WebhookSender"/> and address policy as the server; the delivery log records each attempt.
/// </summary>
internal static class WebhooksCommands
{
    public static Command Create(CliContext context) =>
        new("webhooks", "部门订阅的 Webhook 推送 / webhook deliveries")
        {
            Retry(context),
        };

    private static Command Retry(CliContext context)
    {
        var failed = new Option<bool>("--failed") { Description = "也重新推送已失败（重试次数用完）的记录，重新计算重试次数" };
        var allowPrivate = new Option<bool>("--allow-private-addresses")
        {
            Description = "允许推送到本机和内网地址（与服务器设置 FormHub:WebhookAllowPrivateAddresses 相同；默认不允许）",
        };
        var command = new Command("retry", "立即推送所有待推送的 Webhook（签名与服务器相同），并显示结果 / deliver pending webhooks now")
        {
            failed, allowPrivate,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var store = services.Store;
            var options = new DistributionOptions { WebhookAllowPrivateAddresses = parseResult.GetValue(allowPrivate) };
            var now = services.Clock.GetUtcNow();

            // Due now: every pending delivery, and with --failed every failed one (attempts counted afresh).
            var touched = new HashSet<long>();
            foreach (var subscription in await store.ListSubscriptionsAsync(null, ct))
            {
                foreach (var d in await store.ListDeliveriesAsync(subscription.Id, int.MaxValue, ct))
                {
                    if (d.Status == DeliveryStatus.Pending || (d.Status == DeliveryStatus.Failed && parseResult.GetValue(failed)))
                    {
                        await store.SaveDeliveryAttemptAsync(d.Id, DeliveryStatus.Pending, d.Status == DeliveryStatus.Failed ? 0 : d.Attempts, now,
                            d.LastStatusCode, d.LastError, now, ct);
                        touched.Add(d.Id);
                    }
                }
            }
            if (touched.Count == 0)
            {
                await context.Out.WriteLineAsync(parseResult.GetValue(failed) ? "没有待推送或已失败的 Webhook" : "没有待推送的 Webhook（已失败的可加 --failed 重新推送）");
                return ExitCodes.Ok;
            }

            var policy = new WebhookAddressPolicy(options);
            using var client = new HttpClient(WebhookSender.CreateHandler(policy));
            var sender = new WebhookSender(store, () => client, options, services.Clock);
            // A failed attempt is scheduled later, so each delivery is tried once here.
            while (await sender.DeliverDueAsync(ct) > 0) { }

            int delivered = 0, pending = 0, failedNow = 0;
            foreach (var subscription in await store.ListSubscriptionsAsync(null, ct))
            {
                foreach (var d in (await store.ListDeliveriesAsync(subscription.Id, int.MaxValue, ct)).Where(d => touched.Contains(d.Id)))
                {
                    string word;
                    switch (d.Status)
                    {
                        case DeliveryStatus.Delivered: word = "已送达"; delivered++; break;
                        case DeliveryStatus.Pending: word = "未送达，稍后重试"; pending++; break;
                        default: word = "失败"; failedNow++; break;
                    }
                    var detail = d.Status == DeliveryStatus.Delivered ? $"HTTP {d.LastStatusCode}" : d.LastError ?? $"HTTP {d.LastStatusCode}";
                    await context.Out.WriteLineAsync($"  #{d.Id} {d.Url}：{word}（第 {d.Attempts} 次，{detail}）");
                }
            }
            await context.Out.WriteLineAsync($"已推送 {touched.Count} 条：送达 {delivered} 条，待重试 {pending} 条，失败 {failedNow} 条");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
