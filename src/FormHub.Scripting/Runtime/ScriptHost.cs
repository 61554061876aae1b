using System.Globalization;
using System.Runtime.CompilerServices;
using Acornima.Ast;
using FormHub.Core.Periods;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace FormHub.Scripting.Runtime;

/// <summary>
/// One sandboxed Jint 4 engine with FormHub's helpers and one row's data bound. A host serves exactly one row
/// (template × unit × period) and is then dropped: a fresh engine costs microseconds, and it is what guarantees that a
/// template redefining <c>Math.round</c>, <c>Array.prototype.map</c>, <c>Object.prototype</c> or a helper changes
/// nothing for the next row or the next template. Not thread-safe; never shared.
/// </summary>
internal sealed class ScriptHost
{
    private static readonly TimeZoneInfo China = TryChina();
    private readonly JsObject _row;

    public ScriptHost(SandboxOptions options, EvaluationScope scope, bool bindEntities, CancellationToken ct)
    {
        Options = options;
        Scope = scope;
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
            if (ct.CanBeCanceled) o.CancellationToken(ct);
        });
        HelperLibrary.Register(this);
        NativeAllocationGuard.Install(this);

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
    public EvaluationScope Scope { get; }

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
    public JsValue Run(in Prepared<Script> program) => Engine.Evaluate(program);

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
