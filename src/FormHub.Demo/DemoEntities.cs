using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Validation;

namespace FormHub.Demo;

/// <summary>
/// A generated record on its way into the store: the catalog fields it is created with, when it joins and leaves the
/// rolls, and its id and version once written. <see cref="Fields"/> is dropped after the import (see <see cref="Trim"/>)
/// so a county-scale seed keeps only what the later months need.
/// </summary>
internal abstract class DemoEntity
{
    public Guid Id { get; set; }

    /// <summary>The version last written (1 after the create), for the next change's concurrency check.</summary>
    public long Version { get; set; } = 1;

    /// <summary>The catalog fields it is created with.</summary>
    public Dictionary<string, object?> Fields { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The day it joins the rolls (the registers' base date, or a birth).</summary>
    public required DateOnly ValidFrom { get; init; }

    /// <summary>The day it leaves the rolls (death, moving out, household dissolved), if it does.</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>On the rolls on <paramref name="day"/>, as the store's as-of reads count it.</summary>
    public bool PresentOn(DateOnly day) => ValidFrom <= day && (LeftOn is null || LeftOn > day);

    public void Trim() => Fields = new(StringComparer.Ordinal);
}

/// <summary>A 村（居）委会 and its households.</summary>
internal sealed class DemoVillage : DemoEntity
{
    public required OrgUnit Unit { get; init; }

    public string Code => Unit.Code.Value;

    /// <summary>居委会 (codes 001–199): a town community, with little farming.</summary>
    public bool Urban => Unit.Code.VillageKind == VillageKind.ResidentsCommittee;

    public List<DemoHousehold> Households { get; } = [];

    public IEnumerable<DemoPerson> Persons => Households.SelectMany(h => h.Members);

    /// <summary>The yearly collective-economy figures of the last full year (万元), by field.</summary>
    public Dictionary<string, decimal> Collective { get; } = new(StringComparer.Ordinal);

    /// <summary>Safety hazards found, major among them, and fixed, by month key.</summary>
    public Dictionary<string, (long Found, long Major, long Fixed)> Hazards { get; } = new(StringComparer.Ordinal);

    /// <summary>Changes that took effect between the base date and go-live, imported with the registers (e.g. Party admissions).</summary>
    public List<(DemoEntity Entity, Dictionary<string, object?> Fields, DateOnly ValidFrom)> Backdated { get; } = [];

    /// <summary>What the cadre records during the seeded months, in no particular order.</summary>
    public List<PlannedChange> Changes { get; } = [];
}

/// <summary>A 户: its members (the head first) and its welfare status over time.</summary>
internal sealed class DemoHousehold : DemoEntity
{
    public required DemoVillage Village { get; init; }

    public List<DemoPerson> Members { get; } = [];

    public DemoPerson Head => Members[0];

    /// <summary>The surname the household's children carry.</summary>
    public string Lineage { get; set; } = "";

    /// <summary>Last year's net income per head (元), surveyed for 脱贫户 and monitored households only.</summary>
    public decimal? IncomePerCapita { get; set; }

    /// <summary>低保 status from a day on, oldest first (empty: 未纳入 throughout).</summary>
    public List<(DateOnly From, string Status, int Persons)> Dibao { get; } = [];

    /// <summary>The monthly 低保 top-up per covered person (元).</summary>
    public decimal DibaoPerCapita { get; set; }

    /// <summary>集中供养, 分散供养 or null.</summary>
    public string? Tekun { get; set; }

    public int TekunPersons { get; set; }

    public bool Monitored { get; set; }

    /// <summary>Has a recorded date on which its risk was eliminated.</summary>
    public bool RiskEliminated { get; set; }

    public bool PovertyAlleviated { get; set; }

    public (string Status, int Persons) DibaoOn(DateOnly day)
    {
        var current = ("未纳入", 0);
        foreach (var (from, status, persons) in Dibao)
        {
            if (from <= day) current = (status, persons);
        }
        return current;
    }

    public IEnumerable<DemoPerson> MembersOn(DateOnly day) => Members.Where(m => m.PresentOn(day));
}

/// <summary>A resident: who they are (from the ID number) and what the monthly payments depend on.</summary>
internal sealed class DemoPerson : DemoEntity
{
    public required DemoHousehold Household { get; init; }

    public required string Name { get; init; }

    public required Gender Gender { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string IdNumber { get; init; }

    public required string Relation { get; init; }

    public string? DisabilityGrade { get; set; }

    /// <summary>For a 特困 person: the year's income the means test found (yuan), kept under each year the demo covers.</summary>
    public decimal? TekunIncome { get; set; }

    /// <summary>Receives 困难残疾人生活补贴 although the household is not on 低保 (other hardship certified by 残联).</summary>
    public bool HardshipDisability { get; set; }

    public string? OrphanType { get; set; }

    public bool Migrant { get; set; }

    /// <summary>Full years on <paramref name="day"/> (0 before birth).</summary>
    public int AgeOn(DateOnly day) => day < BirthDate ? 0 : DerivedFields.YearsBetween(BirthDate, day);
}
