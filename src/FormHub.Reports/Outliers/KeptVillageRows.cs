using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports.Outliers;

/// <summary>
/// The village rows a live outlier pass judges with (a township's rows of the period and its history periods), kept
/// parsed between passes. Each pass reads the rows' stamps first, all periods in one read and without payloads, and reads
/// and parses again only a period with a row written since (by this materializer, a rebuild, an approved revision,
/// another server: every write sets the row's stamp anew), so history periods nobody wrote cost no payload read.
/// Bounded: past <see cref="MaxRows"/> rows everything is forgotten and read again.
/// </summary>
internal sealed class KeptVillageRows(IFormHubStore store, TemplateLibrary library)
{
    public const int MaxRows = 20_000;

    private readonly Dictionary<(string Template, int Version, string Period, string Unit), (DateTimeOffset Stamp, IReadOnlyDictionary<string, object?> Values)> _rows = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>How many payload reads the kept rows spared and made (for tests and the bench).</summary>
    public (int Spared, int Read) PeriodReads { get; private set; }

    /// <summary>
    /// The village rows under <paramref name="township"/> of each of <paramref name="periods"/>, by village code, each read
    /// with the template version in force then (none: no rows).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>>> ValuesAsync(string templateId,
        IReadOnlyList<Period> periods, string township, CancellationToken ct)
    {
        var versions = periods.Select(p => library.InForce(templateId, p)?.Template.Version).ToList();
        var wanted = periods.Select((p, i) => (Version: versions[i], Period: p.Key)).Where(w => w.Version is not null)
            .Select(w => (w.Version!.Value, w.Period)).ToList();
        var stamps = (await store.GetReportRowStampsAsync(templateId, wanted, township, OrgLevel.Village, ct))
            .ToLookup(s => (s.Version, s.Period));
        await _gate.WaitAsync(ct);
        try
        {
            var result = new List<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>>(periods.Count);
            var (spared, read) = PeriodReads;
            for (var i = 0; i < periods.Count; i++)
            {
                var values = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.Ordinal);
                result.Add(values);
                if (versions[i] is not { } version) continue;
                var key = periods[i].Key;
                var these = stamps[(version, key)].ToList();
                if (these.Any(s => !_rows.TryGetValue((templateId, version, key, s.UnitCode), out var kept) || kept.Stamp != s.ComputedAt))
                {
                    read++;
                    foreach (var row in await store.GetReportRowsAsync(templateId, version, key, township, OrgLevel.Village, ct))
                    {
                        var at = (templateId, version, key, row.UnitCode);
                        if (!_rows.TryGetValue(at, out var kept) || kept.Stamp != row.ComputedAt) _rows[at] = (row.ComputedAt, ReportRowPayload.Read(row).Values);
                    }
                }
                else spared++;
                // The stamps say which rows exist now (one deleted since is left out); a row written between the two reads
                // is taken as read and checked again next pass.
                foreach (var s in these)
                {
                    if (_rows.TryGetValue((templateId, version, key, s.UnitCode), out var kept)) values[s.UnitCode] = kept.Values;
                }
            }
            PeriodReads = (spared, read);
            if (_rows.Count > MaxRows) _rows.Clear();
            return result;
        }
        finally { _gate.Release(); }
    }

    /// <summary>Forgets every kept row (they are read again on next use).</summary>
    public void Forget()
    {
        _gate.Wait();
        try { _rows.Clear(); }
        finally { _gate.Release(); }
    }
}
