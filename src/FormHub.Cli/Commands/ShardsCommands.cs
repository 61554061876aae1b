using System.CommandLine;
using FormHub.Storage;
using FormHub.Storage.Shards;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub shards place COUNTY SHARD</c> and <c>formhub shards list</c>: which database shard of a province
/// (FORMHUB_SHARDS) holds each county. A placement is kept on the home shard and overrides the layout file's line; a
/// server reads placements at start, so a county placed while it runs is served after its restart.
/// </summary>
internal static class ShardsCommands
{
    public static Command Create(CliContext context) =>
        new("shards", "数据库分片：为县指定分片并查看 / database shards: place a county and list placements")
        {
            Place(context),
            List(context),
        };

    private static Command Place(CliContext context)
    {
        var county = new Argument<string>("COUNTY") { Description = "县级区划代码（6 位或 12 位）" };
        var shard = new Argument<string>("SHARD") { Description = "分片名（分片配置 shards 中的 name）" };
        var command = new Command("place",
            "把尚未分配的县放到指定分片，此后该县的数据写入该分片；已分配到其他分片（分片配置文件或此前的命令）或已在其他分片上有数据时拒绝 / place an unplaced county on a shard (refused when already placed elsewhere or it has data on another)")
        {
            county, shard,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            await using var store = await OpenShardedAsync(context, parseResult, ct);
            var code = parseResult.GetRequiredValue(county);
            var name = parseResult.GetRequiredValue(shard);
            // The code as the store placed it (trimmed, completed to 12 digits), not as typed.
            var (full, moved) = await store.PlaceCountyAsync(code, name, CliContext.CliUser, ct);
            await context.Out.WriteLineAsync(moved
                ? $"已把县 {full} 放到分片“{name}”：此后该县的数据写入该分片（正在运行的服务器需重启后生效）。"
                : $"县 {full} 已在分片“{name}”上，未做更改。");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "列出各分片及每个县所在的分片 / list the shards and each county's shard");
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            await using var store = await OpenShardedAsync(context, parseResult, ct);
            var placements = await store.ListPlacementsAsync(ct);
            foreach (var (s, i) in store.Layout.Shards.Select((s, i) => (s, i)))
            {
                var counties = placements.Where(p => p.Shard == s.Name).Select(p => p.County).ToList();
                await context.Out.WriteLineAsync($"分片 {s.Name}{(i == 0 ? "（主分片）" : "")}：{counties.Count} 个县");
            }
            foreach (var p in placements)
            {
                var source = p.Source == CountyPlacementSource.Command
                    ? $"命令指定（{p.PlacedBy}，{p.PlacedAt!.Value.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}）"
                    : "分片配置文件";
                await context.Out.WriteLineAsync($"{p.County}  {p.Shard}  {source}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The province's sharded store; refused clearly when FORMHUB_SHARDS is not set.</summary>
    private static async Task<ShardedFormHubStore> OpenShardedAsync(CliContext context, ParseResult parseResult, CancellationToken ct)
    {
        var options = context.Storage(parseResult);
        if (options.ShardLayoutFile is null)
            throw new CliException($"分片命令需要分片配置：请用环境变量 {StorageOptions.ShardLayoutVariable} 指定分片配置文件（单库部署没有分片）。");
        var catalog = context.LoadCatalog(context.TemplatesDirectory(parseResult));
        return (ShardedFormHubStore)await context.OpenStoreAsync(options, catalog, ct);
    }
}
