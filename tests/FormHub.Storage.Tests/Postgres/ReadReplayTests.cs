using FormHub.Storage.Marten;
using Npgsql;
using Polly;

namespace FormHub.Storage.Tests.Postgres;

/// <summary>
/// Marten's read replay is off inside an own-transaction scope only: once the scope is disposed, a later read in the same
/// method (on a connection of its own) is replayed again, as it was before.
/// </summary>
public sealed class ReadReplayTests
{
    private static readonly ResiliencePipeline Pipeline = Build();

    private static ResiliencePipeline Build()
    {
        var builder = new ResiliencePipelineBuilder();
        ReadReplay.Configure(builder);
        return builder.Build();
    }

    private static async Task<int> TriesOfAFailingReadAsync()
    {
        var tries = 0;
        await Assert.ThrowsAsync<NpgsqlException>(() => Pipeline.ExecuteAsync(_ =>
        {
            tries++;
            throw new NpgsqlException("connection reset");
        }).AsTask());
        return tries;
    }

    [Fact]
    public async Task AReadAfterAnOwnTransactionScopeInTheSameMethodIsReplayedAgain()
    {
        Assert.Equal(4, await TriesOfAFailingReadAsync());
        using (ReadReplay.OwnTransaction())
        {
            Assert.Equal(1, await TriesOfAFailingReadAsync());
        }
        Assert.Equal(4, await TriesOfAFailingReadAsync());
    }
}
