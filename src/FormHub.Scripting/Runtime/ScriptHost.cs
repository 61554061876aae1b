using System.Globalization;
using System.Runtime.CompilerServices;
using Acornima.Ast;
using FormHub.Core.Periods;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// One sandboxed Jint 4 engine with FormHub's helpers and one row's data bound. Two kinds:
/// <list type="bullet">
/// <item>An engine of its own (the constructor): serves one row (template × unit × period) or one rule and village and
/// is then dropped, so nothing the script changes reaches anything else. Templates and rules that declare a <c>var</c>
/// or are strict mode run so (see <see cref="Compilation.ScriptBlock"/>).</item>
/// <item>The thread's shared engine (<see cref="Rent"/>): every other template's rows and rule's records run on it, one
/// after the other (top-level <c>let</c>, <c>const</c> and functions wrapped in a block).
/// Its built-ins and helpers are frozen before any script runs (<c>Math.round = …</c>, <c>Array.prototype.map = …</c>,
/// <c>Object.prototype.x = …</c> change nothing, for the script itself too), each row gets fresh objects for its
/// lists, entities, village, period, unit and <c>row</c>, and every global a script added is removed when the row is
/// returned (<see cref="Return"/>). A new engine, its helpers and its lazily built-in objects were most of a live
/// pass's evaluation (about 35 kB and 30 µs a row, then as much again for the built-ins the first expressions use).</item>
/// </list>
/// Not thread-safe; a host serves one evaluation at a time.
/// </summary>
internal sealed class ScriptHost
{
    private static readonly TimeZoneInfo China = TryChina();
    private JsObject _row = null!;

    /// <summary>A host with an engine of its own for one row (or one rule and village).</summary>
    public ScriptHost(SandboxOptions options, EvaluationScope scope, bool bindEntities, CancellationToken ct)
        : this(options, ct, shared: false) => BindRow(scope, bindEntities);

    private ScriptHost(SandboxOptions options, CancellationToken ct, bool shared)
    {
        Options = options;
        Scope = null!;
        Engine = new Engine(o =>
        {
            o.MaxStatements(options.MaxStatements)
                .TimeoutInterval(options.Timeout)
                .LimitRecursion(options.MaxRecursion)
                .LimitMemory(options.MaxAllocatedBytes)
                .MaxArraySize(options.MaxArrayLength)
                .DisableStringCompilation()
                .Culture(CultureInfo.InvariantCulture)
                .LocalTimeZone(China);
            // A shared engine serves many callers: its token is set per row (Rent) on a constraint that can be canceled.
            if (shared) o.CancellationToken(NeverCanceled.Token);
            else if (ct.CanBeCanceled) o.CancellationToken(ct);
        });
        HelperLibrary.Register(this);
        NativeAllocationGuard.Install(this);
        RemoveRegExpStatics(Engine);
        if (!shared) return;
        _cancellation = Engine.Constraints.Find<CancellationConstraint>();
        Lockdown();
        _builtIns = Engine.Global.GetOwnPropertyKeys().ToHashSet();
        _globalPrototype = Engine.Global.Prototype;
    }

    private static readonly CancellationTokenSource NeverCanceled = new();

    /// <summary>
    /// Removes RegExp's legacy statics (<c>RegExp.$1</c>–<c>$9</c>, <c>input</c>/<c>$_</c>, <c>lastMatch</c>/<c>$&amp;</c>,
    /// <c>lastParen</c>/<c>$+</c>, <c>leftContext</c>, <c>rightContext</c> …): getters over engine-wide state that
    /// <c>Object.freeze</c> does not fix, so the next row, of another village, could read what one row's regex matched
    /// (a resident's ID number). They are the constructor's only string-named accessors, all configurable. Done on every
    /// engine, so a template behaves the same on a shared engine and on one of its own.
    /// </summary>
    private static void RemoveRegExpStatics(Engine engine)
    {
        var regExp = engine.Global.Get("RegExp").AsObject();
        foreach (var key in regExp.GetOwnPropertyKeys(Jint.Runtime.Types.String))
        {
            if (regExp.GetOwnProperty(key).IsAccessorDescriptor() && !regExp.Delete(key))
                throw new InvalidOperationException($"RegExp.{key} could not be removed");
        }
    }

