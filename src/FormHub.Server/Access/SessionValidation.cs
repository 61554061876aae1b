using System.Security.Claims;
using FormHub.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FormHub.Server.Access;

/// <summary>
/// Checks every signed-in request against the account as stored: a disabled or deleted account, or one whose security
/// stamp changed (new role or scope, password reset or change, 退出所有设备), loses its session on that request — not at
/// the cookie's 8-hour expiry. One indexed primary-key read, kept for a moment (<see cref="ValidatedSessions"/>): a change
/// made on this server ends the session on its next request; one made on another server of the deployment, or on the
/// command line, within <see cref="ValidatedSessions.MaxAge"/>.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirstValue(CurrentUser.StampClaim);
        var validated = context.HttpContext.RequestServices.GetRequiredService<ValidatedSessions>();
        if (name is not null && stamp is not null && validated.IsValid(name, stamp)) return;
        var changesBefore = validated.ChangeCount;
        var store = context.HttpContext.RequestServices.GetRequiredService<IFormHubStore>();
        var account = name is null ? null : await store.FindAccountAsync(name, context.HttpContext.RequestAborted);
        if (account is not null && !account.Disabled && stamp is not null && stamp == account.SecurityStamp)
        {
            validated.Remember(name!, stamp, changesBefore);
        }
        else
        {
            if (name is not null) validated.Forget(name);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
