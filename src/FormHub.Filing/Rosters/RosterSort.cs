using System.Globalization;
using FormHub.Core.Catalog;
using FormHub.Core.Text;

namespace FormHub.Filing.Rosters;

/// <summary>
/// The order of a roster: by name (汉语拼音 order where the runtime has ICU), age, household (a person's 所在户, by the
/// head's name), 户号, status, or the number of checks the record fails this month (<c>findings</c>, read from
/// <see cref="Findings"/>); <c>sort=age&amp;desc=true</c>. Empty values go last either way.
/// </summary>
public sealed record RosterSort(string Key, bool Descending)
{
    public const string FindingsKey = "findings";

    public static IReadOnlyList<string> Keys { get; } = ["name", "age", "household", "household_number", "status", FindingsKey];

    /// <summary>The viewer's open findings of the month, set by the caller when <see cref="Key"/> is <c>findings</c>.</summary>
    public RosterFindings? Findings { get; init; }

    private static readonly StringComparer Chinese = StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), CompareOptions.None);

    public RosterRelations Needs => Key == "household" ? RosterRelations.Household : RosterRelations.None;

    public static (RosterSort? Sort, LocalizedText? Error) Parse(FieldCatalog catalog, string entityType, string? key, bool descending)
    {
        if (string.IsNullOrWhiteSpace(key)) return (null, null);
        key = key.Trim();
        var known = key switch
        {
            "age" => DerivedFields.AppliesTo(catalog, entityType),
            "status" or FindingsKey => true,
            "household" => catalog.FindField(entityType, "household")?.Type == FieldType.EntityRef,
            _ => Keys.Contains(key) && catalog.FindField(entityType, key) is not null,
        };
        return known ? (new RosterSort(key, descending), null)
            : (null, new($"{entityType} 名册不能按“{key}”排序（可用：{string.Join("、", Keys)}，以该名册有的为准）。",
                $"The {entityType} roster cannot be sorted by '{key}' (known: {string.Join(", ", Keys)}, where the roster has it)."));
    }

    public IEnumerable<RosterRecord> Apply(IEnumerable<RosterRecord> records)
    {
        var keyed = records.Select(r => (Record: r, Value: ValueOf(r))).ToList();
        // Stable by name, so equal ages or households list in a predictable order.
        keyed.Sort((a, b) =>
        {
            var byKey = Compare(a.Value, b.Value);
            return byKey != 0 ? byKey : Chinese.Compare(a.Record["name"] as string ?? "", b.Record["name"] as string ?? "");
        });
        return keyed.Select(k => k.Record);
    }

    private int Compare(object? a, object? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : 1) : -1; // empty last, in both directions
        var order = (a, b) switch
        {
            (string x, string y) => Chinese.Compare(x, y),
            (IComparable x, _) => x.CompareTo(b),
            _ => 0,
        };
        return Descending ? -order : order;
    }

    private object? ValueOf(RosterRecord record) => Key switch
    {
        "household" => record.Household?["name"] as string,
        // 在册 first, then the retired by date
        "status" => record.Document.Retirement is { } r ? r.Date.DayNumber : int.MinValue,
        FindingsKey => Findings?.CountFor(record.Document.Id) ?? 0,
        _ => record[Key] is string { Length: 0 } ? null : record[Key],
    };
}