    /// <summary>
    /// Freezes every object reachable from the global object (constructors, prototypes, Math, JSON, Reflect, the helpers
    /// and all they reach) before any template runs on a shared engine: no script can change what the next row sees.
    /// The global object stays extensible, its own names fixed; what scripts add to it goes when the row is returned.
    /// Walked from C#, as no script statement may count against a row's limits.
    /// </summary>
    private void Lockdown()
    {
        var freeze = Engine.Global.Get("Object").AsObject().Get("freeze");
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<ObjectInstance>([Engine.Global]);
        // Built-ins no property leads to, only an instance's prototype: the iterator prototypes (for … of and spread
        // call their next), generator and async function prototypes. One expression statement, outside any row.
        foreach (var seed in Engine.Evaluate(HiddenIntrinsics).AsArray()) if (seed is ObjectInstance o) stack.Push(o);
        while (stack.TryPop(out var o))
        {
            if (!seen.Add(o)) continue;
            foreach (var key in o.GetOwnPropertyKeys())
            {
                var d = o.GetOwnProperty(key);
                if (d.Value is ObjectInstance value) stack.Push(value);
                if (d.Get is ObjectInstance get) stack.Push(get);
                if (d.Set is ObjectInstance set) stack.Push(set);
            }
            if (o.Prototype is { } prototype) stack.Push(prototype);
            if (!ReferenceEquals(o, Engine.Global)) Engine.Call(freeze, JsValue.Undefined, [o]);
        }
        // The global object's own names (Math, Array, JSON, globalThis …) are fixed too: `Math = {…}` or
        // `delete globalThis.JSON` would otherwise outlive the row. It stays extensible for what a row binds.
        var global = Engine.Global;
        foreach (var key in global.GetOwnPropertyKeys())
        {
            var d = global.GetOwnProperty(key);
            global.DefineOwnProperty(key, d.IsAccessorDescriptor()
                ? new GetSetPropertyDescriptor(d.Get, d.Set, enumerable: d.Enumerable, configurable: false)
                : new PropertyDescriptor(d.Value, writable: false, enumerable: d.Enumerable, configurable: false));
        }
    }

    private static readonly Prepared<Script> HiddenIntrinsics = Engine.PrepareScript("""
        [[][Symbol.iterator](), new Map().entries(), new Set().values(), ''[Symbol.iterator](), /a/g[Symbol.matchAll]('a'),
         function* () {}, (function* () {})(), async function () {}, async function* () {}, (async function* () {})(), async () => {},
         Promise.resolve(), typeof Iterator === 'function' && Iterator.from ? Iterator.from({next() { return {done: true}; }}) : null,
         [].values().map ? [].values().map(x => x) : null, (function () { return arguments; })()]
        """);

    // Shared engines only: the global names it had when frozen (built-ins and helpers), and its cancellation.
    private readonly HashSet<JsValue>? _builtIns;
    private readonly CancellationConstraint? _cancellation;
    private readonly ObjectInstance? _globalPrototype;

    /// <summary>
    /// The calling thread's shared engines, one per <see cref="SandboxOptions"/>, the one used last at the end: a thread
    /// switching between a live derivation's options and a draft preview's keeps both instead of making (about a
    /// millisecond) and freezing an engine at every switch. A rented engine is out of the list until returned.
    /// </summary>
    [ThreadStatic] private static List<ScriptHost>? t_shared;

    /// <summary>Shared engines a thread keeps at most (each holds its frozen built-ins and helpers).</summary>
    internal const int SharedEnginesPerThread = 3;

    [ThreadStatic] private static int t_sharedEnginesMade;

    /// <summary>Shared engines made on the calling thread so far (tests: switching options does not make new ones).</summary>
    internal static int SharedEnginesMade => t_sharedEnginesMade;

