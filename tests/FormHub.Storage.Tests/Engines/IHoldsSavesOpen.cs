using Npgsql;

namespace FormHub.Storage.Tests.Engines;

/// <summary>A PostgreSQL engine that can append behind the store in a transaction left open: a save still in flight.</summary>
public interface IHoldsSavesOpen
{
    /// <summary>Appends a copy of the village's first event in a transaction left open; disposing it rolls back.</summary>
    Task<NpgsqlTransaction> AppendWithoutCommittingAsync(string village);
}
