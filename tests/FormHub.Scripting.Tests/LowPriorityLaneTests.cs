using System.Globalization;

namespace FormHub.Scripting.Tests;

/// <summary>Drafts' scripts run on a thread of their own at a lower OS priority, so a runaway draft yields the cores to saves.</summary>
public class LowPriorityLaneTests
{
    [Fact]
    public async Task DraftWorkRunsOnAThreadOfItsOwnAtNiceTenOnLinux()
    {
        var (thread, nice) = await LowPriorityLane.Drafts.RunAsync(() => (Environment.CurrentManagedThreadId, OperatingSystem.IsLinux() ? ThreadNice() : (int?)null));

        Assert.NotEqual(Environment.CurrentManagedThreadId, thread);
        if (!OperatingSystem.IsLinux()) return;
        Assert.True(LowPriorityLane.Drafts.Lowered);
        Assert.Equal(LowPriorityLane.Nice, nice);
    }

    [Fact]
    public async Task AFailureInTheLaneReachesTheCallerAndTheLaneCarriesOn()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => LowPriorityLane.Drafts.RunAsync<int>(() => throw new InvalidOperationException("draft")));

        Assert.Equal(42, await LowPriorityLane.Drafts.RunAsync(() => 42));
    }

    [Fact]
    public async Task WorkCancelledBeforeItStartsNeverRuns()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var ran = false;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LowPriorityLane.Drafts.RunAsync(() => ran = true, cancelled.Token));
        Assert.False(ran);
    }

    /// <summary>The calling thread's nice value: field 19 of /proc/thread-self/stat (after the command name in parentheses).</summary>
    private static int ThreadNice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture); // state is field 3, so nice (19) is index 16
    }
}
