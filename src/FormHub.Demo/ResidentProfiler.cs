using FormHub.Core.Validation;

namespace FormHub.Demo;

/// <summary>
/// Fills in a resident's catalog fields from age, sex and household, at rates like a rural county's: schooling, work
/// and migration (about three in ten working-age adults work away from home), disability (about 6 %), Party membership
/// (about 6 % of adults, more men and older people), chronic disease and health management of the elderly, insurance.
/// Ages are taken on the base date; the reports later read them from the ID number.
/// </summary>
internal static class ResidentProfiler
{
    public static void Profile(DemoPerson p, Random rng, DateOnly baseDate, bool urban)
    {
        var age = p.AgeOn(baseDate);
        var f = p.Fields;
        var student = age is >= 6 and <= 17 ? rng.Chance(0.98) : age is >= 18 and <= 22 && rng.Chance(0.35);

        Disability(p, rng, age);
        var severe = p.DisabilityGrade is "一级" or "二级";

        f["residence_status"] = "在家";
        f["education"] = Education(rng, age, student);
        if (age >= 16 && rng.Chance(age < 75 ? 0.92 : 0.45)) f["phone"] = MobileNumbers.Next(rng);

        Work(p, rng, age, student, severe, urban);
        Health(p, rng, age);

        if (age >= 16 && !student) f["pension_insurance"] = rng.Chance(0.93);
        f["medical_insurance"] = rng.Chance(0.97);
        Party(p, rng, age, baseDate);
    }

    private static void Disability(DemoPerson p, Random rng, int age)
    {
        var rate = age switch { < 18 => 0.018, < 45 => 0.036, < 60 => 0.072, < 80 => 0.13, _ => 0.21 };
        if (!rng.Chance(rate)) return;
        p.DisabilityGrade = rng.Pick(("一级", 0.12), ("二级", 0.2), ("三级", 0.3), ("四级", 0.38));
        p.HardshipDisability = rng.Chance(0.25);
        p.Fields["disability_grade"] = p.DisabilityGrade;
        p.Fields["disability_type"] = age < 18
            ? rng.Pick(("智力", 0.35), ("言语", 0.15), ("肢体", 0.25), ("听力", 0.1), ("多重", 0.15))
            : rng.Pick(("肢体", 0.45), ("视力", 0.12), ("听力", 0.14), ("言语", 0.03), ("智力", 0.1), ("精神", 0.09), ("多重", 0.07));
    }

    private static string Education(Random rng, int age, bool student) => age switch
    {
        < 6 => "学龄前儿童",
        < 12 => "小学",
        < 15 => "初中",
        < 18 => rng.Pick(("高中", 0.75), ("中专", 0.2), ("初中", 0.05)),
        <= 22 when student => rng.Pick(("大专", 0.45), ("本科及以上", 0.55)),
        < 30 => rng.Pick(("初中", 0.25), ("高中", 0.2), ("中专", 0.2), ("大专", 0.2), ("本科及以上", 0.15)),
        < 45 => rng.Pick(("小学", 0.08), ("初中", 0.5), ("高中", 0.17), ("中专", 0.1), ("大专", 0.1), ("本科及以上", 0.05)),
        < 60 => rng.Pick(("文盲或半文盲", 0.03), ("小学", 0.3), ("初中", 0.48), ("高中", 0.14), ("中专", 0.04), ("大专", 0.01)),
        < 75 => rng.Pick(("文盲或半文盲", 0.15), ("小学", 0.5), ("初中", 0.3), ("高中", 0.05)),
        _ => rng.Pick(("文盲或半文盲", 0.45), ("小学", 0.45), ("初中", 0.1)),
    };

