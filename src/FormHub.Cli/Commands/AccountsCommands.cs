using System.CommandLine;
using FormHub.Users;
using FormHub.Storage.Accounts;

namespace FormHub.Cli.Commands;

/// <summary>
/// <c>formhub accounts list|create|disable|enable|reset|create-admin</c>: the admin's account work from the command line,
/// through the same <see cref="AccountService"/> as the 账号管理 page (same rules, same audit lines; the actor is recorded
/// as <c>命令行:USER</c>, the operating-system user). New accounts and resets get a one-time password, printed once, that
/// must be changed at the next sign-in.
/// </summary>
internal static class AccountsCommands
{
    public static Command Create(CliContext context) =>
        new("accounts", "账号管理：列出、新建（含 CSV 批量新建村级填报员）、停用、重置密码、创建首个管理员 / accounts")
        {
            List(context),
            CreateAccount(context),
            Disable(context, disable: true),
            Disable(context, disable: false),
            Reset(context),
            CreateAdmin(context),
        };

    private static string Actor => $"命令行:{Environment.UserName}";

    private static Command List(CliContext context)
    {
        var command = new Command("list", "列出所有账号：用户名、姓名、角色、范围、部门、状态 / list accounts");
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var tree = await services.Regions.GetAsync(ct);
            var accounts = await services.Accounts.ListAsync(ct);
            foreach (var a in accounts)
            {
                var scope = a.CaptureScope ?? a.ViewScope;
                var state = a.Disabled ? "已停用" : a.MustChangePassword ? "待改密码" : "正常";
                await context.Out.WriteLineAsync(
                    $"{a.UserName}\t{a.DisplayName}\t{RoleNames.Zh(a.Role)}\t{scope} {tree.Find(scope)?.Name}{(a.Department is { } d ? "\t" + d : "")}\t{state}");
            }
            await context.Out.WriteLineAsync($"共 {accounts.Count} 个账号（停用 {accounts.Count(a => a.Disabled)} 个）");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CreateAccount(CliContext context)
    {
        var user = new Argument<string?>("USER") { Description = "用户名（字母、数字、. - _）；用 --csv 时不写", Arity = ArgumentArity.ZeroOrOne };
        var name = new Option<string?>("--name") { Description = "姓名（显示名）", HelpName = "TEXT" };
        var role = new Option<string?>("--role") { Description = "角色：cadre 村级填报员 | reviewer 乡镇审核员 | department 部门用户 | admin 管理员", HelpName = "ROLE" };
        var scope = new Option<string?>("--scope") { Description = "范围的区划代码：村（填报员）、乡镇（审核员）、乡镇或县（部门用户）、县（管理员）", HelpName = "CODE" };
        var department = new Option<string?>("--department") { Description = "部门用户所属部门，如 民政", HelpName = "TEXT" };
        var phone = new Option<string?>("--phone") { Description = "联系电话（可选）", HelpName = "PHONE" };
        var csv = new Option<string?>("--csv")
        {
            Description = "批量新建村级填报员（每村一个）：CSV 每行 村代码,用户名,姓名,电话（首行可为表头）；任一行有错则逐行报告（行 R：…），不新建任何账号",
            HelpName = "FILE",
        };
        var command = new Command("create", "新建账号，打印一次性密码（首次登录须修改）/ create an account, or cadres from a CSV")
        {
            user, name, role, scope, department, phone, csv,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            if (parseResult.GetValue(csv) is { Length: > 0 } file)
            {
                if (!File.Exists(file)) throw new CliException($"找不到文件“{file}”");
                var lines = await File.ReadAllLinesAsync(file, ct);
                await using var bulk = await DomainServices.OpenAsync(context, parseResult, ct);
                var created = await Refusals(() => bulk.Accounts.CreateCadresAsync(Actor, lines, ct));
                foreach (var (account, oneTime) in created)
                    await context.Out.WriteLineAsync($"{account.UserName}\t{account.DisplayName}\t{account.ViewScope}\t一次性密码：{oneTime}");
                await context.Out.WriteLineAsync($"已新建 {created.Count} 个村级填报员账号；一次性密码只显示这一次，首次登录须修改");
                return ExitCodes.Ok;
            }
            var userName = parseResult.GetValue(user) ?? throw new CliException("请写出用户名，或用 --csv FILE 批量新建");
            var parsedRole = RoleNames.Parse(parseResult.GetValue(role))
                             ?? throw new CliException("请用 --role 指定角色：cadre、reviewer、department 或 admin");
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var draft = new AccountDraft(userName, parseResult.GetValue(name) ?? "", parsedRole, parseResult.GetValue(scope) ?? "",
                parseResult.GetValue(department), parseResult.GetValue(phone));
            var (created1, password) = await Refusals(() => services.Accounts.CreateAsync(Actor, draft, null, ct));
            await context.Out.WriteLineAsync($"已新建{RoleNames.Zh(created1.Role)}账号 {created1.UserName}（{created1.DisplayName}，范围 {created1.ViewScope}）");
            await context.Out.WriteLineAsync($"一次性密码：{password}（只显示这一次，首次登录须修改）");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disable(CliContext context, bool disable)
    {
        var user = new Argument<string>("USER") { Description = "用户名" };
        var command = new Command(disable ? "disable" : "enable", disable
            ? "停用账号：不能再登录，已登录的会话在下一次请求时失效 / disable an account"
            : "重新启用已停用的账号 / enable an account")
        {
            user,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var account = await Refusals(() => services.Accounts.SetDisabledAsync(Actor, parseResult.GetValue(user)!, disable, ct));
            await context.Out.WriteLineAsync(disable ? $"已停用账号 {account.UserName}（{account.DisplayName}）；其已登录的会话在下一次请求时失效"
                : $"已启用账号 {account.UserName}（{account.DisplayName}）");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Reset(CliContext context)
    {
        var user = new Argument<string>("USER") { Description = "用户名" };
        var command = new Command("reset", "重置密码：打印一次性密码，下次登录须修改；已登录的会话失效 / reset a password") { user };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var name = parseResult.GetValue(user)!;
            var password = await Refusals(() => services.Accounts.ResetPasswordAsync(Actor, name, ct));
            await context.Out.WriteLineAsync($"已重置 {name} 的密码。一次性密码：{password}（只显示这一次，下次登录须修改）");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CreateAdmin(CliContext context)
    {
        var user = new Argument<string>("USER") { Description = "管理员的用户名" };
        var name = new Option<string?>("--name") { Description = "姓名（显示名）", HelpName = "TEXT" };
        var scope = new Option<string?>("--scope") { Description = "管理范围：县（或以上）的区划代码", HelpName = "CODE" };
        var phone = new Option<string?>("--phone") { Description = "联系电话（可选）", HelpName = "PHONE" };
        var command = new Command("create-admin", "创建首个管理员（仅当还没有管理员时），打印一次性密码 / create the first admin")
        {
            user, name, scope, phone,
        };
        command.SetAction(context.Action(async (parseResult, ct) =>
        {
            await using var services = await DomainServices.OpenAsync(context, parseResult, ct);
            var draft = new AccountDraft(parseResult.GetValue(user)!, parseResult.GetValue(name) ?? "", AccountRole.Admin, parseResult.GetValue(scope) ?? "",
                null, parseResult.GetValue(phone));
            var (admin, password) = await Refusals(() => services.Accounts.CreateFirstAdminAsync(Actor, draft, null, ct));
            await context.Out.WriteLineAsync($"已创建管理员 {admin.UserName}（{admin.DisplayName}，范围 {admin.ViewScope}）");
            await context.Out.WriteLineAsync($"一次性密码：{password}（只显示这一次，首次登录须修改）");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>An account refusal as the CLI reports it: the reason, then each bad CSV line.</summary>
    private static async Task<T> Refusals<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (AccountRefusal refusal)
        {
            throw new CliException(string.Join(Environment.NewLine, refusal.Lines.Prepend(refusal.Text.Zh)));
        }
    }
}
