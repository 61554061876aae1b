using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;

namespace FormHub.Demo;

/// <summary>What a seed produced, for the summary the CLI prints.</summary>
internal sealed record SeedReport
{
    public required OrgUnit County { get; init; }
    public required int Townships { get; init; }
    public required int Villages { get; init; }
    public required IReadOnlyList<Period> Months { get; init; }
    public required Period LastYear { get; init; }

    /// <summary>Who is on the rolls today.</summary>
    public required Population Population { get; init; }

    /// <summary>Changes the cadres entered in the seeded months by kind (死亡注销, 新生儿登记, 纳入低保 …), and the values they typed in all.</summary>
    public required IReadOnlyDictionary<string, int> CadreChanges { get; init; }
    public required int CadreValues { get; init; }

    public required long Entities { get; init; }
    public required long Events { get; init; }
    public required long PeriodicValues { get; init; }
    public required int ReportRows { get; init; }
    public required int Templates { get; init; }
    /// <summary>The demo accounts created, one per role.</summary>
    public required IReadOnlyList<FormHub.Storage.Accounts.UserAccount> Accounts { get; init; }

    public required TimeSpan WriteTime { get; init; }
    public required TimeSpan ReportTime { get; init; }
    public TimeSpan Elapsed => WriteTime + ReportTime;
}

/// <summary>Households and persons on the rolls on a day, and how many of them fall in the groups the reports count.</summary>
internal sealed record Population(
    int Households,
    int Persons,
    int Aged60,
    int Aged80,
    int Aged90,
    int Minors,
    int DibaoHouseholds,
    int TekunHouseholds,
    int MonitoredHouseholds,
    int Disabled,
    int PartyMembers,
    int Migrants,
    int Orphans);
