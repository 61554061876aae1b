using FormHub.Core.Periods;
using FormHub.Scripting.Compilation;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// The township village rows a live pass's rollups read back (by template, version, period and township), just after
/// the pass saved its villages' rows: the outliers judge the same period's rows, so they take these instead of reading
/// them again. Stored rows as read, parsed by each reader as it would parse a read of its own.
/// </summary>
public sealed class PassRows
{
    private readonly Dictionary<(string Template, int Version, string Period, string Township), IReadOnlyList<StoredReportRow>> _rows = [];

    internal void Add(string templateId, int version, string period, string township, IReadOnlyList<StoredReportRow> rows) =>
        _rows[(templateId, version, period, township)] = rows;

    private readonly HashSet<(string Village, CompiledTemplate Template, Period Period)> _derived = [];

    /// <summary>Notes a village row the pass wrote (derived, and different from the row stored before).</summary>
    internal void Derived(string village, CompiledTemplate template, Period period) => _derived.Add((village, template, period));

    /// <summary>
    /// Of <paramref name="work"/>, the villages' (template, period) rows the pass wrote: those left as stored changed
    /// nothing an outlier reads.
    /// </summary>
    public IReadOnlyCollection<VillageWork> Written(IEnumerable<VillageWork> work) =>
        work.Select(v => v with { Work = v.Work.Where(w => _derived.Contains((v.Village.Code.Value, w.Template, w.Period))).ToList() })
            .Where(v => v.Work.Count > 0).ToList();

    /// <summary>The village rows of the township as the pass read them, or null when the pass read none of that scope.</summary>
    public IReadOnlyList<StoredReportRow>? VillagesOf(string templateId, int version, string period, string township) =>
        _rows.GetValueOrDefault((templateId, version, period, township));
}
