using FormHub.Core.Validation;

namespace FormHub.Demo;

/// <summary>
/// Builds one household's members as a rural 江西 household register shows them: sizes 1–6 (about 3 on average),
/// elderly people living alone or as couples, young families, three generations under one roof, and grandparents
/// raising grandchildren whose parents work far away. Relations, ages, genders and surnames fit together: a spouse is
/// of the other sex and married in from another family, children are 22–32 years younger than their parent and carry
/// the family surname, a head's parents are older than the head.
/// </summary>
internal static class HouseholdComposer
{
    private enum Kind { Head, Spouse, Child, Parent, Grandchild, ChildSpouse }

    /// <summary>One member as planned: relation, sex, age on the base date, marital status.</summary>
    private sealed record Plan(Kind Kind, Gender Gender, int Age, string Marital);

    public static int DrawSize(Random rng) =>
        rng.Pick((1, 0.16), (2, 0.26), (3, 0.22), (4, 0.19), (5, 0.11), (6, 0.06));

    /// <summary>Adds <paramref name="size"/> members to <paramref name="household"/>, the head first.</summary>
    public static void Compose(DemoHousehold household, int size, Random rng, IReadOnlyList<string> clans, IdentityNumbers ids, DateOnly baseDate, string ethnicity)
    {
        var plans = Plans(rng, size);
        var head = plans[0];
        var surname = PersonNames.Surname(rng, clans);
        // A widow heading the household raised her children under her late husband's surname.
        var lineage = head.Gender == Gender.Male ? surname : PersonNames.OtherSurname(rng, surname);
        household.Lineage = lineage;
        foreach (var plan in plans)
        {
            var memberSurname = plan.Kind switch
            {
                Kind.Head => surname,
                Kind.Spouse or Kind.ChildSpouse => PersonNames.OtherSurname(rng, lineage),
                Kind.Parent => plan.Gender == Gender.Male ? surname : PersonNames.OtherSurname(rng, surname),
                _ => lineage,
            };
            var birth = baseDate.AddYears(-plan.Age).AddDays(-rng.Next(1, 365));
            var person = new DemoPerson
            {
                Household = household,
                ValidFrom = baseDate,
                Name = memberSurname + PersonNames.Given(rng, plan.Gender, birth.Year),
                Gender = plan.Gender,
                BirthDate = birth,
                IdNumber = ids.Issue(rng, birth, plan.Gender),
                Relation = plan.Kind switch
                {
                    Kind.Head => "户主",
                    Kind.Spouse => "配偶",
                    Kind.Child => "子女",
                    Kind.Parent => "父母",
                    Kind.Grandchild => "孙子女",
                    _ => "其他",
                },
            };
            person.Fields["name"] = person.Name;
            person.Fields["id_number"] = person.IdNumber;
            person.Fields["relation_to_head"] = person.Relation;
            person.Fields["marital_status"] = plan.Marital;
            person.Fields["ethnicity"] = plan.Kind is Kind.Spouse or Kind.ChildSpouse && rng.Chance(0.02) ? rng.Pick(["畲族", "苗族", "壮族", "其他"]) : ethnicity;
            household.Members.Add(person);
        }
        household.Fields["name"] = household.Head.Name;
    }

    private static List<Plan> Plans(Random rng, int size)
    {
        var plans = new List<Plan>();
        switch (size)
        {
            case 1:
                if (rng.Chance(0.48))
                {
                    plans.Add(new Plan(Kind.Head, rng.Chance(0.58) ? Gender.Female : Gender.Male, ElderAge(rng),
                        rng.Pick(("丧偶", 0.75), ("离婚", 0.1), ("未婚", 0.15))));
                }
                else
                {
                    plans.Add(new Plan(Kind.Head, rng.Chance(0.7) ? Gender.Male : Gender.Female, rng.Between(25, 59),
                        rng.Pick(("未婚", 0.55), ("离婚", 0.35), ("丧偶", 0.1))));
                }
                break;
            case 2:
                switch (rng.NextDouble())
                {
                    case < 0.38:
                        Couple(rng, plans, Math.Max(58, ElderAge(rng)));
                        break;
                    case < 0.58:
                        var parent = new Plan(Kind.Head, rng.Chance(0.6) ? Gender.Female : Gender.Male, rng.Between(55, 88), "丧偶");
                        plans.Add(parent);
                        Children(rng, plans, parent.Age, 1, minimumAge: 18);
                        break;
                    case < 0.8:
                        Couple(rng, plans, rng.Between(23, 35));
                        break;
                    default:
                        var single = new Plan(Kind.Head, rng.Chance(0.5) ? Gender.Female : Gender.Male, rng.Between(30, 48), rng.Pick(("离婚", 0.5), ("丧偶", 0.5)));
                        plans.Add(single);
                        Children(rng, plans, single.Age, 1, maximumAge: 17);
                        break;
                }
                break;
            case 3:
                switch (rng.NextDouble())
                {
                    case < 0.55:
                        Children(rng, plans, Couple(rng, plans, rng.Between(26, 58)), 1);
                        break;
                    case < 0.75:
                        Parents(rng, plans, Couple(rng, plans, rng.Between(28, 55)), 1);
                        break;
                    case < 0.9:
                        Children(rng, plans, Couple(rng, plans, rng.Between(52, 72)), 1, minimumAge: 18);
                        break;
                    default:
                        Grandchildren(rng, plans, Couple(rng, plans, rng.Between(52, 72)), 1);
                        break;
                }
                break;
            case 4:
                switch (rng.NextDouble())
                {
                    case < 0.5:
                        Children(rng, plans, Couple(rng, plans, rng.Between(30, 58)), 2);
                        break;
                    case < 0.75:
                        var age = Couple(rng, plans, rng.Between(28, 52));
                        Children(rng, plans, age, 1);
                        Parents(rng, plans, age, 1);
                        break;
                    case < 0.9:
                        ThreeGenerations(rng, plans, withDaughterInLaw: false, grandchildren: 1);
                        break;
                    default:
                        Grandchildren(rng, plans, Couple(rng, plans, rng.Between(52, 70)), 2);
                        break;
                }
                break;
            case 5:
                switch (rng.NextDouble())
                {
                    case < 0.35:
                        var age = Couple(rng, plans, rng.Between(30, 52));
                        Children(rng, plans, age, 2);
                        Parents(rng, plans, age, 1);
                        break;
                    case < 0.6:
                        Children(rng, plans, Couple(rng, plans, rng.Between(32, 50)), 3);
                        break;
                    default:
                        ThreeGenerations(rng, plans, withDaughterInLaw: true, grandchildren: 1);
                        break;
                }
                break;
            default:
                if (rng.Chance(0.45))
                {
                    var age = Couple(rng, plans, rng.Between(30, 50));
                    Children(rng, plans, age, 2);
                    Parents(rng, plans, age, 2);
                }
                else
                {
                    ThreeGenerations(rng, plans, withDaughterInLaw: true, grandchildren: 2);
                }
                break;
        }
        return plans;
    }

