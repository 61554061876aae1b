using System.Security.Claims;
using FormHub.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FormHub.Server.Access;

/// <summary>
/// Checks every signed-in request against the account as stored: a disabled or deleted account, or one whose security
/// stamp changed (new role or scope, password reset or change, 退出所有设备), loses its session on that request — not at
/// the cookie's 8-hour expiry. One indexed primary-key read per request; every server of a deployment sees the same store,
/// so this holds behind a load balancer too, with no cache to go stale.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirstValue(CurrentUser.StampClaim);
        var store = context.HttpContext.RequestServices.GetRequiredService<IFormHubStore>();
        var account = name is null ? null : await store.FindAccountAsync(name, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled || stamp is null || stamp != account.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
