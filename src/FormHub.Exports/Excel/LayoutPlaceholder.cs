using System.Text.RegularExpressions;

namespace FormHub.Exports.Excel;

/// <summary>
/// A <c>{{scope.name}}</c> placeholder in a layout cell (docs/templates.md §3.1, <c>excel</c>): <c>{{unit.name}}</c>,
/// <c>{{period.display}}</c>, <c>{{report.date}}</c> anywhere, <c>{{row.列id}}</c> on the repeat row,
/// <c>{{total.列id}}</c> on the total row. <see cref="Scope"/> and <see cref="Name"/> are empty when the text between
/// the braces is not scope.name at all.
/// </summary>
internal readonly record struct LayoutPlaceholder(string Text, string Scope, string Name)
{
    public const string UnitName = "unit.name", PeriodDisplay = "period.display", ReportDate = "report.date",
        ReportNote = "report.note", FormNumber = "report.form_number";

    /// <summary>The placeholders that need no column: their full names.</summary>
    public static readonly IReadOnlyList<string> Fixed = [UnitName, PeriodDisplay, ReportDate, ReportNote, FormNumber];

    /// <summary>Anything between double braces; what is inside is judged by <see cref="Parse"/>.</summary>
    public static readonly Regex Pattern = new(@"\{\{\s*(?<inner>[^{}]*?)\s*\}\}", RegexOptions.CultureInvariant);

    private static readonly Regex ScopeName = new(@"^(?<scope>[A-Za-z_]+)\.(?<name>[A-Za-z0-9_]+)$", RegexOptions.CultureInvariant);

    public string FullName => $"{Scope}.{Name}";

    public bool IsRow => Scope == "row";
    public bool IsTotal => Scope == "total";
    public bool IsFixed => Fixed.Contains(FullName);

    public static LayoutPlaceholder Parse(Match match)
    {
        var m = ScopeName.Match(match.Groups["inner"].Value);
        return m.Success
            ? new LayoutPlaceholder(match.Value, m.Groups["scope"].Value, m.Groups["name"].Value)
            : new LayoutPlaceholder(match.Value, "", "");
    }

    public static IEnumerable<LayoutPlaceholder> In(string? text) =>
        string.IsNullOrEmpty(text) || !text.Contains("{{", StringComparison.Ordinal) ? [] : Pattern.Matches(text).Select(Parse);
}
