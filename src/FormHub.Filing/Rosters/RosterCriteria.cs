using FormHub.Core.Catalog;
using FormHub.Core.Text;

namespace FormHub.Filing.Rosters;

/// <summary>
/// The roster filters a URL may name, parsed and checked against the catalog: <c>age</c>, <c>status</c>, and the facts
/// <c>dibao</c>, <c>tekun</c>, <c>disability</c>, <c>retiree</c> (<c>=true</c>), and <c>check</c> (a rule id, or <c>any</c>: records
/// failing a check this month). A fact whose field the catalog does not keep is refused with the reason, never silently
/// ignored. To add a filter, add its key to <see cref="Keys"/> and a case below.
/// </summary>
public static class RosterCriteria
{
    /// <summary>The key of the failing-checks filter; the caller reads the findings it needs (<see cref="RosterFindings"/>) when the URL has it.</summary>
    public const string CheckKey = "check";

    public static IReadOnlyList<string> Keys { get; } = ["age", "status", "dibao", "tekun", "disability", "retiree", CheckKey];

    private static readonly FactCriterion[] Facts =
    [
        new("dibao", FactCriterion.Household, "dibao_status", new HashSet<string> { "在保" }, new("低保（在保）", "minimum living allowance")),
        new("tekun", FactCriterion.Household, "tekun_status", new HashSet<string> { "集中供养", "分散供养" }, new("特困供养", "extreme-poverty support")),
        new("disability", FactCriterion.Person, "disability_grade", null, new("残疾", "disability")),
        new("retiree", FactCriterion.Person, "employment_status", new HashSet<string> { "退休" }, new("退休", "retired from work")),
    ];

    /// <summary>
    /// The criteria named in <paramref name="query"/> for a roster of <paramref name="entityType"/>; keys that are not
    /// filters are left alone (paging, search). The status defaults to 在册 (current records).
    /// </summary>
    public static (IReadOnlyList<RosterCriterion> Criteria, LocalizedText? Error) Parse(FieldCatalog catalog, string entityType,
        IEnumerable<KeyValuePair<string, string?>> query, RosterFindings? findings = null)
    {
        var criteria = new List<RosterCriterion>();
        foreach (var (key, raw) in query)
        {
            if (!Keys.Contains(key) || string.IsNullOrWhiteSpace(raw)) continue;
            var value = raw.Trim();
            RosterCriterion? criterion;
            switch (key)
            {
                case "age":
                    if (!DerivedFields.AppliesTo(catalog, entityType))
                        return ([], new($"{entityType} 没有年龄，不能按年龄段筛选。", $"{entityType} records have no age to filter by."));
                    criterion = AgeBandCriterion.Parse(value);
                    if (criterion is null)
                        return ([], new($"年龄段“{value}”写法不对：应为“起-止”（如 60-79）或“起-”（如 80-），0 到 150 岁。",
                            $"Age band '{value}' is malformed: write FROM-TO (60-79) or FROM- (80-), ages 0 to 150."));
                    break;
                case "status":
                    criterion = RecordStatusCriterion.Parse(value);
                    if (criterion is null)
                        return ([], new($"状态“{value}”不认识：可用 current（在册）、all（全部）、retired（已注销）或注销原因 death、movedOut、dissolved、duplicate、other。",
                            $"Unknown status '{value}': use current, all, retired or a retirement reason (death, movedOut, dissolved, duplicate, other)."));
                    break;
                case CheckKey:
                    var (check, badCheck) = FailingCheck(entityType, value, findings);
                    if (badCheck is not null) return ([], badCheck);
                    criterion = check!;
                    break;
                default:
                    var fact = Facts.First(f => f.Key == key);
                    if (value is not ("true" or "1"))
                        return ([], new($"筛选条件 {key} 只能取 true。", $"Filter {key} takes only true."));
                    if (!fact.AppliesTo(entityType) || catalog.FindField(fact.EntityType, fact.Field) is null)
                        return ([], new($"{entityType} 名册不能按“{fact.Label.Zh}”筛选：数据目录中没有 {fact.EntityType}.{fact.Field}。",
                            $"The {entityType} roster cannot be filtered by {fact.Label.En}: the catalog has no {fact.EntityType}.{fact.Field}."));
                    criterion = fact;
                    break;
            }
            if (criteria.Any(c => c.Key == criterion.Key))
                return ([], new($"筛选条件 {key} 出现了两次。", $"Filter {key} is given twice."));
            criteria.Add(criterion);
        }
        if (!criteria.Any(c => c is RecordStatusCriterion)) criteria.Add(RecordStatusCriterion.Current);
        return (criteria, null);
    }

    private static (FailingCheckCriterion? Criterion, LocalizedText? Error) FailingCheck(string entityType, string value, RosterFindings? findings)
    {
        if (findings is null) return (null, new("校验结果暂时读不出来，请稍后再试。", "The check results cannot be read just now; try again shortly."));
        if (value == "any")
            return (new FailingCheckCriterion(value, null, findings, new("有校验问题", "failing a check")), null);
        var rule = findings.Rules.FirstOrDefault(r => r.Id == value);
        if (rule is null)
            return (null, new($"没有名为“{value}”的校验规则（或您看不到它的结果）；请写 check=any 或名单中的规则。",
                $"There is no check '{value}' (or its results are not shown to you); use check=any or a listed rule."));
        if (rule.EntityType != entityType)
            return (null, new($"校验“{rule.Title}”针对 {rule.EntityType}，不能筛选 {entityType} 名册。",
                $"The check '{rule.TitleEn ?? rule.Title}' concerns {rule.EntityType} records, not the {entityType} roster."));
        return (new FailingCheckCriterion(value, rule.Id, findings, new($"未通过：{rule.Title}", $"failing: {rule.TitleEn ?? rule.Title}")), null);
    }
}
