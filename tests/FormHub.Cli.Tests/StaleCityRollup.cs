using System.Reflection;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>
/// The store as it is, except that it forces two materializers' rollups of one city into their worst order: the second
/// county row of the city is saved only after the first rollup has read the city's county rows, and that read is handed
/// back only after another rollup has written the city's row (each wait bounded). The rollup that read first, missing the
/// other county, then writes last, unless something keeps the second from reading and writing meanwhile.
/// </summary>
public class StaleCityRollup : StoreProxy
{
    private string _city = null!;
    private TimeSpan _bound;
    private int _reads;
    private int _countySaves;
    private readonly TaskCompletionSource _read = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static IFormHubStore Around(IFormHubStore inner, string city, TimeSpan bound)
    {
        var proxy = Create<IFormHubStore, StaleCityRollup>();
        var self = (StaleCityRollup)(object)proxy;
        (self.Inner, self._city, self._bound) = (inner, city, bound);
        return proxy;
    }

    /// <summary>How many rollups read the city's county rows.</summary>
    public static int ReadsOf(IFormHubStore proxy) => ((StaleCityRollup)(object)proxy)._reads;

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (ReadsCountyRowsOf(method, args!, _city))
            return Then(Call(method, args)!, AfterReadAsync);
        if (method.Name == nameof(IFormHubStore.SaveReportRowsAsync) && args![0] is IReadOnlyCollection<StoredReportRow> rows)
        {
            if (rows.Any(r => r.UnitCode == _city)) return WriteAsync((Task)Call(method, args)!);
            if (rows.Any(r => r.Level == (int)OrgLevel.County && RegionCode.Parse(r.UnitCode).IsWithin(RegionCode.Parse(_city))))
                return SaveCountyAsync(() => (Task)Call(method, args)!);
        }
        return Call(method, args);
    }

    private async Task AfterReadAsync()
    {
        if (Interlocked.Increment(ref _reads) > 1) return;
        _read.TrySetResult();
        // Nobody else writing the city meanwhile (the other rollup waiting for this one's hold) ends the wait at the bound.
        await Bounded(_written.Task);
    }

    private async Task SaveCountyAsync(Func<Task> save)
    {
        if (Interlocked.Increment(ref _countySaves) > 1) await Bounded(_read.Task);
        await save();
    }

    private async Task Bounded(Task wait)
    {
        try
        {
            await wait.WaitAsync(_bound);
        }
        catch (TimeoutException)
        {
        }
    }

    private async Task WriteAsync(Task write)
    {
        await write;
        _written.TrySetResult();
    }
}
