using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Server.Access;
using FormHub.Filing;
using FormHub.Server.Filing;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;
using FormHub.Storage.Model;
using FormHub.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// The same person registered twice before FormHub refused it (issue 13, item 2): reviewers list the ID numbers held by
/// more than one record in their area, with every record, and resolve one by retiring a record as 重复录入 through the
/// store's ordinary retirement (an audited event; the record is never deleted).
/// </summary>
public static class DuplicatesApi
{
    /// <summary>A record holding a duplicated number. Outside the viewer's scope only where it is, the names masked, no id.</summary>
    public sealed record DuplicateRecordView(Guid? Id, string VillageCode, string VillageName, string TownshipName, string? Name, string? HouseholdHead,
        long? Version, DateOnly? ValidFrom, bool InScope);

    public sealed record DuplicateView(string IdNumber, IReadOnlyList<DuplicateRecordView> Records);

    public sealed record RetireDuplicateRequest(long? Version, string? Note);

    public sealed record RetiredAnswer(Guid Id, long Version);

    public static IEndpointRouteBuilder MapDuplicatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/review", "Review");
        group.MapGet("/{unit}/duplicates", ListAsync).WithName("ListDuplicateIdNumbers")
            .WithSummary("ID numbers held by more than one record not retired, in the unit, with every record holding them");
        group.MapPost("/duplicates/{id:guid}/retire", RetireAsync).WithName("RetireDuplicate")
            .WithSummary("Retires one record of a duplicated ID number (reason: duplicate), as of today");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<DuplicateView>>, ProblemHttpResult>> ListAsync(string unit, HttpContext http, CurrentUser user,
        UnitAccess access, IFormHubStore store, AccountService accounts, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, unit, UnitNeed.ViewIndividuals, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        var duplicates = await store.FindDuplicateIdentitiesAsync(resolved.Unit!.Code, ct);
        // Reviewers and admins see ID numbers masked everywhere else too; a village's own cadre in full.
        var unmasked = user.Role == AccountRole.Cadre;
        IReadOnlyList<DuplicateView> views = duplicates.Select(d => new DuplicateView(
            unmasked ? d.IdNumber : ChineseIdNumber.Mask(d.IdNumber),
            d.Holders.Select(h => View(user, h)).ToList())).ToList();
        // Full numbers shown are recorded like every other unmasked view (个人信息保护法): who, which numbers' holders, when.
        if (unmasked && views.Count > 0)
        {
            var names = views.SelectMany(v => v.Records).Where(r => r.InScope).Select(r => r.Name ?? r.Id?.ToString()).OfType<string>().Distinct();
            await accounts.RecordPersonalInfoViewAsync(user.UserName, resolved.Unit.Code.Value, resolved.Unit.Code.Value,
                $"重复登记列表显示 {views.Count} 个完整身份证号：{string.Join("、", names)}", ct);
        }
        return TypedResults.Ok(views);
    }

    private static DuplicateRecordView View(CurrentUser user, DuplicateHolder h)
    {
        var inScope = user.CanView(Core.OrgUnits.RegionCode.Parse(h.Holder.VillageCode));
        return inScope
            ? new DuplicateRecordView(h.Record.Id, h.Holder.VillageCode, h.Holder.VillageName, h.Holder.TownshipName, h.Holder.Name, h.Holder.HouseholdHead,
                h.Record.Version, h.Record.ValidFrom, true)
            : new DuplicateRecordView(null, h.Holder.VillageCode, h.Holder.VillageName, h.Holder.TownshipName, IdentityHolder.MaskName(h.Holder.Name),
                IdentityHolder.MaskName(h.Holder.HouseholdHead), null, null, false);
    }

    private static async Task<Results<Ok<RetiredAnswer>, ProblemHttpResult>> RetireAsync(Guid id, RetireDuplicateRequest request, HttpContext http,
        CurrentUser user, UnitAccess access, FilingCalendar calendar, IFormHubStore store, CancellationToken ct)
    {
        if (user.Role is not (AccountRole.Reviewer or AccountRole.Cadre))
            return Problem.Forbidden(http, new LocalizedText("只有乡镇审核员或本村村干部可以处理重复登记。", "Only township reviewers or the village's cadre resolve duplicates."));
        if (request.Version is not { } version)
            return Problem.BadRequest(http, new LocalizedText("请给出该记录读取时的版本 version。", "Give the version of the record you read."));
        var record = await store.GetAsync(id, ct);
        // Out of scope and unknown look the same, so probing reveals nothing.
        if (record is null || !user.CanView(Core.OrgUnits.RegionCode.Parse(record.VillageCode)))
            return Problem.NotFound(http, new LocalizedText($"您的辖区内没有编号为 {id} 的记录。", $"No record {id} in your area."));
        var resolved = await access.ResolveAsync(http, user, record.VillageCode, user.Role == AccountRole.Cadre ? UnitNeed.Capture : UnitNeed.ViewIndividuals, villageOnly: true, ct);
        if (resolved.Problem is { } refused) return refused;
        var duplicates = await store.FindDuplicateIdentitiesAsync(resolved.Unit!.Code, ct);
        if (!duplicates.Any(d => d.Holders.Any(h => h.Record.Id == id)))
            return Problem.Conflict(http, new LocalizedText("该记录的公民身份号码没有与其他在册记录重复（可能已处理），未做任何更改。",
                "This record's ID number is not shared with another record (perhaps already resolved); nothing was changed."));
        var month = calendar.CurrentMonth;
        var session = store.OpenSession(user.UserName, ChangeSource.Form);
        session.KeepToVillage(record.VillageCode);
        // The month is judged open by the save itself, in its transaction (as ChangesApi's saves): a month submitted
        // between a read of its own and the save would not be seen.
        session.GuardFilings(new FilingGuard(record.VillageCode, month.Key, closed => closed.Any(c => c.Period == month.Key)
            ? new FilingRefusedException(new LocalizedText($"该村{month.DisplayZh}已提交或审核，暂不能注销记录；请先退回或申请更正。未做任何更改。",
                $"The village's {month.Key} is submitted or approved; return it or open a revision first. Nothing was changed."))
            : null));
        session.Retire(id, version, calendar.Today, RetirementReason.Duplicate, string.IsNullOrWhiteSpace(request.Note) ? "重复登记" : request.Note.Trim());
        try
        {
            var saved = await session.SaveChangesAsync(ct);
            return TypedResults.Ok(new RetiredAnswer(id, saved.Versions[id]));
        }
        catch (FilingRefusedException closedMonth)
        {
            return Problem.Conflict(http, closedMonth.Text);
        }
    }
}
