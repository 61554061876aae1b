using System.Text.Json;
using FormHub.Filing;
using FormHub.Core.Catalog;
using FormHub.Core.Periods;
using FormHub.Core.Text;
using FormHub.Server.Access;
using FormHub.Server.Filing;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// Every write to a village's data goes through one batch: creates, changes, retirements and periodic values, saved in
/// one transaction (all or nothing), each change guarded by the version the cadre read. Only the village's cadre
/// writes, and only while the month is open (draft or returned); the batch names its month (<c>period</c> is required, so
/// a client never writes into a month it did not mean), and no date in it may reach a submitted or approved month
/// (<see cref="FrozenMonths"/>).
/// </summary>
public static class ChangesApi
{
    public const int MaxOperations = 500;

    public enum OperationKind { Create, Change, Retire }

    // PeriodicVersions: for a change, the version read of each periodic value sent (0 when it was not entered yet).
    public sealed record ChangeOperation(OperationKind? Op, string? EntityType, Guid? Id, long? Version, Dictionary<string, JsonElement>? Fields,
        DateOnly? ValidFrom, Dictionary<string, JsonElement>? Periodic, DateOnly? Date, RetirementReason? Reason, string? Note,
        Dictionary<string, long>? PeriodicVersions = null);

    public sealed record ChangeBatch(string? Period, List<ChangeOperation>? Operations);

