using FormHub.Core.Catalog;
using FormHub.Core.Templates;

namespace FormHub.Scripting.Compilation;

/// <summary>
/// A checked template ready to evaluate: expressions parsed, columns in dependency order, and the catalog fields it
/// reads (which tell the live materializer whether a change touches this report).
/// </summary>
public sealed class CompiledTemplate
{
    internal CompiledTemplate(ReportTemplate template, IReadOnlyList<(TemplateColumn Column, CompiledExpression Expression)> order,
        IReadOnlyList<(TemplateCheck Check, CompiledExpression Expression)> checks)
    {
        Template = template;
        Order = order;
        Checks = checks;
        FieldsRead = order.SelectMany(c => c.Expression.Analysis.Fields).Concat(checks.SelectMany(c => c.Expression.Analysis.Fields)).ToHashSet();
        ReadsPreviousPeriod = order.Any(c => c.Expression.Analysis.ReadsPreviousPeriod) || checks.Any(c => c.Expression.Analysis.ReadsPreviousPeriod);
        EntityTypesRead = order.SelectMany(c => c.Expression.Analysis.EntityTypes).Concat(checks.SelectMany(c => c.Expression.Analysis.EntityTypes)).ToHashSet();
        TypesReadWhole = order.SelectMany(c => c.Expression.Analysis.TypesReadWhole).Concat(checks.SelectMany(c => c.Expression.Analysis.TypesReadWhole)).ToHashSet();
        EntityTypesRead = EntityTypesRead.Union(TypesReadWhole).ToHashSet();
        SharesEngine = !order.Any(c => c.Expression.DeclaresGlobals) && !checks.Any(c => c.Expression.DeclaresGlobals);
    }

    /// <summary>
    /// True when no expression declares global names: its rows run on the thread's shared engine with frozen built-ins
    /// (<see cref="Runtime.ScriptHost.Rent"/>) instead of an engine of their own.
    /// </summary>
    internal bool SharesEngine { get; }

    public ReportTemplate Template { get; }

    /// <summary>Columns in evaluation order: every column after the columns it reads as <c>row.x</c>.</summary>
    public IReadOnlyList<(TemplateColumn Column, CompiledExpression Expression)> Order { get; }

    public IReadOnlyList<(TemplateCheck Check, CompiledExpression Expression)> Checks { get; }

    /// <summary>Catalog keys the template reads by name, e.g. "household.dibao_status" (all it reads of a type not in <see cref="TypesReadWhole"/>).</summary>
    public IReadOnlySet<string> FieldsRead { get; }

    /// <summary>
    /// Entity types of which the template may read any field: it reads them in a way the analyzer does not follow field by
    /// field (<c>p[name]</c>, <c>Object.keys(p)</c>, an item or list handed to a function). Their scope keeps every field,
    /// and a change of any of their fields affects the report.
    /// </summary>
    public IReadOnlySet<string> TypesReadWhole { get; }

    /// <summary>
    /// The catalog keys a scope for this template must hold: those it reads by name, and every field of a type it reads
    /// whole. The same set for the same catalog, worked out once (a township's preview asks for it once per village).
    /// </summary>
    public IReadOnlySet<string> FieldsToLoad(FieldCatalog catalog)
    {
        if (TypesReadWhole.Count == 0) return FieldsRead;
        var kept = Volatile.Read(ref _fieldsToLoad);
        if (kept is not null && ReferenceEquals(kept.Catalog, catalog)) return kept.Fields;
        var fields = FieldsRead.Concat(TypesReadWhole.SelectMany(t => catalog.FieldsOf(t).Select(f => f.Key))).ToHashSet();
        Volatile.Write(ref _fieldsToLoad, new CatalogFields(catalog, fields));
        return fields;
    }

    // The last catalog asked about and its fields: catalogs change rarely, so one is enough.
    private CatalogFields? _fieldsToLoad;

    private sealed record CatalogFields(FieldCatalog Catalog, IReadOnlySet<string> Fields);

    /// <summary>True when some column or check may call <c>prev()</c>: its rows depend on the previous period's rows.</summary>
    public bool ReadsPreviousPeriod { get; }

    /// <summary>Entity types the template reads ("household", "person", "village").</summary>
    public IReadOnlySet<string> EntityTypesRead { get; }

    /// <summary>
    /// True when a change can alter the report: an entity of a read type was created or retired (list membership
    /// changes whatever fields it carries), or a field the template reads changed.
    /// </summary>
    public bool IsAffectedBy(string entityType, bool membershipChanged, IEnumerable<string> fields) =>
        EntityTypesRead.Contains(entityType)
        && (membershipChanged || TypesReadWhole.Contains(entityType) || fields.Any(f => FieldsRead.Contains(entityType + "." + f)));
}
