using System.Diagnostics;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Reports;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Demo;

/// <summary>One step of a seed and how far it is, for progress bars.</summary>
internal sealed record SeedProgress(string Step, int Done, int Total);

/// <summary>
/// Writes a generated demo county into a store the way it would have filled up in use, then derives its reports:
/// <list type="number">
/// <item>the regions;</item>
/// <item>at go-live, per village, one import (user <c>seed</c>, <see cref="ChangeSource.Import"/>) of the registers as of
/// the base date: the village, its households and persons, last year's yearly figures, the hazard figures of the twelve
/// months before;</item>
/// <item>then, in the order they happened, each month's payments from 民政 (import, at the month's end), the safety
/// figures the cadre types (user <c>demo-cadre</c>, <see cref="ChangeSource.Form"/>) and the cadre's changes;</item>
/// <item>the reports: last year's yearly reports, then every template for the two previous months and the current one;
/// and the live materializer's cursor moved past all of it, since the rebuild already reflects every change.</item>
/// </list>
/// </summary>
internal sealed class DemoCountySeeder(IFormHubStore store, SeedClock clock, TemplateLibrary library, IProgress<SeedProgress>? progress = null)
{
    public const string ImportUser = "seed";
    public const string CadreUser = "demo-cadre";

    private static readonly string[] HazardFields = ["hazards_found", "major_hazards", "hazards_fixed"];

    private readonly Dictionary<Guid, DemoEntity> _entities = [];

