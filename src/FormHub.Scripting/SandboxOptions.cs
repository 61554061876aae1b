namespace FormHub.Scripting;

/// <summary>
/// Limits on every template expression. A script that exceeds one fails its own cell with a clear error; the server and
/// other templates carry on. CLR access is never enabled: scripts see only FormHub's helpers and ES5 built-ins.
/// </summary>
public sealed record SandboxOptions
{
    /// <summary>Statements one expression may execute. Default 2,000,000 (ample for a village of 2,000 persons).</summary>
    public int MaxStatements { get; init; } = 2_000_000;

    /// <summary>Wall-clock time one expression may run. Default 1 second.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Depth of nested script function calls. Default 64.</summary>
    public int MaxRecursion { get; init; } = 64;

    /// <summary>Bytes one expression may allocate (strings, arrays, objects). Default 64 MiB.</summary>
    public long MaxAllocatedBytes { get; init; } = 64L << 20;

    public static SandboxOptions Default { get; } = new();
}
