using FormHub.Filing;
using FormHub.Core.OrgUnits;
using FormHub.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormHub.Server.Access;

/// <summary>What a request needs of the unit named in its URL.</summary>
public enum UnitNeed
{
    /// <summary>Aggregates only (report rows, burden figures): any role whose view scope holds the unit.</summary>
    ViewAggregates,
    /// <summary>Individual households and persons: not department users.</summary>
    ViewIndividuals,
    /// <summary>Writing the village's data: its own cadre.</summary>
    Capture,
}

/// <summary>A unit named in a URL, or the refusal to give (400 malformed code, 403 out of scope, 404 unknown unit).</summary>
public sealed record UnitResolution(OrgUnit? Unit, ProblemHttpResult? Problem);

/// <summary>
/// Resolves the region code in a URL against the user's scope. The scope is checked before existence, so probing codes
/// outside one's scope learns nothing about which units exist.
/// </summary>
public sealed class UnitAccess(RegionDirectory regions)
{
    public async Task<UnitResolution> ResolveAsync(HttpContext http, CurrentUser user, string code, UnitNeed need, bool villageOnly, CancellationToken ct)
    {
        if (!RegionCode.TryParse(code, out var parsed, out var why))
            return new(null, Problem.BadRequest(http, Messages.BadRegionCode(code, why)));
        var allowed = need switch
        {
            UnitNeed.Capture => user.CanCapture(parsed),
            UnitNeed.ViewIndividuals => user.SeesIndividuals && user.CanView(parsed),
            _ => user.CanView(parsed),
        };
        if (!allowed)
        {
            var message = need == UnitNeed.Capture && user.CanView(parsed) ? Messages.CaptureOnly
                : need == UnitNeed.ViewIndividuals && !user.SeesIndividuals ? Messages.NoRosters
                : Messages.OutOfScope;
            return new(null, Problem.Forbidden(http, message));
        }
        var tree = await regions.GetAsync(ct);
        if (tree.Find(parsed) is not { } unit) return new(null, Problem.NotFound(http, Messages.UnknownUnit(code)));
        if (villageOnly && unit.Level != OrgLevel.Village) return new(null, Problem.BadRequest(http, Messages.NotAVillage(code)));
        return new(unit, null);
    }
}
