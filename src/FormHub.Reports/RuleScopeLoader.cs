using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Reports;

/// <summary>
/// Reads what a village's record rules run over for one month: every entity type the rules read as of the month's end
/// with the month's periodic values, like a report row's scope, and beside it the records retired by then (a person
/// retired as dead may still have been paid), with their retirement.
/// </summary>
public sealed class RuleScopeLoader(IFormHubStore store)
{
    private readonly VillageScopeLoader _convert = new(store);

    public async Task<RuleRecords> LoadAsync(OrgUnit village, Period month, IEnumerable<string> entityTypes, CancellationToken ct = default)
    {
        // Each periodic field read under its own period (a quarterly field in the month's quarter), as reports read them.
        var periodic = await _convert.LoadPeriodicAsync(village, month, ct);
        var ownKeys = VillageScopeLoader.OwnKeys(month);
        var current = new Dictionary<string, IReadOnlyList<ScriptEntity>>();
        var retired = new Dictionary<string, IReadOnlyList<ScriptEntity>>();
        var retirements = new Dictionary<Guid, (DateOnly, string)>();
        ScriptEntity? villageEntity = null;
        foreach (var type in entityTypes.Distinct())
        {
            var docs = await store.ListAsOfAsync(village.Code.Value, type, month.End, includeRetired: true, ct: ct);
            var now = new List<ScriptEntity>();
            var gone = new List<ScriptEntity>();
            foreach (var doc in docs)
            {
                var entity = _convert.ToScript(doc.Id, type, doc.Fields, periodic.GetValueOrDefault(doc.Id), month, ownKeys);
                if (doc.IsRetiredOn(month.End))
                {
                    gone.Add(entity);
                    retirements[doc.Id] = (doc.Retirement!.Date, ReasonName(doc.Retirement.Reason));
                }
                else now.Add(entity);
            }
            if (type == "village") villageEntity = now.FirstOrDefault();
            else
            {
                current[type] = now;
                retired[type] = gone;
            }
        }
        var scope = new EvaluationScope(new ScriptUnit(village.Code.Value, village.Name, village.Level), month)
        {
            Entities = current,
            Village = villageEntity,
        };
        return new RuleRecords(scope) { Retired = retired, Retirements = retirements };
    }

    /// <summary>The retirement reason as rules read it (and as the roster writes it).</summary>
    public static string ReasonName(RetirementReason reason) => reason switch
    {
        RetirementReason.Death => "死亡",
        RetirementReason.MovedOut => "迁出",
        RetirementReason.Dissolved => "销户",
        RetirementReason.Duplicate => "重复录入",
        _ => "其他",
    };
}
