using FormHub.Core.Text;
using FormHub.Server.Problems;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Access;

/// <summary>Set once on an admin group: every other role gets 403 ProblemDetails, before the handler reads anything.</summary>
public sealed class AdminOnlyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (CurrentUser.From(http.User) is not { Role: AccountRole.Admin })
            return Problem.Forbidden(http, new LocalizedText("只有管理员可以管理账号。", "Only admins manage accounts."));
        return await next(context);
    }
}
