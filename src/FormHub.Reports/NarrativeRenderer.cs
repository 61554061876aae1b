using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Core.Text;
using HandlebarsDotNet;

namespace FormHub.Reports;

/// <summary>
/// Renders a template's narrative (Handlebars) for a row: <c>{{row.hh}}</c>, <c>{{unit.name}}</c>, <c>{{period.display}}</c>,
/// <c>{{period.end}}</c>. Dates and numbers are written as Chinese forms write them (2026年11月30日, 650.50).
/// Compiled once per template version.
/// </summary>
public sealed partial class NarrativeRenderer
{
    private readonly IHandlebars _handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    private readonly ConcurrentDictionary<(string, int), HandlebarsTemplate<object, object>> _compiled = new();

    /// <summary>
    /// Problems in a narrative (Handlebars syntax, columns that do not exist), pointing at the <c>{{row.x}}</c> in the
    /// file, else at the <c>narrative:</c> key. <paramref name="yaml"/> is the template's source (read from
    /// <see cref="ReportTemplate.SourceFile"/> when not given).
    /// </summary>
    public IReadOnlyList<SourceProblem> Check(ReportTemplate template, string? yaml = null)
    {
        if (template.Narrative is null) return [];
        yaml ??= File.Exists(template.SourceFile) ? File.ReadAllText(template.SourceFile) : "";
        var lines = yaml.Split('\n');
        var keyLine = Array.FindIndex(lines, l => NarrativeKey().IsMatch(l));
        var problems = new List<SourceProblem>();
        SourceProblem At(string? column, LocalizedText text)
        {
            if (keyLine < 0) return new SourceProblem(template.SourceFile, 0, 0, text);
            if (column is not null)
            {
                var reference = new Regex(@"\{\{\s*row\." + Regex.Escape(column) + @"\s*\}\}");
                for (var i = keyLine; i < lines.Length; i++)
                    if (reference.Match(lines[i]) is { Success: true } m) return new SourceProblem(template.SourceFile, i + 1, m.Index + 1, text);
            }
            return new SourceProblem(template.SourceFile, keyLine + 1, 1, text);
        }

        try { _handlebars.Compile(template.Narrative); }
        catch (HandlebarsException e)
        {
            problems.Add(At(null, new LocalizedText($"narrative 的写法有误：{e.Message}", $"The narrative is malformed: {e.Message}")));
        }
        foreach (Match m in RowReference().Matches(template.Narrative))
        {
            var column = m.Groups[1].Value;
            if (template.FindColumn(column) is null)
                problems.Add(At(column, new LocalizedText(
                    $"narrative 引用了不存在的列“{column}”，已有的列：{string.Join("、", template.Columns.Select(c => c.Id))}",
                    $"The narrative refers to a column '{column}' that does not exist")));
        }
        return problems;
    }

    public string? Render(ReportTemplate template, Period period, string unitName, string unitCode, IReadOnlyDictionary<string, object?> values)
    {
        if (template.Narrative is null) return null;
        var compiled = _compiled.GetOrAdd((template.Id, template.Version), _ => _handlebars.Compile(template.Narrative));
        var row = template.Columns.ToDictionary(c => c.Id, c => (object)Format(values.GetValueOrDefault(c.Id), c.Digits));
        var context = new Dictionary<string, object>
        {
            ["row"] = row,
            ["unit"] = new Dictionary<string, object> { ["name"] = unitName, ["code"] = unitCode },
            ["period"] = new Dictionary<string, object>
            {
                ["key"] = period.Key,
                ["display"] = period.DisplayZh,
                ["start"] = ChineseDate.Of(period.Start),
                ["end"] = ChineseDate.Of(period.End),
            },
        };
        return compiled(context);
    }

    /// <summary>Narrative numbers: whole numbers plain, others with the column's digits (default 2); empty cells as "—".</summary>
    private static string Format(object? value, int? digits) => value switch
    {
        null => "—",
        decimal d when digits is { } n => d.ToString("F" + n, CultureInfo.InvariantCulture),
        decimal d when d == decimal.Truncate(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        decimal d => d.ToString("F2", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    [GeneratedRegex(@"\{\{\s*row\.([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex RowReference();

    [GeneratedRegex(@"^narrative\s*:")]
    private static partial Regex NarrativeKey();
}
