using FormHub.Core.OrgUnits;

namespace FormHub.Demo;

/// <summary>How big a demo county to build, and from which seed.</summary>
internal sealed record SeedSettings(int Villages = SeedSettings.DefaultVillages, int PersonsPerVillage = SeedSettings.DefaultPersons, int Seed = SeedSettings.DefaultSeed)
{
    public const int DefaultVillages = 22;
    public const int DefaultPersons = 120;
    public const int DefaultSeed = 20261123;
    public const int MaxPersons = 5_000;
}

/// <summary>
/// Generates the demo county one village at a time, deterministically: a village's data depends only on the seed, its
/// code and the date (its random stream is seeded from both), except that ID numbers stay unique across the county.
/// Nothing here touches the store; <see cref="DemoCountySeeder"/> writes what this produces.
/// </summary>
internal sealed class DemoCountyGenerator(SeedSettings settings, DemoCalendar calendar, string addressCode)
{
    private readonly IdentityNumbers _ids = new(addressCode);

    public DemoVillage Generate(OrgUnit unit)
    {
        var rng = new Random(Dice.Mix(settings.Seed, unit.Code.Value));
        var baseDate = calendar.BaseDate;
        var village = new DemoVillage { Unit = unit, ValidFrom = baseDate };
        var clans = PersonNames.ClanSurnames(rng);

        for (var remaining = settings.PersonsPerVillage; remaining > 0;)
        {
            var size = Math.Min(remaining, HouseholdComposer.DrawSize(rng));
            var household = new DemoHousehold { Village = village, ValidFrom = baseDate };
            var ethnicity = rng.Chance(0.012) ? "畲族" : "汉族";
            HouseholdComposer.Compose(household, size, rng, clans, _ids, baseDate, ethnicity);
            village.Households.Add(household);
            remaining -= size;
        }
        foreach (var person in village.Persons) ResidentProfiler.Profile(person, rng, baseDate, village.Urban);

        var groups = VillageFacts.VillagerGroups(rng, settings.PersonsPerVillage, village.Urban);
        var povertyVillage = !village.Urban && rng.Chance(0.25);
        HouseholdWelfare.Assign(village, rng, baseDate, groups, povertyVillage);
        VillageFacts.Describe(village, rng, groups, povertyVillage);
        VillageFacts.Hazards(village, rng, calendar.HazardMonths);
        PartyAdmissions(village, rng);
        CadreChanges.Plan(village, rng, calendar, _ids);
        return village;
    }

    /// <summary>A few adults admitted to the Party between the base date and go-live (本年发展党员 of those years), imported back-dated.</summary>
    private void PartyAdmissions(DemoVillage village, Random rng)
    {
        var from = calendar.BaseDate.AddDays(30);
        var to = calendar.First.Start.AddDays(-20);
        if (from > to) return;
        var adults = village.Persons.Where(p => p.AgeOn(calendar.BaseDate) is >= 22 and <= 45 && p.Fields.GetValueOrDefault("party_member") is false).ToList();
        foreach (var p in rng.Draw(adults, rng.Share(0.006, adults.Count)))
        {
            var day = rng.DayBetween(from, to);
            village.Backdated.Add((p, new Dictionary<string, object?> { ["party_member"] = true, ["party_join_date"] = day }, day));
        }
    }
}
