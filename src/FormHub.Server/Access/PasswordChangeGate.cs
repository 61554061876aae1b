using FormHub.Server.Problems;
using FormHub.Core.Text;

namespace FormHub.Server.Access;

/// <summary>
/// A session opened with a one-time password (after a reset or on a new account) may only read who it is, change the
/// password and sign out; every other API answers 403 until the password is changed, so a password an admin read out
/// over the phone never becomes a working credential.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    private static readonly string[] Allowed = ["/api/session/"];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/api/", StringComparison.Ordinal) && !Allowed.Any(a => path.StartsWith(a, StringComparison.Ordinal))
            && CurrentUser.From(context.User) is { MustChangePassword: true })
        {
            await Problem.Write(context, Problem.Forbidden(context, new LocalizedText("请先修改一次性密码", "Change your one-time password first")));
            return;
        }
        await next(context);
    }
}