    /// <summary>The months before the current one were filed and approved, as they would have been: their reports are frozen.</summary>
    private async Task ApprovePastMonthsAsync(IReadOnlyList<OrgUnit> villages, DemoCalendar calendar, CancellationToken ct)
    {
        foreach (var month in calendar.Months.Where(m => m != calendar.Current))
        {
            // Five days after the month, or (early in the next month) halfway from its end to now: what the cadre recorded
            // after the approval is the reviewer's 本月变动, which must not be empty on the first days of a month either.
            var fiveDaysOn = new DateTimeOffset(month.End.AddDays(5).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
            var monthOver = new DateTimeOffset(month.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            var halfway = monthOver + (calendar.Now - monthOver) / 2;
            var approvedAt = fiveDaysOn < halfway ? fiveDaysOn : halfway;
            foreach (var village in villages)
            {
                var approved = Submission.NewDraft(village.Code.Value, month.Key) with
                {
                    Status = SubmissionStatus.Approved, UpdatedBy = "reviewer", UpdatedAt = approvedAt, SubmittedAt = approvedAt.AddDays(-1), ApprovedAt = approvedAt,
                };
                await store.SaveSubmissionAsync(approved, 0, new AuditEntry(0, approvedAt, "reviewer", "approve", village.Code.Value, month.Key, "演示数据：历史月份"), ct);
            }
        }
    }

    public async Task<SeedReport> SeedAsync(IReadOnlyList<OrgUnit> regions, SeedSettings settings, DemoCalendar calendar, CancellationToken ct = default)
    {
        var tree = new RegionTree(regions, DemoRegions.FileName);
        var county = tree.All.Single(u => u.Level == OrgLevel.County);
        var villageUnits = tree.Descendants(county.Code, OrgLevel.Village).ToList();
        var writing = Stopwatch.StartNew();
        await store.SaveRegionsAsync(tree.All, ct);

        var generator = new DemoCountyGenerator(settings, calendar, county.Code.Value[..6]);
        var villages = new List<DemoVillage>();
        var tally = new Tally(calendar.Today);
        clock.At = calendar.GoLive;
        foreach (var unit in villageUnits)
        {
            var village = generator.Generate(unit);
            tally.Add(village);
            await ImportAsync(village, calendar, ct);
            villages.Add(village);
            progress?.Report(new SeedProgress("写入户和人员", villages.Count, villageUnits.Count));
        }

        var (changes, values) = await RecordMonthsAsync(villages, calendar, ct);
        clock.At = null;
        writing.Stop();

        var reporting = Stopwatch.StartNew();
        await RebuildAsync(county, calendar, ct);
        await CatchUpLiveCursorAsync(ct);
        reporting.Stop();
        var rows = await CountRowsAsync(tree, county, ct);
        var accounts = await DemoAccounts.SaveAsync(store, tree, county, ct);
        await ApprovePastMonthsAsync(villageUnits, calendar, ct);

        var counts = await store.CountAsync(ct);
        return new SeedReport
        {
            County = county,
            Townships = tree.Descendants(county.Code, OrgLevel.Township).Count,
            Villages = villages.Count,
            Months = calendar.Months,
            LastYear = calendar.LastYear,
            Population = tally.Population,
            CadreChanges = changes,
            CadreValues = values,
            Entities = counts.Entities,
            Events = counts.Events,
            PeriodicValues = counts.PeriodicValues,
            ReportRows = rows,
            Templates = library.Ids.Count(),
            Accounts = accounts,
            WriteTime = writing.Elapsed,
            ReportTime = reporting.Elapsed,
        };
    }

    /// <summary>The registers of one village as of the base date, in one transaction.</summary>
    private async Task ImportAsync(DemoVillage village, DemoCalendar calendar, CancellationToken ct)
    {
        var session = store.OpenSession(ImportUser, ChangeSource.Import);
        var code = village.Code;
        village.Id = session.Create("village", code, village.Fields, village.ValidFrom);
        foreach (var household in village.Households)
        {
            household.Id = session.Create("household", code, household.Fields, household.ValidFrom);
            foreach (var person in household.Members.Where(m => m.ValidFrom == village.ValidFrom))
            {
                person.Fields["household"] = household.Id.ToString();
                person.Id = session.Create("person", code, person.Fields, person.ValidFrom);
            }
        }
        foreach (var (entity, fields, validFrom) in village.Backdated) session.Change(entity.Id, entity.Version, fields, validFrom);

        foreach (var (field, value) in village.Collective) session.SetPeriodic(village.Id, field, calendar.LastYear.Key, value);
        foreach (var month in calendar.BackfilledHazardMonths) SetHazards(session, village, month);
        foreach (var household in village.Households.Where(h => h.IncomePerCapita is not null))
            session.SetPeriodic(household.Id, "per_capita_net_income", calendar.LastYear.Key, household.IncomePerCapita);
        foreach (var person in village.Households.SelectMany(h => h.Members).Where(p => p.TekunIncome is not null && p.ValidFrom == village.ValidFrom))
        {
            foreach (var year in calendar.Months.Select(m => Period.Containing(m.Start, PeriodType.Yearly)).Distinct())
                session.SetPeriodic(person.Id, "annual_income", year.Key, person.TekunIncome);
        }

        await SaveAsync(session, ct, village.Households.SelectMany(h => h.Members.Cast<DemoEntity>().Prepend(h)).Prepend(village));
        village.Trim();
        foreach (var household in village.Households)
        {
            household.Trim();
            foreach (var person in household.Members) person.Trim();
        }
    }

    private static void SetHazards(IStoreSession session, DemoVillage village, Period month)
    {
        var (found, major, fixedCount) = village.Hazards[month.Key];
        long[] values = [found, major, fixedCount];
        for (var i = 0; i < HazardFields.Length; i++) session.SetPeriodic(village.Id, HazardFields[i], month.Key, values[i]);
    }

    private async Task SaveAsync(IStoreSession session, CancellationToken ct, IEnumerable<DemoEntity>? created = null)
    {
        if (created is not null)
        {
            foreach (var entity in created) _entities[entity.Id] = entity;
        }
        var result = await session.SaveChangesAsync(ct);
        foreach (var (id, version) in result.Versions)
        {
            if (_entities.TryGetValue(id, out var entity)) entity.Version = version;
        }
    }

    /// <summary>One write, as it happened: its moment, who entered it, and the store calls.</summary>
    private sealed record Entry(DateTimeOffset At, string User, ChangeSource Source, int Values, string? Change, Action<IStoreSession> Apply);

    /// <summary>The seeded months' payments, hazard figures and cadre changes, written in the order they were recorded.</summary>
    private async Task<(IReadOnlyDictionary<string, int> Changes, int Values)> RecordMonthsAsync(List<DemoVillage> villages, DemoCalendar calendar, CancellationToken ct)
    {
        var entries = new List<Entry>();
        foreach (var village in villages)
        {
            foreach (var month in calendar.Months)
            {
                // 民政 pushes the month's payment roll at the end of the month; the cadre files the safety check on the 25th.
                entries.Add(new Entry(calendar.At(month.End, 18), ImportUser, ChangeSource.Import, 0, null, session =>
                {
                    foreach (var (entity, field, amount) in MonthlyPayments.For(village, month)) session.SetPeriodic(entity.Id, field, month.Key, amount);
                }));
                entries.Add(new Entry(calendar.At(new DateOnly(month.Year, month.Index, 25), 16, 30), CadreUser, ChangeSource.Form, 3, null,
                    session => SetHazards(session, village, month)));
            }
            entries.AddRange(village.Changes.Select(c => new Entry(c.RecordedAt, CadreUser, ChangeSource.Form, c.Values, c.Kind, c.Apply)));
        }

        var ordered = entries.OrderBy(e => e.At).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            clock.At = entry.At;
            var session = store.OpenSession(entry.User, entry.Source);
            entry.Apply(session);
            await SaveAsync(session, ct);
            if (i % 50 == 0 || i == ordered.Count - 1) progress?.Report(new SeedProgress("记录近三个月的变更和发放", i + 1, ordered.Count));
        }
        var cadre = entries.Where(e => e.Change is not null).ToList();
        return (cadre.GroupBy(e => e.Change!).ToDictionary(g => g.Key, g => g.Count()), cadre.Sum(e => e.Values));
    }

    /// <summary>Derives every report of the seeded history.</summary>
    private async Task RebuildAsync(OrgUnit county, DemoCalendar calendar, CancellationToken ct)
    {
        var evaluator = new TemplateEvaluator();
        var narrative = new NarrativeRenderer();
        // Last year's yearly reports, then each seeded month's: its monthly reports and the quarter's and year's not
        // derived yet (the current quarter and year once, not once per month). A template reading prev() gets its
        // missing earlier months derived first by the rebuild itself.
        var done = new HashSet<(string Template, string Period)>();
        var work = new List<(TemplateLibrary Library, Period Period)>();
        foreach (var period in calendar.Months.Prepend(calendar.LastYear))
        {
            var ids = library.InForceOn(period.Start)
                .Where(w => (period.Type == PeriodType.Monthly || w.Period.Type == period.Type) && done.Add((w.Template.Template.Id, w.Period.Key)))
                .Select(w => w.Template.Template.Id)
                .ToHashSet();
            if (ids.Count > 0) work.Add((new TemplateLibrary(library.AllVersions.Where(t => ids.Contains(t.Template.Id))), period));
        }
        for (var i = 0; i < work.Count; i++)
        {
            var (templates, period) = work[i];
            var deriver = new ReportDeriver(store, templates, evaluator, narrative);
            await deriver.RebuildAsync(county.Code, period, ct: ct);
            progress?.Report(new SeedProgress("生成报表", i + 1, work.Count));
        }
    }

    /// <summary>The report rows stored for the county, its villages and townships, and the units above it.</summary>
    private async Task<int> CountRowsAsync(RegionTree tree, OrgUnit county, CancellationToken ct)
    {
        var top = tree.Ancestors(county.Code).Append(county).MinBy(u => u.Level)!;
        var rows = 0;
        var reported = await store.GetReportPeriodsAsync(county.Code.Value, ct);
        foreach (var template in library.AllVersions)
        {
            foreach (var period in reported.Of(template.Template.Id, template.Template.Version))
                rows += (await store.GetReportRowsAsync(template.Template.Id, template.Template.Version, period, top.Code.Value, ct: ct)).Count;
        }
        return rows;
    }

    /// <summary>
    /// Moves the live materializer past every change just written: the rebuild already derived from all of them, and
    /// replaying them would only derive the same rows again (plus rows for the base month nobody asked for).
    /// </summary>
    private async Task CatchUpLiveCursorAsync(CancellationToken ct)
    {
        // A sharded store has one feed per shard.
        foreach (var feed in FormHub.Storage.Shards.ShardedFormHubStore.FeedsOf(store))
            await feed.SetCursorAsync(LiveReportMaterializer.CursorName, await feed.GetFeedEndAsync(ct), ct);
    }

    /// <summary>Counts for the summary, taken from the generated model before it is trimmed.</summary>
    private sealed class Tally(DateOnly today)
    {
        private int _households, _persons, _aged60, _aged80, _aged90, _minors, _dibao, _tekun, _monitored, _disabled, _party, _migrants, _orphans;

        public void Add(DemoVillage village)
        {
            var admitted = village.Backdated.Select(b => b.Entity).ToHashSet();
            foreach (var h in village.Households.Where(h => h.PresentOn(today)))
            {
                _households++;
                if (h.DibaoOn(today).Status == "在保") _dibao++;
                if (h.Tekun is not null) _tekun++;
                if (h.Monitored) _monitored++;
                foreach (var p in h.MembersOn(today))
                {
                    _persons++;
                    var age = p.AgeOn(today);
                    if (age >= 60) _aged60++;
                    if (age >= 80) _aged80++;
                    if (age >= 90) _aged90++;
                    if (age < 18) _minors++;
                    if (p.DisabilityGrade is not null) _disabled++;
                    if (p.Migrant) _migrants++;
                    if (p.OrphanType is not null) _orphans++;
                    if (p.Fields.GetValueOrDefault("party_member") is true || admitted.Contains(p)) _party++;
                }
            }
        }

        public Population Population => new(_households, _persons, _aged60, _aged80, _aged90, _minors,
            _dibao, _tekun, _monitored, _disabled, _party, _migrants, _orphans);
    }
}
