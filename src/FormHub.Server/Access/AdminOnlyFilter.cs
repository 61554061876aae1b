using FormHub.Core.Text;
using FormHub.Server.Problems;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Access;

/// <summary>Set once on an admin group (账号管理, 数据目录, 报表模板, 报表准入, 接口客户端): every other role gets 403 ProblemDetails, before the handler reads anything.</summary>
public sealed class AdminOnlyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (CurrentUser.From(http.User) is not { Role: AccountRole.Admin })
            return Problem.Forbidden(http, new LocalizedText("只有管理员可以使用管理功能（账号、数据目录、报表模板与准入、接口客户端）。", "Only admins may use the admin functions (accounts, the catalog, templates and admission, API clients)."));
        return await next(context);
    }
}
