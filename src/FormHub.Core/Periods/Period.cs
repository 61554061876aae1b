using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FormHub.Core.Text;

namespace FormHub.Core.Periods;

/// <summary>A reporting period: monthly "2026-11", quarterly "2026Q4" or yearly "2026".</summary>
public readonly record struct Period
{
    private Period(PeriodType type, int year, int index)
    {
        Type = type;
        Year = year;
        Index = index;
    }

    public PeriodType Type { get; }
    public int Year { get; }
    /// <summary>Month 1–12, quarter 1–4, or 1 for a year.</summary>
    public int Index { get; }

    public DateOnly Start => Type switch
    {
        PeriodType.Monthly => new DateOnly(Year, Index, 1),
        PeriodType.Quarterly => new DateOnly(Year, (Index - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day of the period; "as of" reads for a period use this day.</summary>
    public DateOnly End => Type switch
    {
        PeriodType.Monthly => Start.AddMonths(1).AddDays(-1),
        PeriodType.Quarterly => Start.AddMonths(3).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    public Period Previous => Type switch
    {
        PeriodType.Monthly => Index == 1 ? new Period(Type, Year - 1, 12) : new Period(Type, Year, Index - 1),
        PeriodType.Quarterly => Index == 1 ? new Period(Type, Year - 1, 4) : new Period(Type, Year, Index - 1),
        _ => new Period(Type, Year - 1, 1),
    };

    /// <summary>"2026-11", "2026Q4", "2026": one string per period (a live pass asks it of every row and value it touches).</summary>
    public string Key
    {
        get
        {
            // Years 1900–2199 kept (17 periods a year); a race only makes the same string twice.
            var slot = (Year - KeptFrom) * 17 + Type switch { PeriodType.Monthly => Index - 1, PeriodType.Quarterly => 11 + Index, _ => 16 };
            if ((uint)slot >= (uint)Keys.Length) return MakeKey();
            return Keys[slot] ??= MakeKey();
        }
    }

    private const int KeptFrom = 1900;
    private static readonly string?[] Keys = new string?[300 * 17];

    private string MakeKey() => Type switch
    {
        PeriodType.Monthly => $"{Year:D4}-{Index:D2}",
        PeriodType.Quarterly => $"{Year:D4}Q{Index}",
        _ => $"{Year:D4}",
    };

    /// <summary>As Chinese forms write it: 2026年11月, 2026年第四季度, 2026年度.</summary>
    public string DisplayZh => Type switch
    {
        PeriodType.Monthly => $"{Year}年{Index}月",
        PeriodType.Quarterly => $"{Year}年第{"一二三四"[Index - 1]}季度",
        _ => $"{Year}年度",
    };

    /// <summary>
    /// The periods of type <paramref name="type"/> this one is made of, in order: the three months of 2026Q4, the twelve
    /// months or four quarters of 2026. A type as coarse as this one's gives the period containing it.
    /// </summary>
    public IReadOnlyList<Period> Within(PeriodType type)
    {
        if (type >= Type) return [Containing(Start, type)];
        var result = new List<Period>();
        for (var start = Start; start <= End; start = Containing(start, type).End.AddDays(1)) result.Add(Containing(start, type));
        return result;
    }

    public static Period Monthly(int year, int month) => new(PeriodType.Monthly, year, month);

    /// <summary>The period of the given type that contains the date.</summary>
    public static Period Containing(DateOnly date, PeriodType type) => type switch
    {
        PeriodType.Monthly => new Period(type, date.Year, date.Month),
        PeriodType.Quarterly => new Period(type, date.Year, (date.Month - 1) / 3 + 1),
        _ => new Period(type, date.Year, 1),
    };

    public static Period Parse(string text) =>
        TryParse(text, out var period, out var error) ? period : throw new FormatException(error.Zh);

    public static bool TryParse(string? text, out Period period, [NotNullWhen(false)] out LocalizedText? error)
    {
        period = default;
        error = null;
        var s = text?.Trim() ?? "";
        if (s.Length == 4 && TryYear(s, out var y))
        {
            period = new Period(PeriodType.Yearly, y, 1);
            return true;
        }
        if (s.Length == 6 && (s[4] == 'Q' || s[4] == 'q') && TryYear(s[..4], out y) && s[5] is >= '1' and <= '4')
        {
            period = new Period(PeriodType.Quarterly, y, s[5] - '0');
            return true;
        }
        if (s.Length == 7 && s[4] == '-' && TryYear(s[..4], out y)
            && int.TryParse(s.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            period = new Period(PeriodType.Monthly, y, m);
            return true;
        }
        error = new LocalizedText($"期别“{s}”无效，应写作 2026-11（月）、2026Q4（季）或 2026（年）",
            $"Period '{s}' is invalid; write 2026-11 (month), 2026Q4 (quarter) or 2026 (year)");
        return false;
    }

    private static bool TryYear(string s, out int year) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 9999;

    public override string ToString() => Key;
}
