using FormHub.Core.Validation;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Demo;

/// <summary>One thing a village cadre records on a form: when, what, how many values it enters, and the store calls.</summary>
internal sealed record PlannedChange(DateTimeOffset RecordedAt, string Kind, int Values, Action<IStoreSession> Apply);

/// <summary>
/// The changes a village cadre records in the seeded months, so history, live reports and the burden figure have
/// something to show: deaths (retired with <see cref="RetirementReason.Death"/>; a household left empty is dissolved),
/// daughters marrying out, newborns registered, households newly on 低保 or taken off it, a household newly under
/// monitoring, a risk eliminated, migrant workers come home, new phone numbers. Each person or household changes at most
/// once, and the generated model is updated at once so the month's payments follow.
/// </summary>
internal sealed class CadreChanges
{
    private readonly DemoVillage _village;
    private readonly Random _rng;
    private readonly DemoCalendar _calendar;
    private readonly HashSet<DemoEntity> _touched = [];

    private CadreChanges(DemoVillage village, Random rng, DemoCalendar calendar)
    {
        _village = village;
        _rng = rng;
        _calendar = calendar;
    }

    public static void Plan(DemoVillage village, Random rng, DemoCalendar calendar, IdentityNumbers ids)
    {
        var plan = new CadreChanges(village, rng, calendar);
        var persons = village.Persons.Count();
        var households = village.Households.Count;
        // Rates over the seeded months, a little above real life so that even the small demo county shows each kind.
        var dibao = village.Households.Count(h => h.DibaoOn(calendar.BaseDate).Status == "在保");
        plan.Deaths(rng.Share(0.004, persons));
        plan.MoveOuts(rng.Share(0.003, persons));
        plan.Births(rng.Share(0.003, persons), ids);
        plan.DibaoDecisions(rng.Share(0.006, households), rng.Share(0.12, dibao));
        plan.Monitoring(rng.Share(0.005, households));
        plan.Returns(rng.Share(0.004, persons));
        plan.Phones(rng.Share(0.006, persons));
    }

    private DateOnly Base => _calendar.BaseDate;

    /// <summary>
    /// The seeded months, the current one included, up to the last day anything can have happened: changes recorded after
    /// the last approved month are what the reviewer's 本月变动 lists, so the demo must have some.
    /// </summary>
    private (DateOnly From, DateOnly To) History => (_calendar.Months[0].Start, Min(_calendar.Current.End, _calendar.LastEventDay));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Entered a few days after it happened, during office hours, never after today.</summary>
    private DateTimeOffset Recorded(DateOnly happened, int delayDays = 3)
    {
        var day = Min(happened.AddDays(_rng.Between(0, delayDays)), _calendar.Today);
        return _calendar.At(day, _rng.Between(8, 17), _rng.Between(0, 59));
    }

    private void Add(DateTimeOffset at, string kind, int values, Action<IStoreSession> apply) =>
        _village.Changes.Add(new PlannedChange(at, kind, values, apply));

    private IEnumerable<DemoPerson> Untouched(DateOnly day) =>
        _village.Persons.Where(p => p.PresentOn(day) && !_touched.Contains(p) && !_touched.Contains(p.Household));

    private IEnumerable<DemoHousehold> UntouchedHouseholds(DateOnly day) =>
        _village.Households.Where(h => h.PresentOn(day) && !_touched.Contains(h));

    private void Deaths(int count)
    {
        var (from, to) = History;
        if (from > to) return;
        // Elderly people who are not heads of a household with others in it (a head's death would reshape the register).
        var candidates = Untouched(from).Where(p => p.AgeOn(Base) >= 72 && (p.Relation != "户主" || p.Household.Members.Count == 1));
        foreach (var p in _rng.Draw(candidates, count, p => Math.Pow(p.AgeOn(Base) - 65, 2) * (p.Household.Dibao.Count > 0 ? 0.3 : 1)))
        {
            var day = _rng.DayBetween(from, to);
            var household = p.Household;
            var dissolve = household.Members.Count(m => m.PresentOn(day)) == 1;
            p.LeftOn = day;
            _touched.Add(p);
            if (dissolve)
            {
                household.LeftOn = day;
                _touched.Add(household);
            }
            Add(Recorded(day), "死亡注销", dissolve ? 3 : 2, s =>
            {
                s.Change(p.Id, p.Version, new Dictionary<string, object?> { ["residence_status"] = "已死亡" }, day);
                s.Retire(p.Id, p.Version, day, RetirementReason.Death, "死亡");
                if (dissolve) s.Retire(household.Id, household.Version, day, RetirementReason.Dissolved, "户内人员均已注销");
            });
        }
    }

