using FormHub.Users;
using FormHub.Filing;
using FormHub.Filing.Rosters;
using FormHub.Core.Catalog;
using FormHub.Core.Text;
using FormHub.Reports;
using FormHub.Server.Access;
using FormHub.Server.Filing;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>A village's rosters (households, persons, the village record): paged, searchable by name or ID number.</summary>
public static class RosterApi
{
    public const int MaxPageSize = 100;

    public sealed record RosterPage(IReadOnlyList<EntityView> Items, int Total);

    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder app)
    {
        var group = app.SignedIn("/api/villages/{code}/entities/{type}", "Rosters");
        group.MapGet("/", ListAsync).WithName("ListEntities")
            .WithSummary("One page of a roster; search matches names and ID numbers; filters age=60-79, status=current|all|retired|death…, dibao|tekun|disability|retiree=true, check=any|RULE-ID (failing a check this month); sort=name|age|household|household_number|status|findings, desc=true");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetEntity").WithSummary("One household, person or village record with its periodic values");
        return app;
    }

    private static async Task<Results<Ok<RosterPage>, ProblemHttpResult>> ListAsync(string code, string type, string? search, int? skip, int? take,
        bool? includeRetired, string? period, string? sort, bool? desc, HttpContext http, CurrentUser user, UnitAccess access, FilingCalendar calendar,
        PeriodicSchedule schedule, IFormHubStore store, VillageRoster roster, FieldCatalog catalog, AccountService accounts, FindingBoard board, CancellationToken ct)
    {
        if (await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: true, ct) is { Problem: { } refused }) return refused;
        if (UnknownType(http, catalog, type) is { } badType) return badType;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        if (skip < 0 || take is < 1 or > MaxPageSize)
            return Problem.BadRequest(http, new LocalizedText($"分页参数不正确：skip 不能为负，take 应在 1 到 {MaxPageSize} 之间。",
                $"Bad paging: skip must not be negative and take must be 1 to {MaxPageSize}."));
        var inFull = FieldMasking.SeesInFull(user, code);
        // Those who see ID numbers masked may look one up only whole: a partial match would reveal the hidden digits.
        if (!inFull && search is not null && search.Any(char.IsAsciiDigit) && !IsWholeIdNumber(search.Trim()))
            return Problem.BadRequest(http, new LocalizedText("按身份证号查找时请输入完整的18位号码（您看到的号码已部分隐藏）；也可以按姓名查找。",
                "To look up an ID number, type all 18 characters (you see them partly hidden); or search by name."));
        var filters = http.Request.Query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString())).ToList();
        // includeRetired=true is the older spelling of status=all
        if (includeRetired == true && !http.Request.Query.ContainsKey("status")) filters.Add(new("status", "all"));
        // The month's findings are read only when the filter or the sort needs them.
        var findings = http.Request.Query.ContainsKey(RosterCriteria.CheckKey) || sort?.Trim() == RosterSort.FindingsKey
            ? await FindingsOfAsync(board, user, code, month, ct) : null;
        var (criteria, badFilter) = RosterCriteria.Parse(catalog, type, filters, findings);
        if (badFilter is not null) return Problem.BadRequest(http, badFilter);
        var (order, badSort) = RosterSort.Parse(catalog, type, sort, desc ?? false);
        if (badSort is not null) return Problem.BadRequest(http, badSort);
        if (order is { Key: RosterSort.FindingsKey }) order = order with { Findings = findings };
        var page = await roster.ListAsync(new RosterQuery(code, type, month.End)
        {
            Search = string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
            Criteria = criteria,
            Sort = order,
            Skip = skip ?? 0,
            Take = take ?? 20,
            PeriodicPeriods = PeriodicSchedule.PeriodsOf(month),
        }, ct);
        // The values come with the page when the store can bring them (Marten: in the page's round trip).
        var periodic = page.PeriodicValues is { } brought ? schedule.OfMonth(brought, month)
            : await schedule.LoadAsync(store, code, month, page.Items.Select(d => d.Id).ToList(), ct);
        if (inFull) await PersonalInfoViews.RecordAsync(accounts, catalog, user, code, page.Items, single: false, ct);
        return TypedResults.Ok(new RosterPage(page.Items.Select(d => EntityView.Of(catalog, d, periodic, inFull, month.End)).ToList(), page.Total));
    }

    private static async Task<Results<Ok<EntityView>, ProblemHttpResult>> GetAsync(string code, string type, Guid id, string? period, HttpContext http,
        CurrentUser user, UnitAccess access, FilingCalendar calendar, PeriodicSchedule schedule, IFormHubStore store, FieldCatalog catalog, AccountService accounts, CancellationToken ct)
    {
        if (await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: true, ct) is { Problem: { } refused }) return refused;
        if (UnknownType(http, catalog, type) is { } badType) return badType;
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;
        // Another village's record answers exactly like a missing one.
        if (await store.GetAsync(id, ct) is not { } doc || doc.VillageCode != code || doc.EntityType != type)
            return Problem.NotFound(http, new LocalizedText($"本村没有编号为 {id} 的记录。", $"The village has no record {id}."));
        var periodic = await schedule.LoadAsync(store, code, month, [id], ct);
        var inFull = FieldMasking.SeesInFull(user, code);
        if (inFull) await PersonalInfoViews.RecordAsync(accounts, catalog, user, code, [doc], single: true, ct);
        return TypedResults.Ok(EntityView.Of(catalog, doc, periodic, inFull, month.End));
    }

    /// <summary>The open findings of the village's month the user is shown (their audience's rules), by record.</summary>
    private static async Task<RosterFindings> FindingsOfAsync(FindingBoard board, CurrentUser user, string village, FormHub.Core.Periods.Period month, CancellationToken ct)
    {
        var viewer = FindingsApi.Viewer(user);
        var rules = board.Rules.Rules.Select(r => r.Rule).Where(r => FindingBoard.IsShownTo(r, viewer, user.Department)).ToList();
        return new RosterFindings(rules, await board.ListAsync(FormHub.Core.OrgUnits.RegionCode.Parse(village), month, viewer, user.Department, null, ct));
    }

    private static bool IsWholeIdNumber(string text) =>
        text.Length == 18 && text[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(text[17]) || text[17] is 'X' or 'x');

    internal static ProblemHttpResult? UnknownType(HttpContext http, FieldCatalog catalog, string? type) =>
        type is not null && catalog.FindEntityType(type) is not null ? null
            : Problem.BadRequest(http, new LocalizedText($"未知的实体类型“{type}”（可用：{string.Join("、", catalog.EntityTypes.Select(t => t.Key))}）。",
                $"Unknown entity type '{type}' (known: {string.Join(", ", catalog.EntityTypes.Select(t => t.Key))})."));
}