    // PeriodicVersions: per record, the version each periodic value saved is at now (what the next save names).
    public sealed record ChangeAnswer(IReadOnlyList<Guid?> Ids, IReadOnlyDictionary<Guid, long> Versions,
        IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, long>> PeriodicVersions);

    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder app)
    {
        app.SignedIn("/api/villages/{code}", "Form").MapPost("/changes", SaveAsync).WithName("SaveChanges")
            .WithSummary("Saves a batch of creates, changes, retirements and periodic values in one transaction");
        return app;
    }

    private static async Task<Results<Ok<ChangeAnswer>, ProblemHttpResult>> SaveAsync(string code, ChangeBatch batch, HttpContext http, CurrentUser user,
        UnitAccess access, FilingCalendar calendar, IFormHubStore store, FieldCatalog catalog, CancellationToken ct)
    {
        if (await access.ResolveAsync(http, user, code, UnitNeed.Capture, villageOnly: true, ct) is { Problem: { } refused }) return refused;
        if (string.IsNullOrWhiteSpace(batch.Period))
            return Problem.BadRequest(http, new LocalizedText("请用 period 写明本次保存属于哪个填报月份（如 2026-11）。本次保存未生效。",
                "Name the filing month the batch belongs to in period (such as 2026-11). Nothing was saved."));
        if (!calendar.TryResolveFiled(http, batch.Period, code, out var month, out var badPeriod)) return badPeriod!;
        var operations = batch.Operations ?? [];
        if (operations.Count is 0 or > MaxOperations)
            return Problem.BadRequest(http, new LocalizedText($"一次保存应包含 1 到 {MaxOperations} 项操作。", $"A save holds 1 to {MaxOperations} operations."));

        // Cadres usually enter a fact after it happened: unless told otherwise it holds from the month's end (or today).
        var defaultValidFrom = calendar.Today < month.End ? calendar.Today : month.End;
        var earliest = EarliestDated(operations, defaultValidFrom);
        // One read of the village's closed months answers both questions a save asks of its filings: is the batch's month
        // open, and does a date in it reach a submitted or approved month (FrozenMonths). The save reads them in its own
        // transaction, with its records (one round trip on PostgreSQL), and judges them before it checks anything else.
        var from = earliest is { } e && MonthOf(e.Date) is var dated && string.CompareOrdinal(dated, month.Key) < 0 ? dated : month.Key;
        var session = store.OpenSession(user.UserName, ChangeSource.Form);
        // Every record changed, retired or given a value must be this village's: the store checks it on the records the save
        // reads in its transaction (a record of another village answers as missing), not on a read of its own first.
        session.KeepToVillage(code);
        session.GuardFilings(new FilingGuard(code, from, closed => ClosedMonthRefusal(closed, month, earliest)));
        var ids = new List<Guid?>();
        var batchIndexOf = new List<int>(); // session operation → batch operation, for error keys the form understands
        for (var i = 0; i < operations.Count; i++)
        {
            var (problem, created) = Apply(http, session, operations[i], i, code, month, defaultValidFrom, catalog);
            if (problem is not null) return problem;
            ids.Add(created);
            while (batchIndexOf.Count < session.PendingCount) batchIndexOf.Add(i);
        }
        try
        {
            var result = await session.SaveChangesAsync(ct);
            var periodicVersions = result.PeriodicVersions.GroupBy(p => p.EntityId)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, long>)g.ToDictionary(p => p.Field, p => p.Version));
            return TypedResults.Ok(new ChangeAnswer(ids, result.Versions, periodicVersions));
        }
        catch (FilingRefusedException closedMonth)
        {
            return Problem.Conflict(http, closedMonth.Text);
        }
        catch (EntityNotFoundException missing) when (operations.FindIndex(o => o.Id == missing.EntityId) is var index and >= 0)
        {
            // Missing, or another village's: told alike, and named by the batch's operation as the form knows it.
            return Problem.NotFound(http, NoSuchRecord(index, missing.EntityId));
        }
        catch (StoreValidationException invalid)
        {
            throw new StoreValidationException(invalid.Errors
                .Select(e => e with
                {
                    OperationIndex = e.OperationIndex < batchIndexOf.Count ? batchIndexOf[e.OperationIndex] : e.OperationIndex,
                    Message = e.ExistingHolder is { } holder && holder.VillageCode == code ? DuplicateInOwnVillage(catalog, e, holder) : e.Message,
                }).ToList());
        }
    }

    /// <summary>
    /// Why the village's closed months refuse the batch, or null: its month is submitted or approved, or its earliest date
    /// reaches a submitted or approved month (<see cref="FrozenMonths"/>).
    /// </summary>
    private static FilingRefusedException? ClosedMonthRefusal(IReadOnlyList<Submission> closed, Period month,
        (int Index, DateOnly Date, (string Zh, string En) What)? earliest)
    {
        if (closed.FirstOrDefault(c => c.Period == month.Key) is { } submission)
            return new FilingRefusedException(submission.IsApproved
                ? new LocalizedText($"{month.DisplayZh}已审核通过，数据已冻结；如需更正，请先“申请更正”。本次保存未生效。",
                    $"{month.Key} is approved and frozen; ask for a revision first. Nothing was saved.")
                : new LocalizedText($"{month.DisplayZh}已提交，等待乡镇审核，暂不能修改；如需修改请联系审核员退回。本次保存未生效。",
                    $"{month.Key} is submitted and waiting for review; ask the reviewer to return it to change it. Nothing was saved."));
        if (earliest is { } first && closed.FirstOrDefault(c => string.CompareOrdinal(c.Period, MonthOf(first.Date)) >= 0) is { } frozenMonth
            && FrozenMonths.Refusal(frozenMonth, first.Date, first.What) is var refusal)
            return new FilingRefusedException(new LocalizedText($"第 {first.Index + 1} 项操作：{refusal.Zh}", $"Operation {first.Index + 1}: {refusal.En}"));
        return null;
    }

    /// <summary>
    /// The store names where an ID number is already registered masked (surname only), which is all a cadre of another
    /// village may learn; the village's own cadre sees that person in the roster anyway, so they are told who it is.
    /// </summary>
    private static LocalizedText DuplicateInOwnVillage(FieldCatalog catalog, Storage.Errors.FieldError error, Storage.Model.IdentityHolder holder)
    {
        var field = catalog.FindField(holder.EntityType, error.Field ?? "");
        var label = field is null ? ("公民身份号码", "ID number") : (field.LabelZh, field.LabelEn);
        var head = holder.HouseholdHead is { } h ? $"（户主 {h}）" : "";
        return new LocalizedText($"「{label.Item1}」：该号码已是本村在册人员“{holder.Name}”{head}的号码，同一个人不能登记两次；请在名册中找到并修改该记录，或核对号码",
            $"'{label.Item2}': this number already belongs to '{holder.Name}'{(holder.HouseholdHead is { } he ? $" (household of {he})" : "")} of this village; one person cannot be registered twice. Edit that record instead, or check the number");
    }

    /// <summary>
    /// The earliest date the batch writes decides which months it changes (that month and every later one), so one look
    /// at the village's closed months from there on is enough; null when no operation is dated (periodic values only).
    /// </summary>
    private static (int Index, DateOnly Date, (string Zh, string En) What)? EarliestDated(List<ChangeOperation> operations, DateOnly defaultValidFrom)
    {
        (int Index, DateOnly Date, (string Zh, string En) What)? earliest = null;
        for (var i = 0; i < operations.Count; i++)
        {
            var op = operations[i];
            (DateOnly, (string, string))? dated = op.Op switch
            {
                OperationKind.Retire when op.Date is { } date => (date, FrozenMonths.RetiredOn),
                OperationKind.Create => (op.ValidFrom ?? defaultValidFrom, FrozenMonths.ValidFrom),
                OperationKind.Change when op.Fields is { Count: > 0 } => (op.ValidFrom ?? defaultValidFrom, FrozenMonths.ValidFrom),
                _ => null,
            };
            if (dated is { } d && (earliest is null || d.Item1 < earliest.Value.Date)) earliest = (i, d.Item1, d.Item2);
        }
        return earliest;
    }

    private static string MonthOf(DateOnly date) => Period.Containing(date, PeriodType.Monthly).Key;

    private static LocalizedText NoSuchRecord(int index, Guid id) =>
        new($"第 {index + 1} 项操作：本村没有编号为 {id} 的记录。", $"Operation {index + 1}: the village has no record {id}.");

    private static (ProblemHttpResult? Problem, Guid? Created) Apply(HttpContext http, IStoreSession session, ChangeOperation op, int index, string village,
        Period month, DateOnly defaultValidFrom, FieldCatalog catalog)
    {
        LocalizedText Where(string zh, string en) => new($"第 {index + 1} 项操作：{zh}", $"Operation {index + 1}: {en}");
        var fields = (op.Fields ?? []).ToDictionary(f => f.Key, f => (object?)f.Value);
        switch (op.Op)
        {
            case OperationKind.Create:
                if (RosterApi.UnknownType(http, catalog, op.EntityType) is { } badType) return (badType, null);
                if (op.EntityType == "village")
                    return (Problem.BadRequest(http, Where("村的记录随区划建立，不能新增。", "a village's record comes with its region unit and cannot be added.")), null);
                var id = session.Create(op.EntityType!, village, fields, op.ValidFrom ?? defaultValidFrom);
                // A new record has no periodic values yet: each is expected absent. Given as the filing month, as for a change.
                foreach (var (field, value) in op.Periodic ?? [])
                    session.SetPeriodic(id, field, month.Key, value, 0);
                return (null, id);
            case OperationKind.Change or OperationKind.Retire:
                if (op.Id is not { } recordId || op.Version is not { } version)
                    return (Problem.BadRequest(http, Where("修改或注销须给出记录编号 id 和读取时的版本 version。", "a change or retirement needs the record's id and the version read.")), null);
                if (op.Op == OperationKind.Change)
                {
                    if (fields.Count == 0 && (op.Periodic is null || op.Periodic.Count == 0))
                        return (Problem.BadRequest(http, Where("没有要保存的内容。", "nothing to save.")), null);
                    if (op.Periodic?.Keys.FirstOrDefault(f => op.PeriodicVersions?.ContainsKey(f) != true) is { } unversioned)
                        return (Problem.BadRequest(http, Where($"本期数据“{unversioned}”须同时给出读取时的版本（periodicVersions，尚未填写过为 0），以免覆盖他人刚保存的数。",
                            $"periodic value '{unversioned}' needs the version read (periodicVersions; 0 when it was not entered yet), so nobody's save is overwritten unseen.")), null);
                    if (fields.Count > 0) session.Change(recordId, version, fields, op.ValidFrom ?? defaultValidFrom);
                    // Given as the filing month: the store keeps each value under its field's own period (the year's for a
                    // yearly field), the one rule for creates and changes, so the record's type need not be read here.
                    foreach (var (field, value) in op.Periodic ?? [])
                        session.SetPeriodic(recordId, field, month.Key, value, op.PeriodicVersions?.GetValueOrDefault(field, 0) ?? 0);
                    return (null, null);
                }
                if (op.Date is not { } date || op.Reason is not { } reason)
                    return (Problem.BadRequest(http, Where("注销须写明日期和原因（死亡、迁出、户销户、重复录入、其他）。",
                        "a retirement needs a date and a reason (death, movedOut, dissolved, duplicate, other).")), null);
                session.Retire(recordId, version, date, reason, string.IsNullOrWhiteSpace(op.Note) ? null : op.Note.Trim());
                return (null, null);
            default:
                return (Problem.BadRequest(http, Where("op 应为 create、change 或 retire。", "op must be create, change or retire.")), null);
        }
    }
}
