namespace FormHub.Scripting;

/// <summary>
/// Limits on every template expression, enforced by Jint 4's own constraints. A script that exceeds one fails its own
/// cell with a clear error; the server and other templates carry on. CLR access is never enabled and string
/// compilation (<c>eval</c>, <c>Function('…')</c>) is off: scripts see only FormHub's helpers and JavaScript built-ins.
/// </summary>
public sealed record SandboxOptions
{
    /// <summary>Statements one expression may execute. Default 2,000,000 (ample for a village of 2,000 persons).</summary>
    public int MaxStatements { get; init; } = 2_000_000;

    /// <summary>Wall-clock time one expression may run. Default 1 second.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Depth of nested script function calls. Default 64. Always set: without it unbounded recursion overflows the
    /// .NET stack, which no code can catch.
    /// </summary>
    public int MaxRecursion { get; init; } = 64;

    /// <summary>Bytes one expression may allocate (strings, arrays, objects). Default 64 MiB.</summary>
    public long MaxAllocatedBytes { get; init; } = 64L << 20;

    /// <summary>
    /// Elements one JavaScript array may hold. Default 1,000,000 (a village has a few thousand persons at most). It
    /// stops <c>new Array(1e9)</c> and <c>Array.from({length: 1e8})</c> before a single native call allocates them.
    /// </summary>
    public uint MaxArrayLength { get; init; } = 1_000_000;

    /// <summary>
    /// Characters one string built by <c>repeat</c>, <c>padStart</c> or <c>padEnd</c> may have, and characters a cell's
    /// text value may have. Default 1,000,000 for built strings; 4,000 for a cell (what a report cell can show).
    /// </summary>
    public int MaxStringLength { get; init; } = 1_000_000;

    /// <summary>Characters of a cell's text value. Default 4,000: more is not a report cell but a runaway.</summary>
    public int MaxCellTextLength { get; init; } = 4_000;

    public static SandboxOptions Default { get; } = new();
}