    private void MoveOuts(int count)
    {
        var (from, to) = History;
        if (from > to) return;
        var pool = Untouched(from).Where(p => p.Relation == "子女" && p.AgeOn(Base) is >= 18 and <= 40).ToList();
        var chosen = _rng.Draw(pool, count, p => p.Gender == Gender.Female && p.AgeOn(Base) is >= 20 and <= 34 ? 5 : 1);
        foreach (var p in chosen)
        {
            var day = _rng.DayBetween(from, to);
            p.LeftOn = day;
            _touched.Add(p);
            var note = p.Gender == Gender.Female ? "婚迁" : "迁往外地";
            Add(Recorded(day, 7), "迁出", 2, s =>
            {
                s.Change(p.Id, p.Version, new Dictionary<string, object?> { ["residence_status"] = "已迁出" }, day);
                s.Retire(p.Id, p.Version, day, RetirementReason.MovedOut, note);
            });
        }
    }

    private void Births(int count, IdentityNumbers ids)
    {
        var (from, to) = History;
        to = Min(to, _calendar.LastEventDay.AddDays(-2));
        if (from > to) return;
        var parents = UntouchedHouseholds(from).Where(h => h.Members.Count < 6 && h.Head.Gender == Gender.Male
            && h.Head.AgeOn(Base) is >= 22 and <= 38 && h.Members.Any(m => m.Relation == "配偶" && m.PresentOn(from))).ToList();
        foreach (var household in _rng.Draw(parents, count))
        {
            var born = _rng.DayBetween(from, to);
            var gender = _rng.Chance(0.52) ? Gender.Male : Gender.Female;
            var baby = new DemoPerson
            {
                Household = household,
                ValidFrom = born,
                Name = household.Lineage + PersonNames.Given(_rng, gender, born.Year),
                Gender = gender,
                BirthDate = born,
                IdNumber = ids.Issue(_rng, born, gender),
                Relation = "子女",
            };
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = baby.Name,
                ["id_number"] = baby.IdNumber,
                ["relation_to_head"] = "子女",
                ["residence_status"] = "在家",
                ["ethnicity"] = household.Head.Fields.GetValueOrDefault("ethnicity") ?? "汉族",
                ["marital_status"] = "未婚",
                ["education"] = "学龄前儿童",
                ["labor_ability"] = "无劳动力",
                ["medical_insurance"] = true,
            };
            household.Members.Add(baby);
            _touched.Add(household);
            _touched.Add(baby);
            // 出生登记 within the month of birth or soon after.
            var registered = Min(born.AddDays(_rng.Between(5, 20)), _calendar.Today);
            Add(_calendar.At(registered, _rng.Between(8, 17), _rng.Between(0, 59)), "新生儿登记", fields.Count + 1, s =>
            {
                fields["household"] = household.Id.ToString();
                baby.Id = s.Create("person", _village.Code, fields, born);
            });
        }
    }

    private void DibaoDecisions(int admitted, int stopped)
    {
        static double Need(DemoHousehold h) => 1 + (h.Members.Any(m => m.DisabilityGrade is not null) ? 3 : 0) + (h.Monitored ? 3 : 0)
            + (h.Members.All(m => m.AgeOn(m.ValidFrom) >= 60) ? 2 : 0);

        // 纳入低保 in the previous month: its payments start that month.
        var month = _calendar.Months[1];
        var (from, to) = (month.Start, Min(month.End, _calendar.LastEventDay));
        if (from <= to)
        {
            var pool = UntouchedHouseholds(from).Where(h => h.Tekun is null && h.DibaoOn(from).Status != "在保").ToList();
            foreach (var h in _rng.Draw(pool, admitted, Need))
            {
                var day = _rng.DayBetween(from, to);
                var members = h.Members.Count(m => m.PresentOn(day));
                var persons = _rng.Chance(0.6) ? members : _rng.Between(1, members);
                h.Dibao.Add((day, "在保", persons));
                h.DibaoPerCapita = _rng.Between(38, 56) * 10m;
                _touched.Add(h);
                Add(Recorded(day), "纳入低保", 2, s => s.Change(h.Id, h.Version,
                    new Dictionary<string, object?> { ["dibao_status"] = "在保", ["dibao_persons"] = persons }, day));
            }
        }

        // 停保 from the first of the current month: its income rose above the line.
        var start = _calendar.Current.Start;
        var stopping = UntouchedHouseholds(start).Where(h => h.DibaoOn(start).Status == "在保").ToList();
        foreach (var h in _rng.Draw(stopping, stopped))
        {
            h.Dibao.Add((start, "停保", 0));
            _touched.Add(h);
            Add(Recorded(start), "停发低保", 2, s => s.Change(h.Id, h.Version,
                new Dictionary<string, object?> { ["dibao_status"] = "停保", ["dibao_persons"] = null }, start));
        }
    }

    private void Monitoring(int identified)
    {
        var month = _calendar.Months[1];
        var (from, to) = (month.Start, Min(month.End, _calendar.LastEventDay));
        if (from <= to)
        {
            var pool = UntouchedHouseholds(from).Where(h => !h.Monitored).ToList();
            foreach (var h in _rng.Draw(pool, identified, h => h.Members.Any(m => m.DisabilityGrade is not null || m.AgeOn(Base) >= 70) ? 3 : 1))
            {
                var day = _rng.DayBetween(from, to);
                h.Monitored = true;
                _touched.Add(h);
                var fields = new Dictionary<string, object?>
                {
                    ["monitoring_object"] = true,
                    ["monitoring_type"] = h.PovertyAlleviated ? "脱贫不稳定户" : _rng.Chance(0.6) ? "突发严重困难户" : "边缘易致贫户",
                    ["monitoring_date"] = day,
                    ["risk_type"] = _rng.Pick(("因病", 0.5), ("因意外事故", 0.2), ("因灾", 0.15), ("因缺劳动力", 0.15)),
                };
                Add(Recorded(day, 5), "新识别监测户", fields.Count, s => s.Change(h.Id, h.Version, fields, day));
            }
        }

        // A monitored household whose risk the township has just confirmed eliminated.
        var (start, end) = (_calendar.Months[0].Start, _calendar.LastEventDay);
        var risky = UntouchedHouseholds(start).Where(h => h.Monitored && !h.RiskEliminated).ToList();
        if (start > end || risky.Count == 0 || !_rng.Chance(0.3)) return;
        var eliminated = _rng.Pick(risky);
        var on = _rng.DayBetween(start, end);
        eliminated.RiskEliminated = true;
        _touched.Add(eliminated);
        Add(Recorded(on), "风险消除", 1, s => s.Change(eliminated.Id, eliminated.Version,
            new Dictionary<string, object?> { ["risk_eliminated_date"] = on }, on));
    }

    private void Returns(int count)
    {
        var (from, to) = (_calendar.Months[1].Start, _calendar.LastEventDay);
        if (from > to) return;
        foreach (var p in _rng.Draw(Untouched(from).Where(p => p.Migrant && p.AgeOn(Base) <= 55), count))
        {
            var day = _rng.DayBetween(from, to);
            p.Migrant = false;
            _touched.Add(p);
            Add(Recorded(day, 10), "返乡", 4, s => s.Change(p.Id, p.Version, new Dictionary<string, object?>
            {
                ["migrant_worker"] = false,
                ["work_place"] = null,
                ["residence_status"] = "在家",
                ["employment_status"] = "务农",
            }, day));
        }
    }

    private void Phones(int count)
    {
        var (from, to) = (_calendar.Months[0].Start, _calendar.LastEventDay);
        if (from > to) return;
        foreach (var p in _rng.Draw(Untouched(from).Where(p => p.Fields.ContainsKey("phone")), count))
        {
            var day = _rng.DayBetween(from, to);
            var phone = MobileNumbers.Next(_rng);
            _touched.Add(p);
            Add(Recorded(day), "更换电话", 1, s => s.Change(p.Id, p.Version, new Dictionary<string, object?> { ["phone"] = phone }, day));
        }
    }
}
