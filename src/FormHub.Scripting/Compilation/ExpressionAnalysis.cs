namespace FormHub.Scripting.Compilation;

/// <summary>What one expression reads, found from its syntax tree (no list to keep in sync by hand).</summary>
internal sealed class ExpressionAnalysis
{
    /// <summary>Catalog keys read, e.g. "household.dibao_status".</summary>
    public HashSet<string> Fields { get; } = [];

    /// <summary>Catalog and derived keys read by name ("person.age"), without the ID number a derived field implies.</summary>
    public HashSet<string> NamedFields { get; } = [];

    public HashSet<string> EntityTypes { get; } = [];

    /// <summary>
    /// Entity types whose items the expression uses in a way not followed field by field (<c>p[name]</c>,
    /// <c>Object.keys(p)</c>, an item or list handed to a function): it may read any of their fields.
    /// </summary>
    public HashSet<string> TypesReadWhole { get; } = [];

    /// <summary>Catalog keys whose history a rule reads through previous(), changedOn() or history().</summary>
    public HashSet<string> HistoryFields { get; } = [];

    /// <summary>Columns read as <c>row.x</c> (same period: these order the evaluation).</summary>
    public HashSet<string> RowReferences { get; } = [];

    /// <summary>Columns read as <c>prev('x')</c> (last period: no ordering needed).</summary>
    public HashSet<string> PreviousReferences { get; } = [];

    /// <summary>
    /// True when the expression may call <c>prev()</c> (names <c>prev</c>, a member <c>prev</c>, or hands the global object on
    /// whole), so its value depends on earlier periods' rows.
    /// </summary>
    public bool ReadsPreviousPeriod { get; set; }

    /// <summary>True when the expression reads entity lists or the village: it cannot be recomputed on a rolled-up row.</summary>
    public bool UsesEntities { get; set; }
}
