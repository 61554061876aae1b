using FormHub.Core.Periods;

namespace FormHub.Demo;

/// <summary>
/// The dates the demo county's history hangs on, all in China Standard Time:
/// <list type="bullet">
/// <item>the registers (households, persons, village facts) are valid from <see cref="BaseDate"/>, 1 January of the year
/// before the first seeded month, so last year's yearly reports and a year of monthly hazard reports have data;</item>
/// <item>the county "went live" on <see cref="GoLive"/>, the first seeded month's first morning: the registers were imported then;</item>
/// <item><see cref="Months"/>: the two months before the current one and the current one, each with payments, village
/// facts typed by the cadre and the changes a cadre records (deaths, births, moves, 低保 decisions).</item>
/// </list>
/// </summary>
internal sealed class DemoCalendar
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public DemoCalendar(DateTimeOffset now)
    {
        Now = now;
        Today = DateOnly.FromDateTime(now.ToOffset(China).DateTime);
        Current = Period.Containing(Today, PeriodType.Monthly);
        Months = [Current.Previous.Previous, Current.Previous, Current];
        BaseDate = new DateOnly(First.Year - 1, 1, 1);
        LastYear = Period.Containing(new DateOnly(Today.Year - 1, 1, 1), PeriodType.Yearly);
        GoLive = At(First.Start, 8, 30);
        var months = new List<Period>();
        for (var m = Period.Monthly(First.Year - 1, First.Index); string.CompareOrdinal(m.Key, Current.Key) <= 0; m = Period.Containing(m.End.AddDays(1), PeriodType.Monthly))
            months.Add(m);
        HazardMonths = months;
    }

    /// <summary>The moment seeding runs; nothing is recorded later than this.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Today in China.</summary>
    public DateOnly Today { get; }

    /// <summary>The current month.</summary>
    public Period Current { get; }

    /// <summary>The seeded months, oldest first: two months of history and the current month.</summary>
    public IReadOnlyList<Period> Months { get; }

    /// <summary>The first seeded month.</summary>
    public Period First => Months[0];

    /// <summary>The day the registers are valid from (1 January of the year before the first seeded month).</summary>
    public DateOnly BaseDate { get; }

    /// <summary>The year whose yearly figures (集体经济收益分配, 家庭年人均纯收入) are filled in.</summary>
    public Period LastYear { get; }

    /// <summary>When the registers were imported.</summary>
    public DateTimeOffset GoLive { get; }

    /// <summary>
    /// The months whose safety-hazard figures exist: the twelve before the first seeded month (imported at go-live) and the
    /// seeded ones. The hazard report carries a year-to-date total with prev(), and a rebuild derives up to twelve missing
    /// earlier months first, so all of those have figures.
    /// </summary>
    public IReadOnlyList<Period> HazardMonths { get; }

    /// <summary>The months before the first seeded one whose hazard figures were imported at go-live.</summary>
    public IEnumerable<Period> BackfilledHazardMonths => HazardMonths.Where(m => string.CompareOrdinal(m.Key, First.Key) < 0);

    /// <summary>The latest day something can have happened: yesterday, or today early in the morning of the first.</summary>
    public DateOnly LastEventDay => Today > First.Start ? Today.AddDays(-1) : Today;

    /// <summary>A moment on a day in China, never later than a minute before <see cref="Now"/>.</summary>
    public DateTimeOffset At(DateOnly day, int hour, int minute = 0)
    {
        var moment = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), China);
        var latest = Now.AddMinutes(-1);
        return moment < latest ? moment : latest;
    }
}
