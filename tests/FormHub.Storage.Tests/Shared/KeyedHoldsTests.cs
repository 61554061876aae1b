using FormHub.Storage.Shared;
using Xunit;

namespace FormHub.Storage.Tests.Shared;

/// <summary>The in-process key holds (SQLite's report-row locks) keep a key only while someone holds or waits for it.</summary>
public sealed class KeyedHoldsTests
{
    [Fact]
    public async Task AKeyIsForgottenOnceItsLastHolderOrWaiterLetsGo()
    {
        var holds = new KeyedHolds();
        // Many distinct keys over time (a row per unit and period): none stays once let go.
        for (var i = 0; i < 1_000; i++)
            await (await holds.HoldAsync([$"row-{i}", $"row-{i + 1}"], CancellationToken.None)).DisposeAsync();
        Assert.Equal(0, holds.LiveKeys);

        // A second holder of a key waits for the first, and the key lives until the second lets go too.
        var first = await holds.HoldAsync(["a", "b"], CancellationToken.None);
        var second = holds.HoldAsync(["b", "c"], CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        Assert.Equal(2, holds.LiveKeys); // a and b: c is asked for once b is had
        await first.DisposeAsync();
        var secondHold = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, holds.LiveKeys);
        await secondHold.DisposeAsync();
        Assert.Equal(0, holds.LiveKeys);

        // A waiter that gives up lets go of the keys it took and the one it waited for, and the holder is not disturbed.
        var holder = await holds.HoldAsync(["m"], CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiter = holds.HoldAsync(["l", "m"], cancel.Token);
        await Task.Delay(50);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        Assert.Equal(1, holds.LiveKeys);
        await holder.DisposeAsync();
        Assert.Equal(0, holds.LiveKeys);
        // Let go twice is let go once: the key is not released under a later holder.
        var again = await holds.HoldAsync(["m"], CancellationToken.None);
        await holder.DisposeAsync();
        Assert.False(holds.HoldAsync(["m"], CancellationToken.None).IsCompleted);
        await again.DisposeAsync();
    }
}
