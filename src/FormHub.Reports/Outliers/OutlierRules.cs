using FormHub.Core.Periods;
using FormHub.Core.Rules;
using FormHub.Core.Templates;
using FormHub.Scripting.Compilation;

namespace FormHub.Reports.Outliers;

/// <summary>
/// The outlier check of each numeric report column, described as a rule so findings of both are listed, filtered by
/// audience and department, and stored alike: id <c>outlier:{template}:{column}</c> (a colon no rule file's id may
/// hold), level 提示, the template's department, every audience, the village as the record.
/// </summary>
public static class OutlierRules
{
    public const string Prefix = "outlier:";

    public static string IdOf(string templateId, string columnId) => $"{Prefix}{templateId}:{columnId}";

    public static bool IsOutlierRule(string ruleId) => ruleId.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Every checked column of every template version in the library (the newest version's title wins).</summary>
    public static IReadOnlyList<RecordRule> Describe(TemplateLibrary library)
    {
        var rules = new Dictionary<string, RecordRule>();
        foreach (var id in library.Ids)
        {
            foreach (var template in library.Versions(id))
            {
                foreach (var column in template.Template.Columns.Where(c => c.Outlier.Enabled))
                    rules[IdOf(id, column.Id)] = Describe(template.Template, column);
            }
        }
        return rules.Values.ToList();
    }

    public static IEnumerable<string> IdsOf(CompiledTemplate template) =>
        template.Template.Columns.Where(c => c.Outlier.Enabled).Select(c => IdOf(template.Template.Id, c.Id));

    private static RecordRule Describe(ReportTemplate template, TemplateColumn column)
    {
        var none = new TemplateExpression("", SourceSpan.None);
        return new RecordRule
        {
            Id = IdOf(template.Id, column.Id),
            Title = $"异常值：{template.Title}·{column.Title}",
            TitleEn = $"Outlier: {template.TitleEn ?? template.Title} · {column.TitleEn ?? column.Title}",
            EntityType = "village",
            Department = template.Department,
            Level = FindingLevel.Info,
            When = none,
            Message = none,
            SourceFile = template.SourceFile,
        };
    }

    /// <summary>"本月" / "本季度" / "本年".</summary>
    internal static string ThisPeriod(PeriodType type) => type switch
    {
        PeriodType.Monthly => "本月",
        PeriodType.Quarterly => "本季度",
        _ => "本年",
    };

    /// <summary>"近 12 个月" / "近 4 个季度" / "近 3 年".</summary>
    internal static string LastPeriods(PeriodType type, int count) => type switch
    {
        PeriodType.Monthly => $"近{count}个月",
        PeriodType.Quarterly => $"近{count}个季度",
        _ => $"近{count}年",
    };
}
