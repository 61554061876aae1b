using FormHub.Core.Periods;

namespace FormHub.Demo;

/// <summary>
/// The village's own facts (村情): land in proportion to its people (about 1.2 亩 of farmland a head in 江西's hills),
/// natural villages and villager groups, infrastructure, the Party organisation that fits its membership, last year's
/// collective-economy accounts (万元; about one village in five below 10 万元) and each month's safety hazards.
/// </summary>
internal static class VillageFacts
{
    /// <summary>Villager groups for a population: the households' addresses need them before the facts are written.</summary>
    public static int VillagerGroups(Random rng, int persons, bool urban) =>
        Math.Min(200, Math.Max(urban ? 2 : 3, persons / 120 + rng.Between(1, 3)));

    public static void Describe(DemoVillage village, Random rng, int villagerGroups, bool povertyVillage)
    {
        var f = village.Fields;
        var persons = village.Persons.Count();
        var urban = village.Urban;
        var cultivated = Math.Round(persons * (urban ? rng.Between(0.05m, 0.3m, 2) : rng.Between(0.8m, 1.6m, 2)), 1);
        f["cultivated_land_mu"] = cultivated;
        f["permanent_farmland_mu"] = Math.Round(cultivated * rng.Between(0.8m, 0.92m, 2), 1);
        f["area_mu"] = Math.Round(cultivated / rng.Between(0.12m, 0.3m, 2) + rng.Between(20, 200), 1);
        var natural = urban ? 0 : Math.Min(villagerGroups, Math.Max(1, persons / 180 + rng.Between(0, 2)));
        f["natural_villages"] = natural;
        f["villager_groups"] = villagerGroups;
        f["cadres"] = rng.Between(5, 9);
        f["poverty_alleviated_village"] = povertyVillage;
        f["road_hardened"] = urban || rng.Chance(0.97);
        f["tap_water_coverage"] = urban ? 100m : rng.Between(78m, 100m, 1);
        f["broadband"] = urban || rng.Chance(0.96);
        f["has_clinic"] = urban || rng.Chance(0.9);
        f["distance_to_township_km"] = urban ? rng.Between(0.3m, 2.5m, 1) : rng.Between(1.5m, 28m, 1);

        var members = village.Persons.Count(p => p.Fields.GetValueOrDefault("party_member") is true);
        f["party_branch_type"] = members switch
        {
            < 3 => "联合党支部",
            < 50 => "党支部",
            < 100 => "党总支",
            _ => "党委",
        };

        Collective(village, rng);
    }

    private static void Collective(DemoVillage village, Random rng)
    {
        var weak = rng.Chance(0.2);
        var income = weak ? rng.Between(3m, 9.9m, 2) : Math.Round(10m + 110m * (decimal)Math.Pow(rng.NextDouble(), 2), 2);
        var expenses = Math.Round(income * rng.Between(0.45m, 0.92m, 2), 2);
        var profit = income - expenses;
        village.Collective["collective_income"] = income;
        village.Collective["operating_income"] = Math.Round(income * rng.Between(0.15m, 0.75m, 2), 2);
        village.Collective["collective_expenses"] = expenses;
        village.Collective["distributed_amount"] = profit > 0 && rng.Chance(0.35) ? Math.Round(profit * rng.Between(0.2m, 0.6m, 2), 2) : 0m;
    }

    /// <summary>
    /// Hazards found, major and fixed for each month: fixes come out of what is still open this year, so the year's
    /// fixes never exceed its finds; a major hazard is always acted on the same month.
    /// </summary>
    public static void Hazards(DemoVillage village, Random rng, IEnumerable<Period> months)
    {
        var mean = 0.8 + village.Persons.Count() / 600.0;
        var open = 0;
        foreach (var month in months)
        {
            if (month.Index == 1) open = 0;
            var found = rng.Poisson(mean);
            var major = found > 0 && rng.Chance(0.05) ? 1 : 0;
            open += found;
            var fixedNow = open == 0 ? 0 : rng.Between((open + 1) / 2, open);
            if (major > 0 && fixedNow == 0) fixedNow = 1;
            open -= fixedNow;
            village.Hazards[month.Key] = (found, major, fixedNow);
        }
    }
}
