using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Storage.Shards;

/// <summary>A county's data was read or written while the shard layout places it on no shard; nothing was written.</summary>
public sealed class CountyNotPlacedException(string countyCode)
    : StoreException(new LocalizedText(
        $"县 {countyCode} 未分配到任何数据库分片：请用 formhub shards place 县代码 分片名 为它指定分片（或在分片配置 FORMHUB_SHARDS 的 counties 中加上它）后重试。本次操作未生效。",
        $"County {countyCode} is placed on no shard: place it with formhub shards place COUNTY SHARD (or add it to the counties of the shard layout, FORMHUB_SHARDS). Nothing was done."))
{
    public string CountyCode { get; } = countyCode;
}
