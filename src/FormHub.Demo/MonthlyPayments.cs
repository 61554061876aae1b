using FormHub.Core.Periods;

namespace FormHub.Demo;

/// <summary>
/// What 民政 paid a village's people in one month, by its rules: 低保 top-ups for households on 低保 at the month's end,
/// 特困供养金, 高龄津贴 for everyone 80 and over (by age at the month's start), the two disability subsidies (生活补贴 for
/// certified disabled people in 低保 households or certified hardship; 护理补贴 for grades 一级 and 二级) and orphans'
/// basic living allowance. Nobody is paid after leaving the rolls.
/// </summary>
internal static class MonthlyPayments
{
    public const decimal DisabilityLiving = 100m;
    public const decimal OrphanScattered = 1400m;
    public const decimal OrphanCentral = 1900m;

    public static IEnumerable<(DemoEntity Entity, string Field, decimal Amount)> For(DemoVillage village, Period month)
    {
        var end = month.End;
        foreach (var h in village.Households.Where(h => h.PresentOn(end)))
        {
            var (dibao, covered) = h.DibaoOn(end);
            if (dibao == "在保") yield return (h, "dibao_amount", covered * h.DibaoPerCapita);
            if (h.Tekun is { } tekun) yield return (h, "tekun_amount", h.TekunPersons * (tekun == "集中供养" ? 1150m : 820m));
            foreach (var p in h.MembersOn(end))
            {
                if (p.BirthDate <= month.Start && p.AgeOn(month.Start) is >= 80 and var age)
                    yield return (p, "elderly_allowance_amount", age >= 100 ? 500m : age >= 90 ? 100m : 50m);
                if (p.DisabilityGrade is { } grade)
                {
                    if (dibao == "在保" || p.HardshipDisability) yield return (p, "disability_subsidy_amount", DisabilityLiving);
                    if (grade == "一级") yield return (p, "care_subsidy_amount", 120m);
                    else if (grade == "二级") yield return (p, "care_subsidy_amount", 90m);
                }
                if (p.OrphanType is { } orphan) yield return (p, "orphan_allowance_amount", orphan == "集中养育孤儿" ? OrphanCentral : OrphanScattered);
            }
        }
    }
}
