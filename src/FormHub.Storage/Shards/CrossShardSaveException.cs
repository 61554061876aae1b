using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Storage.Shards;

/// <summary>
/// One save named records of counties on different shards: a save is one transaction on one database, so it is refused
/// whole (a person moving to a county on another shard is retired in one save and registered in the next).
/// </summary>
public sealed class CrossShardSaveException(IReadOnlyCollection<string> shards)
    : StoreException(new LocalizedText(
        $"本次保存涉及存放在不同数据库分片（{string.Join("、", shards)}）上的县，不能在一次保存中完成：请按县分开保存。本次保存未生效。",
        $"This save names counties kept on different shards ({string.Join(", ", shards)}); save each county separately. Nothing was saved."))
{
    public IReadOnlyCollection<string> ShardNames { get; } = shards;
}
