namespace FormHub.Demo;

/// <summary>
/// Household facts and the welfare rolls of one village, drawn where need is: about 5 % of households on 低保 (more
/// often those with severely disabled or only elderly members), about 1 % in 特困供养 (people living alone with no
/// one to support them), about 2 % under 防止返贫监测 with a category, date and risk, 脱贫户 in former poverty
/// villages, and a rare orphan among children raised by their grandparents.
/// </summary>
internal static class HouseholdWelfare
{
    private static readonly string[] Roads = ["建设路", "人民路", "解放路", "新华街", "中山路", "文化路", "和平路", "滨江路"];

    public static void Assign(DemoVillage village, Random rng, DateOnly baseDate, int villagerGroups, bool povertyVillage)
    {
        var households = village.Households;
        var stem = village.Unit.Name.Replace("社区居民委员会", "").Replace("居民委员会", "").Replace("村委会", "");
        for (var i = 0; i < households.Count; i++)
        {
            var h = households[i];
            var f = h.Fields;
            f["household_number"] = village.Code + (i + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            f["address"] = village.Urban
                ? $"{stem}社区{rng.Pick(Roads)}{rng.Between(1, 180)}号"
                : $"{stem}村{rng.Between(1, villagerGroups)}组{rng.Between(1, 60)}号";
            f["house_safety_level"] = rng.Pick(("A级", 0.55), ("B级", 0.4), ("C级", 0.05));
            f["drinking_water_safe"] = rng.Chance(0.99);
            f["sanitary_toilet"] = rng.Chance(village.Urban ? 0.99 : 0.88);
            f["contracted_land_mu"] = village.Urban && rng.Chance(0.6) ? 0m : rng.Between(0.6m, 1.6m, 1) * h.Members.Count;
            h.PovertyAlleviated = !village.Urban && rng.Chance(povertyVillage ? 0.14 : 0.04);
            f["poverty_alleviated"] = h.PovertyAlleviated;
        }

        Monitoring(households, rng, baseDate);
        Tekun(households, rng);
        Dibao(households, rng, baseDate);
        Orphans(households, rng);

        // 收入监测 covers 脱贫户 and monitored households: those still at risk sit just above the poverty line.
        foreach (var h in households.Where(h => h.PovertyAlleviated || h.Monitored))
        {
            h.IncomePerCapita = h.Monitored && !h.RiskEliminated ? rng.Between(650, 980) * 10m : rng.Between(1100, 2600) * 10m;
        }
    }

    private static bool Severe(DemoHousehold h) => h.Members.Any(m => m.DisabilityGrade is "一级" or "二级");

    private static bool ElderlyOnly(DemoHousehold h, DateOnly day) => h.Members.All(m => m.AgeOn(day) >= 60);

    private static void Monitoring(List<DemoHousehold> households, Random rng, DateOnly baseDate)
    {
        var chosen = rng.Draw(households, rng.Share(0.02, households.Count), h =>
            (h.PovertyAlleviated ? 4 : 1) + (h.Members.Any(m => m.DisabilityGrade is not null) ? 2 : 0) + (ElderlyOnly(h, baseDate) ? 1.5 : 0));
        foreach (var h in chosen)
        {
            var f = h.Fields;
            h.Monitored = true;
            f["monitoring_object"] = true;
            f["monitoring_type"] = h.PovertyAlleviated
                ? rng.Pick(("脱贫不稳定户", 0.7), ("突发严重困难户", 0.3))
                : rng.Pick(("边缘易致贫户", 0.7), ("突发严重困难户", 0.3));
            var since = rng.DayBetween(baseDate.AddYears(-3), baseDate.AddDays(-30));
            f["monitoring_date"] = since;
            f["risk_type"] = Severe(h) || h.Members.Any(m => m.DisabilityGrade is not null) && rng.Chance(0.5)
                ? "因残"
                : rng.Pick(("因病", 0.45), ("因学", 0.1), ("因灾", 0.06), ("因意外事故", 0.08), ("因务工就业不稳", 0.14), ("因缺劳动力", 0.12), ("其他", 0.05));
            if (since.AddDays(120) < baseDate && rng.Chance(0.45))
            {
                f["risk_eliminated_date"] = rng.DayBetween(since.AddDays(120), baseDate.AddDays(-1));
                h.RiskEliminated = true;
            }
        }
        foreach (var h in households.Where(h => !h.Monitored)) h.Fields["monitoring_object"] = false;
    }

    private static void Tekun(List<DemoHousehold> households, Random rng)
    {
        // 特困: living alone, old or severely disabled, with no one obliged to support them.
        var candidates = households.Where(h => h.Members.Count == 1 && (h.Head.AgeOn(h.ValidFrom) >= 60 || Severe(h))).ToList();
        foreach (var h in rng.Draw(candidates, rng.Share(0.012, households.Count), h => 1 + h.Head.AgeOn(h.ValidFrom) / 20.0))
        {
            h.Tekun = rng.Chance(0.2) ? "集中供养" : "分散供养";
            h.TekunPersons = 1;
            h.Fields["tekun_persons"] = 1;
            // What the means test and 民政's check established (the 特困 list reads them; income is written with the registers).
            // Taken from the birth date rather than the dice, so every later draw of the demo stays as it was.
            var day = h.Head.BirthDate.DayNumber;
            h.Head.Fields["supporter_status"] = day % 10 < 7 ? "无义务人" : "义务人无履行能力";
            h.Head.Fields["assets_status"] = "符合特困财产规定";
            h.Head.TekunIncome = day * 37 % 4000;
        }
        foreach (var h in households) h.Fields["tekun_status"] = h.Tekun ?? "未纳入";
    }

    private static void Dibao(List<DemoHousehold> households, Random rng, DateOnly baseDate)
    {
        double Need(DemoHousehold h) => 1 + (Severe(h) ? 4 : 0) + (h.Members.Any(m => m.DisabilityGrade is not null) ? 2 : 0)
            + (h.Monitored ? 3 : 0) + (ElderlyOnly(h, baseDate) ? 2 : 0) + (h.PovertyAlleviated ? 1 : 0);
        var eligible = households.Where(h => h.Tekun is null).ToList();
        var covered = rng.Draw(eligible, rng.Share(0.05, households.Count), Need);
        foreach (var h in covered)
        {
            var persons = rng.Chance(0.6) ? h.Members.Count : rng.Between(1, h.Members.Count);
            h.Dibao.Add((baseDate, "在保", persons));
            h.DibaoPerCapita = rng.Between(38, 56) * 10m;
            h.Fields["dibao_status"] = "在保";
            h.Fields["dibao_persons"] = persons;
        }
        // 停保: taken off the rolls earlier, when their income rose.
        foreach (var h in rng.Draw(eligible.Except(covered), rng.Share(0.01, households.Count), Need))
        {
            h.Dibao.Add((baseDate, "停保", 0));
            h.Fields["dibao_status"] = "停保";
        }
        foreach (var h in households.Where(h => !h.Fields.ContainsKey("dibao_status"))) h.Fields["dibao_status"] = "未纳入";
    }

    private static void Orphans(List<DemoHousehold> households, Random rng)
    {
        // Children raised by grandparents with no parent in the household: a few have lost their parents, or have
        // parents who cannot care for them (事实无人抚养).
        foreach (var h in households.Where(h => h.Members.All(m => m.Relation != "子女")))
        {
            foreach (var child in h.Members.Where(m => m.Relation == "孙子女"))
            {
                if (!rng.Chance(0.08)) continue;
                child.OrphanType = rng.Chance(0.55) ? "社会散居孤儿" : "事实无人抚养儿童";
                child.Fields["orphan_type"] = child.OrphanType;
            }
        }
    }
}
