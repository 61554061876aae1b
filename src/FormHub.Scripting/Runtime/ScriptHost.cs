using System.Globalization;
using FormHub.Core.Periods;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Parser.Ast;
using Jint.Runtime.Debugger;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// One sandboxed Jint engine with FormHub's helpers bound. Not thread-safe: <see cref="ScriptHostPool"/> lends each
/// to one evaluation at a time. Jint 2 has no memory limit of its own, so a per-statement step hook measures what the
/// evaluating thread has allocated and stops the script past <see cref="SandboxOptions.MaxAllocatedBytes"/>.
/// </summary>
internal sealed class ScriptHost
{
    private static readonly TimeZoneInfo China = TryChina();
    private readonly HashSet<string> _baseline;
    private readonly long _memoryLimit;
    private long _allocationStart;
    private long _steps;
    private double _bytesPerStep;
    private ObjectInstance? _row;

    public ScriptHost(SandboxOptions options)
    {
        _memoryLimit = options.MaxAllocatedBytes;
        Engine = new Engine(o => o
            .MaxStatements(options.MaxStatements)
            .TimeoutInterval(options.Timeout)
            .LimitRecursion(options.MaxRecursion)
            .Culture(CultureInfo.InvariantCulture)
            .LocalTimeZone(China)
            .DebugMode());
        Engine.Step += (_, _) =>
        {
            // Jint's step hook itself allocates a little per statement; that is the interpreter's, not the script's.
            var allocated = GC.GetAllocatedBytesForCurrentThread() - _allocationStart - (long)(++_steps * _bytesPerStep);
            if (allocated > _memoryLimit) throw new MemoryLimitExceededException();
            return StepMode.Into;
        };
        HelperLibrary.Register(this);
        Calibrate();
        _baseline = Engine.Global.GetOwnProperties().Select(p => p.Key).ToHashSet();
    }

    public Engine Engine { get; }

    /// <summary>The row being evaluated; helpers such as prev() and ageAt() read it.</summary>
    public EvaluationScope Scope { get; private set; } = null!;

    /// <summary>Binds a row's data to the engine's globals, and clears globals an earlier script left behind.</summary>
    public void Bind(EvaluationScope scope, IEnumerable<string> entityTypes)
    {
        Scope = scope;
        foreach (var stray in Engine.Global.GetOwnProperties().Select(p => p.Key).Where(k => !_baseline.Contains(k)).ToList())
            Engine.Global.RemoveOwnProperty(stray);

        foreach (var type in entityTypes)
        {
            var items = scope.Entities.GetValueOrDefault(type) ?? [];
            Engine.Global.FastAddProperty(CollectionName(type), new JsValue(new EntityListInstance(Engine, type, items)), false, false, true);
        }
        Engine.Global.FastAddProperty("village", scope.Village is null ? JsValue.Null : new JsValue(EntityObject.Create(Engine, scope.Village)), false, false, true);
        Engine.Global.FastAddProperty("period", new JsValue(PeriodObject(scope.Period)), false, false, true);
        Engine.Global.FastAddProperty("unit", new JsValue(HelperLibrary.PlainObject(this, new Dictionary<string, object?>
        {
            ["code"] = scope.Unit.Code, ["name"] = scope.Unit.Name, ["level"] = scope.Unit.Level.ToString().ToLowerInvariant(),
        })), false, false, true);
        _row = Engine.Object.Construct(Jint.Runtime.Arguments.Empty);
        Engine.Global.FastAddProperty("row", new JsValue(_row), false, false, true);
    }

    /// <summary>Makes a computed column visible to later expressions as <c>row.id</c>.</summary>
    public void SetRowValue(string column, object? value) => _row!.FastAddProperty(column, ScriptValues.ToJs(Engine, value), true, true, true);

    /// <summary>Runs one parsed expression under the sandbox limits and returns its completion value.</summary>
    public JsValue Run(Jint.Parser.Ast.Program program)
    {
        Engine.ResetStatementsCount();
        Engine.ResetTimeoutTicks();
        Engine.ResetCallStack();
        _steps = 0;
        _allocationStart = GC.GetAllocatedBytesForCurrentThread();
        Engine.Execute(program);
        return Engine.GetCompletionValue();
    }

    /// <summary>Measures what the step hook allocates per statement of an empty loop, with a margin.</summary>
    private void Calibrate()
    {
        _steps = 0;
        Engine.ResetTimeoutTicks();
        _allocationStart = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            Engine.Execute("(function () { for (var i = 0; i < 2000; i++) {} })()");
        }
        catch (TimeoutException)
        {
            // A starved machine may not finish the loop within the timeout; the steps taken so far measure just as well.
        }
        _bytesPerStep = 1.5 * (GC.GetAllocatedBytesForCurrentThread() - _allocationStart) / Math.Max(1, _steps);
    }

    /// <summary>Entity type key → the name scripts use: household → households, person → persons.</summary>
    public static string CollectionName(string entityType) => entityType.EndsWith('s') ? entityType : entityType + "s";

    private ObjectInstance PeriodObject(Period p) => HelperLibrary.PlainObject(this, new Dictionary<string, object?>
    {
        ["key"] = p.Key,
        ["type"] = p.Type.ToString().ToLowerInvariant(),
        ["year"] = (long)p.Year,
        ["month"] = p.Type == PeriodType.Monthly ? p.Index : null,
        ["quarter"] = p.Type == PeriodType.Quarterly ? p.Index : p.Type == PeriodType.Monthly ? (p.Index - 1) / 3 + 1 : null,
        ["start"] = p.Start,
        ["end"] = p.End,
        ["display"] = p.DisplayZh,
    });

    private static TimeZoneInfo TryChina()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "CST"); }
    }
}

/// <summary>Thrown by the step hook when a script allocates more than the sandbox allows.</summary>
internal sealed class MemoryLimitExceededException : Exception;