    /// <summary>Age of someone old enough to live alone or as an elderly couple: mostly 60–79, some 80–89, a few over 90.</summary>
    private static int ElderAge(Random rng) => rng.Pick((0, 0.42), (1, 0.36), (2, 0.18), (3, 0.04)) switch
    {
        0 => rng.Between(60, 69),
        1 => rng.Between(70, 79),
        2 => rng.Between(80, 89),
        _ => rng.Between(90, 97),
    };

    /// <summary>A married head (a man) and his wife, zero to five years younger; returns the head's age.</summary>
    private static int Couple(Random rng, List<Plan> plans, int headAge)
    {
        plans.Add(new Plan(Kind.Head, Gender.Male, headAge, "已婚"));
        plans.Add(new Plan(Kind.Spouse, Gender.Female, Math.Max(20, headAge - rng.Between(0, 5)), "已婚"));
        return headAge;
    }

    private static void Children(Random rng, List<Plan> plans, int parentAge, int count, int minimumAge = 0, int maximumAge = 60)
    {
        var age = parentAge - rng.Between(22, 32);
        for (var i = 0; i < count; i++)
        {
            var child = Math.Clamp(age, Math.Min(minimumAge, parentAge - 18), Math.Min(maximumAge, parentAge - 18));
            plans.Add(new Plan(Kind.Child, rng.Chance(0.52) ? Gender.Male : Gender.Female, Math.Max(0, child), "未婚"));
            age -= rng.Between(2, 6);
        }
    }

    private static void Parents(Random rng, List<Plan> plans, int headAge, int count)
    {
        var father = Math.Min(97, headAge + rng.Between(24, 32));
        if (count == 2)
        {
            plans.Add(new Plan(Kind.Parent, Gender.Male, father, "已婚"));
            plans.Add(new Plan(Kind.Parent, Gender.Female, Math.Max(headAge + 20, father - rng.Between(0, 5)), "已婚"));
        }
        else
        {
            // The surviving parent is more often the mother.
            plans.Add(new Plan(Kind.Parent, rng.Chance(0.65) ? Gender.Female : Gender.Male, father, "丧偶"));
        }
    }

    private static void Grandchildren(Random rng, List<Plan> plans, int grandparentAge, int count)
    {
        var age = Math.Min(14, grandparentAge - 46 - rng.Between(0, 8));
        for (var i = 0; i < count; i++)
        {
            plans.Add(new Plan(Kind.Grandchild, rng.Chance(0.52) ? Gender.Male : Gender.Female, Math.Clamp(age, 3, 14), "未婚"));
            age -= rng.Between(2, 4);
        }
    }

    /// <summary>An older couple, their married son (and his wife) and the son's children.</summary>
    private static void ThreeGenerations(Random rng, List<Plan> plans, bool withDaughterInLaw, int grandchildren)
    {
        var headAge = Couple(rng, plans, rng.Between(50, 68));
        var son = headAge - rng.Between(23, 30);
        plans.Add(new Plan(Kind.Child, Gender.Male, son, "已婚"));
        if (withDaughterInLaw) plans.Add(new Plan(Kind.ChildSpouse, Gender.Female, Math.Max(20, son - rng.Between(0, 4)), "已婚"));
        var age = son - rng.Between(22, 30);
        for (var i = 0; i < grandchildren; i++)
        {
            plans.Add(new Plan(Kind.Grandchild, rng.Chance(0.52) ? Gender.Male : Gender.Female, Math.Max(0, age), "未婚"));
            age -= rng.Between(2, 5);
        }
    }
}