    private static void Work(DemoPerson p, Random rng, int age, bool student, bool severe, bool urban)
    {
        var f = p.Fields;
        if (student)
        {
            f["employment_status"] = "在校学生";
            f["labor_ability"] = "无劳动力";
            return;
        }
        if (age < 16)
        {
            f["labor_ability"] = "无劳动力";
            return;
        }
        var farming = urban ? 0.08 : 0.42;
        if (age < 60)
        {
            f["labor_ability"] = severe ? "丧失劳动力"
                : p.DisabilityGrade is not null ? "弱劳动力或半劳动力"
                : rng.Pick(("技能劳动力", 0.25), ("普通劳动力", 0.7), ("弱劳动力或半劳动力", 0.05));
            if (severe)
            {
                f["employment_status"] = "其他";
                return;
            }
            var away = age switch { < 18 => 0.2, < 30 => 0.46, < 45 => 0.4, < 56 => 0.24, _ => 0.05 };
            if (p.DisabilityGrade is null && rng.Chance(away))
            {
                p.Migrant = true;
                f["migrant_worker"] = true;
                f["employment_status"] = "务工";
                f["work_place"] = rng.Pick(("县内乡外", 0.2), ("省内县外", 0.3), ("省外", 0.5));
                f["residence_status"] = "外出";
                if (f["labor_ability"] is "弱劳动力或半劳动力") f["labor_ability"] = "普通劳动力";
                return;
            }
            f["migrant_worker"] = false;
            var job = rng.Pick(("务农", farming), ("务工", 0.2), ("个体经营", urban ? 0.2 : 0.1), ("公益性岗位", 0.05), ("失业", 0.04), ("其他", 0.19));
            f["employment_status"] = job;
            if (job == "务工") f["work_place"] = "乡内";
            return;
        }
        f["migrant_worker"] = false;
        if (age < 70)
        {
            f["labor_ability"] = severe ? "丧失劳动力" : rng.Pick(("普通劳动力", 0.35), ("弱劳动力或半劳动力", 0.55), ("丧失劳动力", 0.1));
            f["employment_status"] = severe ? "其他" : rng.Pick(("务农", urban ? 0.1 : 0.55), ("其他", 0.38), ("公益性岗位", 0.07));
        }
        else
        {
            f["labor_ability"] = severe ? "丧失劳动力" : rng.Pick(("弱劳动力或半劳动力", 0.3), ("丧失劳动力", 0.45), ("无劳动力", 0.25));
            f["employment_status"] = !severe && !urban && rng.Chance(0.15) ? "务农" : "其他";
        }
    }

    private static void Health(DemoPerson p, Random rng, int age)
    {
        var f = p.Fields;
        // 65 and over by the seeded months: the base date is up to two years earlier.
        var elderly = age >= 63;
        if (age >= 18)
        {
            var chronic = rng.Chance(age switch { >= 63 => 0.42, >= 45 => 0.15, _ => 0.03 });
            f["chronic_disease"] = chronic;
            // 基本公共卫生服务 manages the elderly (most of them) and every chronic patient.
            if (chronic) f["health_managed"] = true;
            else if (elderly) f["health_managed"] = rng.Chance(0.62);
            f["family_doctor_signed"] = rng.Chance(elderly ? (chronic ? 0.95 : 0.72) : p.DisabilityGrade is not null ? 0.8 : 0.3);
        }
        else
        {
            f["family_doctor_signed"] = rng.Chance(p.DisabilityGrade is not null ? 0.8 : 0.25);
        }
        if (p.DisabilityGrade == "一级") f["self_care_ability"] = rng.Chance(0.6) ? "完全失能" : "部分失能";
        else if (p.DisabilityGrade == "二级") f["self_care_ability"] = rng.Pick(("部分失能", 0.6), ("完全失能", 0.2), ("完全自理", 0.2));
        else if (age >= 80) f["self_care_ability"] = rng.Pick(("完全自理", 0.65), ("部分失能", 0.23), ("完全失能", 0.12));
        else if (age >= 60) f["self_care_ability"] = rng.Pick(("完全自理", 0.88), ("部分失能", 0.09), ("完全失能", 0.03));
    }

    private static void Party(DemoPerson p, Random rng, int age, DateOnly baseDate)
    {
        if (age < 18) return;
        var male = p.Gender == Gender.Male;
        var rate = age switch
        {
            < 30 => 0.03,
            < 45 => male ? 0.07 : 0.03,
            < 60 => male ? 0.11 : 0.03,
            _ => male ? 0.12 : 0.02,
        };
        p.Fields["party_member"] = false;
        if (!rng.Chance(rate)) return;
        var earliest = p.BirthDate.AddYears(19);
        var latest = baseDate.AddDays(-60);
        if (earliest > latest) return;
        p.Fields["party_member"] = true;
        p.Fields["party_join_date"] = rng.DayBetween(earliest, latest < earliest.AddYears(35) ? latest : earliest.AddYears(35));
    }
}