    /// <summary>
    /// A shared engine of the calling thread for these options (made and frozen on first use, about a millisecond) bound
    /// to one row. Give it back with <see cref="Return"/>; until then the thread does not share it and a nested call
    /// would make another.
    /// </summary>
    public static ScriptHost Rent(SandboxOptions options, EvaluationScope scope, bool bindEntities, CancellationToken ct)
    {
        var kept = t_shared ??= new List<ScriptHost>(SharedEnginesPerThread);
        var at = IndexOf(kept, options);
        ScriptHost host;
        if (at >= 0)
        {
            host = kept[at];
            kept.RemoveAt(at);
        }
        else
        {
            try
            {
                host = new ScriptHost(options, ct, shared: true);
                t_sharedEnginesMade++;
            }
            // Freezing stopped by a limit the options set very low: this row gets an engine of its own.
            catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Jint.Runtime.StatementsCountOverflowException or TimeoutException
                                          or Jint.Runtime.MemoryLimitExceededException or Jint.Runtime.RecursionDepthOverflowException)
            {
                return new ScriptHost(options, scope, bindEntities, ct);
            }
        }
        // Without a cancellation it could set per row, an engine is never shared (Jint always has one when asked).
        if (host._cancellation is null) return new ScriptHost(options, scope, bindEntities, ct);
        host._cancellation.Reset(ct);
        host.BindRow(scope, bindEntities);
        return host;
    }

    /// <summary>
    /// Ends a row on a shared engine: every global it bound or a script added is removed, and the engine is kept for the
    /// thread's next row unless <paramref name="reusable"/> is false (a limit stopped a script mid-way: an engine
    /// unwound by a timeout or an overflow is not trusted again). An engine of its own is simply dropped.
    /// </summary>
    public void Return(bool reusable)
    {
        if (_builtIns is null) return;
        var global = Engine.Global;
        foreach (var key in global.GetOwnPropertyKeys())
        {
            if (!_builtIns.Contains(key)) global.RemoveOwnProperty(key);
        }
        _cancellation?.Reset(CancellationToken.None);
        // Object.setPrototypeOf(globalThis, …) would put names under every later row's globals, and
        // Object.preventExtensions/seal/freeze(globalThis) would fail every later row's global writes: that engine goes.
        // The global object's own built-ins cannot change (Lockdown made them read-only and non-configurable).
        if (!ReferenceEquals(global.Prototype, _globalPrototype) || !global.Extensible) Broken = true;
        Scope = null!;
        _row = null!;
        _find = null;
        if (!reusable || Broken || ScriptsRun > MaxScriptsPerSharedEngine) return;
        var kept = t_shared ??= new List<ScriptHost>(SharedEnginesPerThread);
        // A nested row made a second engine for these options: the one returned last is kept.
        if (IndexOf(kept, Options) is var same and >= 0) kept.RemoveAt(same);
        if (kept.Count == SharedEnginesPerThread) kept.RemoveAt(0);
        kept.Add(this);
    }

    // A loop, not a lambda: no closure for every row.
    private static int IndexOf(List<ScriptHost> kept, SandboxOptions options)
    {
        for (var i = kept.Count - 1; i >= 0; i--)
            if (kept[i].Options == options) return i;
        return -1;
    }

    /// <summary>Set when a script was stopped by a limit or failed inside the interpreter: the engine is not reused.</summary>
    public bool Broken { get; set; }

    private void BindRow(EvaluationScope scope, bool bindEntities)
    {
        Scope = scope;
        var global = Engine.Global;
        if (bindEntities)
        {
            foreach (var (type, items) in scope.Entities)
                Define(CollectionName(type), new EntityListInstance(Engine, type, items));
        }
        Define("village", scope.Village is null ? JsValue.Null : EntityObject.Create(Engine, scope.Village));
        Define("period", PeriodObject(scope.Period));
        Define("unit", HelperLibrary.PlainObject(Engine, new Dictionary<string, object?>
        {
            ["code"] = scope.Unit.Code, ["name"] = scope.Unit.Name, ["level"] = scope.Unit.Level.ToString().ToLowerInvariant(),
        }));
        _row = new JsObject(Engine);
        Define("row", _row);

        void Define(string name, JsValue value) => global.FastSetProperty(name, new PropertyDescriptor(value, writable: false, enumerable: false, configurable: false));
    }

    public Engine Engine { get; }

    public SandboxOptions Options { get; }

    /// <summary>The row being evaluated; helpers such as prev() and ageAt() read it.</summary>
    public EvaluationScope Scope { get; private set; }

    /// <summary>
    /// Each scope's entities by id, built on first use and kept beside the scope: every template of a village and period
    /// shares the scope, and native callbacks look an entity up for every one of a village's thousand persons.
    /// </summary>
    private static readonly ConditionalWeakTable<EvaluationScope, Dictionary<Guid, ScriptEntity>> EntitiesById = new();

    private Func<Guid, ScriptEntity?>? _find;

    /// <summary>The row's entity with this id (what a script's <c>p.id</c> names), for helpers handed the entity's object.</summary>
    public ScriptEntity? FindEntity(Guid id) =>
        EntitiesById.GetValue(Scope, static scope => scope.Entities.Values.SelectMany(list => list)
            .Concat(scope.Village is null ? [] : [scope.Village]).ToDictionary(e => e.Id)).GetValueOrDefault(id);

    /// <summary><see cref="FindEntity"/> as one delegate for the life of the host (native callbacks pass it per entity).</summary>
    public Func<Guid, ScriptEntity?> Find => _find ??= FindEntity;

    /// <summary>
    /// Binds (or rebinds) a read-only global from the host side: a rule's <c>record</c> changes per record while the
    /// engine serves one rule and village. Scripts cannot assign or redefine it.
    /// </summary>
    public void Bind(string name, object? value) =>
        Engine.Global.FastSetProperty(name, new PropertyDescriptor(value switch
        {
            null => JsValue.Null,
            ScriptEntity entity => EntityObject.Create(Engine, entity),
            (string type, IReadOnlyList<ScriptEntity> items) => new EntityListInstance(Engine, type, items),
            IReadOnlyDictionary<string, object?> plain => HelperLibrary.PlainObject(Engine, plain),
            _ => ScriptValues.ToJs(value),
        }, writable: false, enumerable: false, configurable: false));

    /// <summary>Defines a read-only global function (a rule's history helpers), as the template helpers are defined.</summary>
    public void DefineFunction(string name, int length, Func<JsValue[], JsValue> body) =>
        Engine.Global.FastSetProperty(name, new PropertyDescriptor(new Jint.Runtime.Interop.ClrFunction(Engine, name, (_, args) => body(args), length,
            Jint.Runtime.Descriptors.PropertyFlag.Configurable), writable: false, enumerable: false, configurable: false));

    /// <summary>Makes a computed column visible to later expressions as <c>row.id</c>.</summary>
    public void SetRowValue(string column, object? value) => _row.FastSetDataProperty(column, ScriptValues.ToJs(value));

    /// <summary>Runs one prepared expression under the sandbox limits (reset for every run) and returns its completion value.</summary>
    public JsValue Run(in Prepared<Script> program)
    {
        if (_builtIns is not null && program.Program is { } script) (_scriptsRun ??= new(ReferenceEqualityComparer.Instance)).Add(script);
        return Engine.Evaluate(program);
    }

    /// <summary>
    /// Distinct scripts a shared engine runs before it is let go: Jint keeps every script an engine has evaluated (its
    /// definitions cached for the next run), so an engine serving draft previews, each a new script, would grow for ever.
    /// Templates and rules in force are far fewer; their prepared scripts are kept per version and counted once.
    /// </summary>
    internal const int MaxScriptsPerSharedEngine = 2_000;

    private HashSet<object>? _scriptsRun;

    /// <summary>Distinct scripts this engine has run (tests).</summary>
    internal int ScriptsRun => _scriptsRun?.Count ?? 0;

    /// <summary>Entity type key → the name scripts use: household → households, person → persons.</summary>
    public static string CollectionName(string entityType) => entityType.EndsWith('s') ? entityType : entityType + "s";

    private ObjectInstance PeriodObject(Period p) => HelperLibrary.PlainObject(Engine, new Dictionary<string, object?>
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
