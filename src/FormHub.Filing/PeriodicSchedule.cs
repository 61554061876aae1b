using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// Which period a periodic field is kept under: the period of the reports that read it. 本月发放金额 is monthly, but
/// 村集体经济组织总收入 is read by a yearly report and kept under the year ("2026"), whichever month it is entered in.
/// </summary>
public sealed class PeriodicSchedule
{
    private readonly TemplateLibrary _library;
    // A reference swapped whole: readers on other threads never see a version with another version's types.
    private sealed record Known(string Version, Dictionary<string, PeriodType> Types);
    private volatile Known? _known;

    public PeriodicSchedule(TemplateLibrary library) => _library = library;

    // Recomputed when the library changes (a template published in the store).
    private Dictionary<string, PeriodType> Types
    {
        get
        {
            var version = _library.Version;
            if (_known is { } known && known.Version == version) return known.Types;
            var types = new Dictionary<string, PeriodType>(StringComparer.Ordinal);
            foreach (var template in _library.AllVersions)
            {
                foreach (var key in template.FieldsRead)
                {
                    // Read by reports of several kinds: keep it at the finest (a monthly value also adds up to a year).
                    var type = template.Template.Period;
                    if (!types.TryGetValue(key, out var had) || type < had) types[key] = type;
                }
            }
            _known = new Known(version, types);
            return types;
        }
    }

    /// <summary>The period a value of <paramref name="entityType"/>.<paramref name="field"/> entered for a filing month belongs to.</summary>
    public Period PeriodFor(string entityType, string field, Period month) =>
        Period.Containing(month.End, Types.GetValueOrDefault(entityType + "." + field, PeriodType.Monthly));

    /// <summary>
    /// Some of a village's entities' periodic values as the form for a month shows them: the month's, and the quarter's or
    /// year's for fields kept so.
    /// </summary>
    public async Task<IReadOnlyList<PeriodicValue>> LoadAsync(IFormHubStore store, string village, Period month, IReadOnlyCollection<Guid> entityIds, CancellationToken ct)
    {
        var keys = new[] { PeriodType.Monthly, PeriodType.Quarterly, PeriodType.Yearly }.Select(t => Period.Containing(month.End, t).Key).Distinct().ToList();
        var values = await store.GetPeriodicValuesAsync(village, keys, entityIds, ct);
        return values.Where(v => PeriodFor(v.EntityType, v.Field, month).Key == v.Period).ToList();
    }
}
