using System.Reflection;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports.Tests;

/// <summary>
/// The store as it is, except that the first write of report rows naming <c>unit</c> waits until something else has run
/// meanwhile (a live save and the live materializer's pass over it): what a rebuild's write of rows it derived before that
/// save meets when the save lands between its read and its write.
/// </summary>
public class SaveBeforeRowsLand : DispatchProxy
{
    private IFormHubStore _inner = null!;
    private string _unit = null!;
    private Func<Task> _meanwhile = null!;
    private int _fired;
    private int _times;

    /// <param name="times">How many of those writes wait (the first only, unless a test keeps the village saving).</param>
    public static IFormHubStore Around(IFormHubStore inner, string unit, Func<Task> meanwhile, int times = 1)
    {
        var proxy = Create<IFormHubStore, SaveBeforeRowsLand>();
        var self = (SaveBeforeRowsLand)(object)proxy;
        (self._inner, self._unit, self._meanwhile, self._times) = (inner, unit, meanwhile, times);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method.Name == nameof(IFormHubStore.SaveReportRowsAsync) && args![0] is IReadOnlyCollection<StoredReportRow> rows
            && rows.Any(r => r.UnitCode == _unit) && Interlocked.Increment(ref _fired) <= _times)
            return WriteAfterAsync(method, args);
        return Call(method, args);
    }

    private async Task WriteAfterAsync(MethodInfo method, object?[] args)
    {
        await _meanwhile();
        await (Task)Call(method, args)!;
    }

    // The store's methods are async: what they throw is in the task, so nothing needs unwrapping here.
    private object? Call(MethodInfo method, object?[]? args) => method.Invoke(_inner, args);
}
