namespace FormHub.Server.Tests;

/// <summary>Draft templates the template tests write, as an admin would type them in the editor.</summary>
internal static class TemplateDrafts
{
    /// <summary>
    /// A new monthly report: one column repeating 低保户数 of mz-dibao-monthly (same field, same filter) and one reading
    /// person.pension_amount, a catalog field no shipped template reads (so cadres would have to start typing it).
    /// </summary>
    public static string Pension(string id = "mz-pension-monthly", int version = 1, string hh = "count(households, {dibao_status: '在保'})") => $"""
        id: {id}
        version: {version}
        title: 养老金发放情况月报
        department: 民政
        period: monthly
        columns:
          - id: dibao_hh
            title: 低保户数（户）
            value: |
              {hh}
          - id: pension
            title: 养老金发放总额（元）
            value: sum(persons, 'pension_amount')
            digits: 2
        narrative: 截至{"{{"} period.end {"}}"}，{"{{"} unit.name {"}}"}低保户{"{{"} row.dibao_hh {"}}"}户。
        """;
}
