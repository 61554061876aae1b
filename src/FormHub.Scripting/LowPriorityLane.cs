using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace FormHub.Scripting;

/// <summary>
/// One thread of its own, at a lower operating-system priority (Linux nice 10), that runs the scripts of drafts: an
/// admin's draft is code nobody has reviewed yet, and a draft that loops until its time limit would otherwise take a core
/// away from the cadres' saves. The sandbox limits still stop it; the lane makes the scheduler prefer everyone else's
/// work while it runs. Work queues behind the work before it (drafts are previewed one at a time per process).
/// Where the priority cannot be lowered (not Linux, or refused), the lane still runs, at normal priority.
/// </summary>
public sealed class LowPriorityLane
{
    /// <summary>Linux nice value of the lane's thread: 10 weighs about a tenth of a normal thread when cores are contended.</summary>
    public const int Nice = 10;

    private static readonly Lazy<LowPriorityLane> Shared = new(() => new LowPriorityLane("formhub-drafts"));

    private readonly BlockingCollection<Action> _work = [];

    /// <summary>The process's lane for draft scripts.</summary>
    public static LowPriorityLane Drafts => Shared.Value;

    /// <summary>Whether the lane's thread runs at the lowered priority.</summary>
    public bool Lowered { get; private set; }

    private LowPriorityLane(string name)
    {
        var started = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            Lowered = TryLowerThisThread();
            started.Set();
            foreach (var work in _work.GetConsumingEnumerable()) work();
        }) { IsBackground = true, Name = name };
        thread.Start();
        started.Wait();
    }

    /// <summary>Runs <paramref name="work"/> on the lane; its result or exception comes back to the caller. Not started once <paramref name="ct"/> is cancelled.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            if (ct.IsCancellationRequested)
            {
                done.TrySetCanceled(ct);
                return;
            }
            try { done.TrySetResult(work()); }
            catch (OperationCanceledException e) when (ct.IsCancellationRequested) { done.TrySetCanceled(e.CancellationToken); }
            catch (Exception e) { done.TrySetException(e); }
        }, ct);
        return done.Task;
    }

    private static bool TryLowerThisThread()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            // On Linux, PRIO_PROCESS with a thread id sets that thread's nice value alone.
            return setpriority(0, gettid(), Nice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int prio);

    [DllImport("libc")]
    private static extern int gettid();
}
