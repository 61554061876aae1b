using FormHub.Core.Text;
using FormHub.Storage.Errors;

namespace FormHub.Storage.Shards;

/// <summary>A county placement was refused (not a county, an unknown shard, data already elsewhere); nothing was changed.</summary>
public sealed class ShardPlacementException(LocalizedText text) : StoreException(text);
