using FormHub.Filing;
using System.Security.Claims;
using FormHub.Core.OrgUnits;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Access;

/// <summary>
/// The signed-in user as every endpoint sees it, read from the auth cookie's claims: role, the unit whose data they may
/// write (<see cref="Capture"/>, a cadre's village) and the unit whose data they may read (<see cref="View"/>).
/// </summary>
public sealed record CurrentUser(string UserName, string DisplayName, AccountRole Role, RegionCode? Capture, RegionCode View, string? Department)
{
    /// <summary>This user as the one taking a filing workflow step.</summary>
    public Actor Actor => new(UserName);

    public const string DisplayNameClaim = "formhub:display";
    public const string CaptureClaim = "formhub:capture";
    public const string ViewClaim = "formhub:view";
    public const string DepartmentClaim = "formhub:department";
    /// <summary>The account's security stamp when the session began; <see cref="SessionValidation"/> ends the session when it changes.</summary>
    public const string StampClaim = "formhub:stamp";
    /// <summary>Present while the account signed in with a one-time password: it may only choose a new one.</summary>
    public const string MustChangePasswordClaim = "formhub:must-change-password";

    /// <summary>Signed in with a one-time password that is not yet replaced.</summary>
    public bool MustChangePassword { get; init; }

    public bool CanView(RegionCode unit) => unit.IsWithin(View);

    /// <summary>Only a cadre writes data, and only within the capture scope.</summary>
    public bool CanCapture(RegionCode unit) => Role == AccountRole.Cadre && Capture is { } c && unit.IsWithin(c);

    /// <summary>Reads individual households and persons (not only aggregates): everyone but department users.</summary>
    public bool SeesIndividuals => Role != AccountRole.Department;

    public static ClaimsPrincipal ToPrincipal(UserAccount account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(DisplayNameClaim, account.DisplayName),
            new(ViewClaim, account.ViewScope),
            new(StampClaim, account.SecurityStamp),
        };
        if (account.MustChangePassword) claims.Add(new(MustChangePasswordClaim, "true"));
        if (account.CaptureScope is { } capture) claims.Add(new(CaptureClaim, capture));
        if (account.Department is { } department) claims.Add(new(DepartmentClaim, department));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Minimal API binding: endpoints simply take a <see cref="CurrentUser"/> parameter.</summary>
    public static ValueTask<CurrentUser?> BindAsync(HttpContext context) => ValueTask.FromResult(From(context.User));

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var view = principal.FindFirstValue(ViewClaim);
        if (principal.Identity.Name is not { } name || view is null || !RegionCode.TryParse(view, out var viewCode, out _)
            || !Enum.TryParse<AccountRole>(principal.FindFirstValue(ClaimTypes.Role), out var role))
            return null;
        RegionCode? capture = RegionCode.TryParse(principal.FindFirstValue(CaptureClaim), out var c, out _) ? c : null;
        return new CurrentUser(name, principal.FindFirstValue(DisplayNameClaim) ?? name, role, capture, viewCode, principal.FindFirstValue(DepartmentClaim))
        {
            MustChangePassword = principal.HasClaim(c => c.Type == MustChangePasswordClaim),
        };
    }
}
