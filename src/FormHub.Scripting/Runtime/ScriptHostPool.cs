using System.Collections.Concurrent;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// Engines are costly to build and not thread-safe, so they are pooled: each evaluation borrows one and returns it.
/// </summary>
internal sealed class ScriptHostPool(SandboxOptions options)
{
    private readonly ConcurrentBag<ScriptHost> _idle = [];

    public ScriptHost Rent() => _idle.TryTake(out var host) ? host : new ScriptHost(options);

    /// <summary>Returns a host; one whose script broke a limit is dropped, since its interpreter state may be unusual.</summary>
    public void Return(ScriptHost host, bool healthy)
    {
        if (healthy && _idle.Count < Environment.ProcessorCount * 4) _idle.Add(host);
    }
}
