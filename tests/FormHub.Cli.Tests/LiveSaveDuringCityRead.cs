using System.Reflection;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Cli.Tests;

/// <summary>
/// The store as it is, except that the first read of a city's county rows (a rollup of the city about to be written) is
/// handed back only once something else has run meanwhile — a live save and its shard's pass up to the city — or a bound
/// has passed. A rollup that does not keep that pass from writing the city until it has written its own then writes a
/// city built from county rows read before the save, over the pass's.
/// </summary>
public class LiveSaveDuringCityRead : StoreProxy
{
    private string _city = null!;
    private Func<Task> _meanwhile = null!;
    private TimeSpan _bound;
    private int _reads;

    public static IFormHubStore Around(IFormHubStore inner, string city, Func<Task> meanwhile, TimeSpan bound)
    {
        var proxy = Create<IFormHubStore, LiveSaveDuringCityRead>();
        var self = (LiveSaveDuringCityRead)(object)proxy;
        (self.Inner, self._city, self._meanwhile, self._bound) = (inner, city, meanwhile, bound);
        return proxy;
    }

    /// <summary>How many times the city's county rows were read.</summary>
    public static int ReadsOf(IFormHubStore proxy) => ((LiveSaveDuringCityRead)(object)proxy)._reads;

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (ReadsCountyRowsOf(method, args!, _city))
            return Then(Call(method, args)!, AfterReadAsync);
        return Call(method, args);
    }

    private async Task AfterReadAsync()
    {
        if (Interlocked.Increment(ref _reads) > 1) return;
        try
        {
            // Held up by the reader's hold, the pass does not finish: the wait ends at the bound.
            await _meanwhile().WaitAsync(_bound);
        }
        catch (TimeoutException)
        {
        }
    }
}
