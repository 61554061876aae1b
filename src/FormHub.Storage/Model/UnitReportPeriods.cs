namespace FormHub.Storage.Model;

/// <summary>
/// The periods a unit's report rows are stored for, per template version, read in one query: the live materializer asks
/// it once per changed village instead of once per template version.
/// </summary>
public sealed class UnitReportPeriods
{
    private readonly Dictionary<(string TemplateId, int Version), IReadOnlyList<string>> _byVersion;

    private UnitReportPeriods(Dictionary<(string, int), IReadOnlyList<string>> byVersion) => _byVersion = byVersion;

    /// <summary>The template versions with rows for the unit.</summary>
    public IEnumerable<(string TemplateId, int Version)> Versions => _byVersion.Keys;

    /// <summary>The periods stored for one template version, oldest first; empty when it has no row for the unit.</summary>
    public IReadOnlyList<string> Of(string templateId, int version) => _byVersion.GetValueOrDefault((templateId, version)) ?? [];

    /// <summary>
    /// Only the templates <paramref name="since"/> names, each with its periods at or after (ordinal) the key named; all
    /// when null.
    /// </summary>
    public UnitReportPeriods Since(IReadOnlyDictionary<string, string>? since) =>
        since is null ? this
            : From(_byVersion.Where(v => since.ContainsKey(v.Key.TemplateId))
                .SelectMany(v => v.Value.Where(p => string.CompareOrdinal(p, since[v.Key.TemplateId]) >= 0).Select(p => (v.Key.TemplateId, v.Key.Version, p))));

    /// <summary>Groups the (template, version, period) keys of a unit's rows, in any order.</summary>
    public static UnitReportPeriods From(IEnumerable<(string TemplateId, int Version, string Period)> rows) =>
        new(rows.GroupBy(r => (r.TemplateId, r.Version))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Period).Order(StringComparer.Ordinal).ToList()));
}
