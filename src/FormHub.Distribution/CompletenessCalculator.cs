using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Scripting.Compilation;
using FormHub.Filing;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Distribution;

/// <summary>
/// Computes <see cref="Completeness"/> from the submissions of the month a report falls due with: a village files one
/// form per month, and every report of that month (and the quarter's or year's it ends) comes from it. Villages of a
/// county whose reporting had not started that month are not expected to file it (<see cref="FilingCalendar.Applies"/>).
/// </summary>
public sealed class CompletenessCalculator(IFormHubStore store, RegionDirectory regions, TimeProvider clock, FilingCalendar? calendar = null)
{
    /// <summary>The villages under <paramref name="unit"/> whose filing month of <paramref name="reportPeriod"/> is approved (frozen).</summary>
    public async Task<IReadOnlySet<string>> ApprovedVillagesAsync(OrgUnit unit, Period reportPeriod, CancellationToken ct)
    {
        var month = Period.Containing(reportPeriod.End, PeriodType.Monthly);
        return (await store.ListSubmissionsAsync(unit.Code.Value, month.Key, ct)).Where(s => s.IsApproved).Select(s => s.VillageCode).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<Completeness> ForAsync(CompiledTemplate template, Period reportPeriod, OrgUnit unit, CancellationToken ct)
    {
        var tree = await regions.GetAsync(ct);
        var month = Period.Containing(reportPeriod.End, PeriodType.Monthly);
        var villages = (unit.Level == OrgLevel.Village ? [unit] : tree.Descendants(unit.Code, OrgLevel.Village))
            .Where(v => calendar is null || calendar.Applies(v.Code.Value, month)).ToList();
        var due = template.Template.DueDate(reportPeriod);
        var submissions = (await store.ListSubmissionsAsync(unit.Code.Value, month.Key, ct)).ToDictionary(s => s.VillageCode);
        var today = clock.Today();
        int submitted = 0, approved = 0, onTime = 0, revised = 0, revisions = 0;
        var late = new List<LateVillage>();
        foreach (var village in villages)
        {
            var s = submissions.GetValueOrDefault(village.Code.Value) ?? Submission.NewDraft(village.Code.Value, month.Key);
            if (s.Status == SubmissionStatus.Submitted) submitted++;
            if (s.IsApproved) approved++;
            if (s.Revision > 0) revised++;
            revisions += s.Revision;
            if (s.SubmittedAt is { } at && DateOnly.FromDateTime(at.ToOffset(ChinaClock.Offset).DateTime) <= due
                && (s.Status == SubmissionStatus.Submitted || s.IsApproved)) onTime++;
            if (s.Status is SubmissionStatus.Draft or SubmissionStatus.Returned && today > due)
                late.Add(new LateVillage(village.Code.Value, village.Name, tree.Ancestors(village.Code).FirstOrDefault(a => a.Level == OrgLevel.Township)?.Name,
                    s.Status.ToString().ToLowerInvariant()));
        }
        return new Completeness(template.Template.Id, template.Template.Title, reportPeriod.Key, month.Key, due, villages.Count, submitted, approved, onTime,
            revised, revisions, late) { TitleEn = template.Template.TitleEn };
    }
}
