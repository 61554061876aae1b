using FormHub.Core.Catalog;
using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Exports.Roster;
using FormHub.Filing;
using FormHub.Server.Access;
using FormHub.Server.Filing;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Model;
using FormHub.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Api;

/// <summary>
/// 名册导出: the current households, persons or village records of an area (a village, a township, the county) as .xlsx or
/// CSV (UTF-8 with BOM), for whoever may read individual records there (not department users), masked as the roster page
/// masks them for that viewer, and recorded in the audit trail.
/// </summary>
public static class RosterExportApi
{
    public static IEndpointRouteBuilder MapRosterExportApi(this IEndpointRouteBuilder app)
    {
        app.SignedIn("/api/units/{code}/roster", "Rosters").MapGet("/{type}", ExportAsync).WithName("ExportRoster")
            .WithSummary("The area's current roster of one entity type as xlsx (default) or csv, with the month's periodic values; masked for the viewer");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string code, string type, string? format, string? period,
        HttpContext http, CurrentUser user, UnitAccess access, RegionDirectory regions, FilingCalendar calendar, PeriodicSchedule schedule,
        IFormHubStore store, FieldCatalog catalog, AccountService accounts, TimeProvider clock, CancellationToken ct)
    {
        var resolved = await access.ResolveAsync(http, user, code, UnitNeed.ViewIndividuals, villageOnly: false, ct);
        if (resolved.Problem is { } refused) return refused;
        if (RosterApi.UnknownType(http, catalog, type) is { } badType) return badType;
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && format is not null && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
            return Problem.BadRequest(http, new LocalizedText($"format 应为 xlsx 或 csv，收到“{format}”。", $"format must be xlsx or csv, got '{format}'."));
        if (!calendar.TryResolve(http, period, out var month, out var badPeriod)) return badPeriod!;

        var unit = resolved.Unit!;
        var tree = await regions.GetAsync(ct);
        var villages = unit.Level == OrgLevel.Village ? [unit] : tree.Descendants(unit.Code, OrgLevel.Village);
        var (table, shown, inFull) = await RosterExportTable.BuildAsync(store, catalog, schedule, user, villages, type, month, ct);
        foreach (var (village, records) in shown.Where(s => FieldMasking.SeesInFull(user, s.Village)))
            await PersonalInfoViews.RecordAsync(accounts, catalog, user, village, records, single: false, ct);
        await store.AppendAuditAsync(new AuditEntry(0, clock.GetUtcNow(), user.UserName, "export-roster", unit.Code.Value, month.Key,
            $"{unit.Name}{table.SheetName}名册（{(csv ? "CSV" : "xlsx")}）：{table.Rows.Count} 条，{(inFull ? "完整显示" : "身份证号、电话已遮蔽")}"), ct);

        using var buffer = new MemoryStream();
        if (csv) await RosterCsvWriter.WriteAsync(table, buffer, ct);
        else RosterWorkbookWriter.Write(table, buffer);
        var name = $"{unit.Name}_{table.SheetName}名册_{month.Key}.{(csv ? "csv" : "xlsx")}";
        return TypedResults.File(buffer.ToArray(), csv ? "text/csv; charset=utf-8" : RosterWorkbookWriter.ContentType, name);
    }
}
