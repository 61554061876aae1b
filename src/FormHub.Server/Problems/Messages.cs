using FormHub.Core.Text;

namespace FormHub.Server.Problems;

/// <summary>The server's own messages, in Chinese first; store and template messages come with their own texts.</summary>
internal static class Messages
{
    public static readonly LocalizedText NotAllowed = new("您没有权限执行此操作。", "You are not allowed to do this.");
    public static readonly LocalizedText SignInRequired = new("请先登录。", "Please sign in.");
    public static readonly LocalizedText WrongPassword = new("用户名或密码错误。", "Wrong user name or password.");
    public static readonly LocalizedText TooManyAttempts = new("登录尝试过于频繁，请一分钟后再试。", "Too many sign-in attempts; try again in a minute.");
    public static readonly LocalizedText SignInPaused = new("该账号密码错误次数过多，已暂停登录 15 分钟。请稍后再试；忘记密码请联系管理员重置。",
        "Too many wrong passwords for this account: sign-in is paused for 15 minutes. Try again later, or ask an admin to reset the password.");
    public static readonly LocalizedText BadCsrf = new("页面已过期或请求来源无效，请刷新页面后重试。本次操作未生效。",
        "The page has expired or the request did not come from FormHub; reload the page and try again. Nothing was changed.");
    public static readonly LocalizedText OutOfScope = new("无权访问该单位的数据。", "That unit's data is outside your scope.");
    public static readonly LocalizedText CaptureOnly = new("只有本村的村干部可以修改本村数据。", "Only the village's own cadre can change its data.");
    public static readonly LocalizedText NoRosters = new("部门用户只能查看汇总报表，不能查看户和人员名册。",
        "Department users see aggregate reports only, not household or person rosters.");
    public static readonly LocalizedText ServerError = new("服务器内部错误，本次操作未生效。请稍后重试；如仍出错请联系管理员。",
        "Internal server error; nothing was changed. Try again later or contact the administrator.");

    public static LocalizedText BadRegionCode(string code, LocalizedText why) => new($"区划代码“{code}”不正确：{why.Zh}", $"Region code '{code}' is invalid: {why.En}");

    public static LocalizedText UnknownUnit(string code) => new($"找不到区划代码为 {code} 的单位。", $"No unit has the region code {code}.");

    public static LocalizedText NotAVillage(string code) => new($"{code} 不是村（社区）级单位。", $"{code} is not a village-level unit.");

    public static LocalizedText BadPeriod(string text, LocalizedText why) => FormHub.Filing.FilingMessages.BadPeriod(text, why);

    public static LocalizedText TooLarge(long limit) => new($"请求内容过大（上限 {limit / 1024:N0} KB），未做任何更改。", $"The request body is too large (limit {limit / 1024:N0} KB); nothing was changed.");

    public static LocalizedText MalformedRequest(LocalizedText detail) => new($"请求内容格式不正确，未做任何更改：{detail.Zh}", $"The request is malformed; nothing was changed: {detail.En}");
}
