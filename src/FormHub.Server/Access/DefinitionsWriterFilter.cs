using FormHub.Core.OrgUnits;
using FormHub.Core.Text;
using FormHub.Server.Problems;
using FormHub.Storage;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Access;

/// <summary>
/// Set on the endpoints that change the definitions every county of the store shares — the catalog (数据目录), publishing,
/// 停报 and resuming templates, admission decisions (报表准入), official layouts. One store keeps one catalog and one set of
/// templates, so changing them changes what every county's villages file: only an admin whose scope covers every county
/// the store holds may (a county's admin when the deployment is that county's; a city's or province's admin when it holds
/// several). Another admin gets 403 naming the counties outside their scope; reading, checking, previewing and the
/// admission analysis stay theirs, within their own area. Runs after <see cref="AdminOnlyFilter"/>.
/// </summary>
public sealed class DefinitionsWriterFilter(IFormHubStore store) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // Other roles are refused by AdminOnlyFilter or the handler, with their own message.
        if (CurrentUser.From(http.User) is not { Role: AccountRole.Admin } user) return await next(context);
        // Read fresh, not from the region cache: a county added a moment ago must not leave a window for a narrower admin.
        var counties = (await store.GetRegionsAsync(http.RequestAborted)).Where(u => u.Level == OrgLevel.County).ToList();
        var outside = counties.Where(c => !c.Code.IsWithin(user.View)).ToList();
        if (outside.Count == 0) return await next(context);
        var names = string.Join("、", outside.Take(5).Select(c => c.Name)) + (outside.Count > 5 ? $"等 {outside.Count} 个县" : "");
        return Problem.Forbidden(http, new LocalizedText(
            $"数据目录、报表模板和准入决定由本系统的 {counties.Count} 个县共用，修改会影响{names}，须由管辖全部这些县的管理员（市级或省级）进行。您可以查看、检查、预览，并就本辖区做准入分析。",
            $"The catalog, templates and admission decisions are shared by the {counties.Count} counties of this system; a change affects {string.Join(", ", outside.Take(5).Select(c => c.Code.Value))}, so only an admin covering all of them (city or province) may make it. You can read, check, preview and analyse admission for your own area."));
    }
}
