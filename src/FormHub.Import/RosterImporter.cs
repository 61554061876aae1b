using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Validation;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Import;

/// <summary>
/// Imports a roster of persons or households (and their periodic values for one period) from a <see cref="SheetFile"/>:
/// checks every row (a dry run stops there), matches rows to stored records — persons by 公民身份号码, households by 户号
/// or their head's 公民身份号码 — and writes only what differs, in one transaction, each event noting the file, its
/// SHA-256 and the row. The same file imported twice therefore changes nothing the second time.
/// </summary>
/// <remarks>
/// An empty cell supplies no value: it never clears what is stored (a department's sheet that lacks a value has not
/// said the value is gone). Periodic values are written as the owner's authoritative value without a version check.
/// </remarks>
public sealed partial class RosterImporter(IFormHubStore store, TimeProvider clock)
{
    private const string Person = "person";
    private const string Household = "household";
    private const string HeadRelation = "户主";
    private const int ProgressEvery = 500;
    /// <summary>Operations written per batch of the import's one transaction: large enough for few round trips, small enough to keep memory flat.</summary>
    private const int BatchOperations = 2000;
    private const int MaxSaveAttempts = 4;

    /// <summary>
    /// The audit line of a written import, from its result: appended in the import's own transaction, so it is there
    /// exactly when the rows are (null: no line).
    /// </summary>
    public Func<ImportResult, AuditEntry>? AuditLine { get; init; }

    /// <summary>Checks <paramref name="file"/> with <paramref name="profile"/> for <paramref name="scope"/>, and writes it unless <paramref name="mode"/> is a dry run.</summary>
    public async Task<ImportResult> RunAsync(SheetFile file, MappingProfile profile, ImportScope scope, ImportMode mode,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(scope);
        if (profile.EntityType is not (Person or Household))
            throw new ImportFileException($"导入方案“{profile.Name}”的实体类型“{profile.EntityType}”无效：只能导入 person（人员）或 household（户）");

        var catalog = store.Catalog;
        var headerRow = HeaderLocator.Find(file, catalog, profile.EntityType, profile.Columns);
        var plan = new Plan(file, profile, scope, headerRow, catalog, clock.Today());
        plan.ReadColumns();
        if (plan.HeaderProblems.Count > 0)
            return plan.Result(mode, written: false, created: 0, changed: 0, unchanged: 0, extra: plan.HeaderProblems);

        var tree = new RegionTree(await store.GetRegionsAsync(ct));
        plan.ReadRows(tree, progress);
        if (plan.HeaderProblems.Count > 0)
            return plan.Result(mode, written: false, created: 0, changed: 0, unchanged: 0, extra: plan.HeaderProblems);
        await plan.LoadStoredAsync(store, ct);
        plan.Match();

        var (created, changed, unchanged) = plan.Count();
        if (mode == ImportMode.DryRun || (mode == ImportMode.AllOrNothing && plan.HasProblems))
            return plan.Result(mode, written: false, created, changed, unchanged);

        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            // One transaction written in batches: the store holds one batch of operations at a time, not the whole file.
            await using var session = store.OpenBulkSession(scope.User, ChangeSource.Import);
            try
            {
                var operationRows = await plan.ApplyAsync(session, progress, ct);
                if (operationRows.Count == 0) return plan.Result(mode, written: false, created, changed, unchanged);
                try
                {
                    progress?.Report(new ImportProgress("写入", operationRows.Count, operationRows.Count));
                    (created, changed, unchanged) = plan.Count();
                    var result = plan.Result(mode, written: true, created, changed, unchanged);
                    if (AuditLine is { } line) session.Audit(line(result));
                    await session.CommitAsync(ct);
                    return result;
                }
                catch (StoreValidationException e)
                {
                    plan.Reject(operationRows, e);
                    throw;
                }
            }
            catch (StoreValidationException)
            {
                // What only the store can see (an ID number registered in a village outside the file) is now on its row;
                // the transaction is rolled back, so all or nothing stops here and valid rows only starts again without it.
                if (mode == ImportMode.AllOrNothing || attempt == MaxSaveAttempts)
                {
                    (created, changed, unchanged) = plan.Count();
                    return plan.Result(mode, written: false, created, changed, unchanged);
                }
            }
            catch (Exception e) when (e is ConcurrencyConflictException or PeriodicConflictException)
            {
                (created, changed, unchanged) = plan.Count();
                return plan.Result(mode, written: false, created, changed, unchanged,
                    extra: [new ImportProblem(headerRow + 1, 0, null, "导入期间有人修改了同一批记录，未写入任何数据；请重新导入")]);
            }
        }
    }

    /// <summary>Every field a person importing under <paramref name="scope"/> may write.</summary>
    public static bool MayWrite(FieldDefinition field, ImportScope scope) =>
        scope.Department is null || string.Equals(field.OwnerDepartment, scope.Department, StringComparison.Ordinal);

    internal static Period? ParsePeriod(string? text) => Period.TryParse(text, out var period, out _) ? period : null;
}
