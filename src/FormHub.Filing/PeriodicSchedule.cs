using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Storage;
using FormHub.Storage.Model;

namespace FormHub.Filing;

/// <summary>
/// Which period a periodic value entered in the form for a month is kept under: the field's own period from the catalog
/// (<c>period:</c>), never which templates read it. 本月发放金额 is monthly; 村集体经济组织总收入 is yearly and kept under
/// the year ("2026") whichever month it is entered in. The store applies the same rule to every write.
/// </summary>
public sealed class PeriodicSchedule(IFormHubStore store)
{
    // The catalog version the store holds now: a periodic field an admin just added is kept under its own period.
    private FieldCatalog catalog => store.Catalog;

    /// <summary>The period a value of <paramref name="entityType"/>.<paramref name="field"/> entered for a filing month belongs to.</summary>
    public Period PeriodFor(string entityType, string field, Period month) =>
        catalog.FindField(entityType, field) is { Kind: FieldKind.Periodic } definition
            ? Period.Containing(month.End, definition.OwnPeriod)
            : month;

    /// <summary>
    /// Some of a village's entities' periodic values as the form for a month shows them: the month's, and the quarter's or
    /// year's for fields kept so.
    /// </summary>
    public async Task<IReadOnlyList<PeriodicValue>> LoadAsync(IFormHubStore store, string village, Period month, IReadOnlyCollection<Guid> entityIds, CancellationToken ct) =>
        OfMonth(await store.GetPeriodicValuesAsync(village, PeriodsOf(month), entityIds, ct), month);

    /// <summary>The periods a month's form may show values of: the month, its quarter and its year.</summary>
    public static IReadOnlyList<string> PeriodsOf(Period month) =>
        new[] { PeriodType.Monthly, PeriodType.Quarterly, PeriodType.Yearly }.Select(t => Period.Containing(month.End, t).Key).Distinct().ToList();

    /// <summary>Of <paramref name="values"/> (read for <see cref="PeriodsOf"/>), those the month's form shows: each under its field's own period.</summary>
    public IReadOnlyList<PeriodicValue> OfMonth(IReadOnlyList<PeriodicValue> values, Period month) =>
        values.Where(v => PeriodFor(v.EntityType, v.Field, month).Key == v.Period).ToList();
}
