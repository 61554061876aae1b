using System.Net.Http.Json;

namespace FormHub.Server.Tests.Infrastructure;

/// <summary>
/// One endpoint of docs/api.md: its OpenAPI path and method, and how to call it for a unit code, a record id and a month
/// with a body that would change something if it were let through.
/// </summary>
public sealed record ApiEndpoint(string Name, HttpMethod Method, string OpenApiPath, bool Public = false, bool TakesPeriodQuery = false)
{
    /// <summary>The endpoint names a unit (village, township or county) in its URL and is called signed in (the machine API takes a token instead).</summary>
    public bool NamesUnit => (OpenApiPath.Contains("{code}") || OpenApiPath.Contains("{unit}")) && !Machine;

    /// <summary>A machine API endpoint: a bearer token is its only credential, and the client's grant its scope (MachineApiTests).</summary>
    public bool Machine => OpenApiPath.StartsWith("/api/machine/", StringComparison.Ordinal);

    public bool Writes => Method != HttpMethod.Get;

    /// <summary>Only admins may call it (账号管理, 数据目录管理, 报表模板, 报表准入): every other role gets 403.</summary>
    public bool AdminOnly => OpenApiPath.StartsWith("/api/accounts", StringComparison.Ordinal)
        || OpenApiPath.StartsWith("/api/admin/templates", StringComparison.Ordinal) || OpenApiPath.StartsWith("/api/admin/admission", StringComparison.Ordinal)
        || OpenApiPath.StartsWith("/api/admin/catalog", StringComparison.Ordinal) || OpenApiPath.StartsWith("/api/admin/reporting-start", StringComparison.Ordinal);

    /// <summary>The account a URL with <c>{userName}</c> names: one a refused call must leave untouched.</summary>
    public const string TargetAccount = "reviewer";

    /// <summary>The record id in the URL is a number (an inbox item), not a GUID.</summary>
    public bool NumericId { get; init; }

    /// <summary>The report a URL with <c>{templateId}</c> names: one every role may receive (民政, monthly).</summary>
    public const string TemplateId = "mz-dibao-monthly";

    public string Url(string code, Guid id, string? period)
    {
        var path = OpenApiPath.Replace("{code}", code).Replace("{unit}", code).Replace("{type}", "person").Replace("{templateId}", TemplateId).Replace("{userName}", TargetAccount).Replace("{version}", "1")
            .Replace("{county}", code).Replace("{entityType}", "person").Replace("{name}", "marital_status")
            .Replace("{id}", NumericId ? "1" : id.ToString());
        return TakesPeriodQuery && period is not null ? $"{path}?period={period}" : path;
    }

    public HttpRequestMessage Request(string code, Guid id, string period) => new(Method, Url(code, id, period)) { Content = Body(period) };

    /// <summary>What a caller would send; the writes ask for something that must never happen when refused.</summary>
    public JsonContent? Body(string period) => Name switch
    {
        "login" => JsonContent.Create(new { userName = "nobody", password = "x" }),
        "catalog check" => JsonContent.Create(new { entityType = "person", values = new Dictionary<string, object> { ["id_number"] = "360835196905078615" } }),
        "changes" => JsonContent.Create(new
        {
            period,
            operations = new object[] { new { op = "create", entityType = "household", fields = new Dictionary<string, object> { ["name"] = RefusedName } } },
        }),
        "submission" => JsonContent.Create(new { period, action = "submit", version = 0 }),
        "review" => JsonContent.Create(new { period, action = "approve", version = 0, comment = "越权审核" }),
        "create account" or "update account" => JsonContent.Create(new { userName = RefusedAccount, displayName = RefusedName, role = "admin", scope = "360835000000", password = "越权创建的管理员密码-2026" }),
        "create cadres" => JsonContent.Create(new { csv = $"360835100200,{RefusedAccount},{RefusedName},\n" }),
        "publish template" or "check template" or "preview template" or "admission analysis" => JsonContent.Create(new { yaml = RefusedTemplate, effectiveFrom = period, unit = "360835000000", period }),
        "admission decision" => JsonContent.Create(new { yaml = RefusedTemplate, verdict = "admitted", reason = "越权准入" }),
        "stop template" => JsonContent.Create(new { from = period, reason = "越权停报" }),
        // An earlier start would be accepted if let through: the county's months would change.
        "set reporting start" => JsonContent.Create(new { month = "2001-01" }),
        // Relabelling a field no report reads, or adding one: either would go through if let through.
        "add catalog field" or "change catalog field" => JsonContent.Create(new
        {
            version = 1,
            field = new
            {
                entityType = "person", name = Name == "add catalog field" ? "refused_field" : "marital_status", type = "enum",
                options = new[] { "未婚", "已婚", "离婚", "丧偶" }, labelZh = RefusedName, labelEn = "x", ownerDepartment = "民政",
            },
        }),
        "setup admin" => JsonContent.Create(new { userName = RefusedAccount, displayName = RefusedName, scope = "360835000000", password = "越权创建的管理员密码-2026" }),
        _ when Writes => JsonContent.Create(new { }),
        _ => null,
    };

    /// <summary>The household name a refused write tries to create; it must never appear anywhere.</summary>
    public const string RefusedName = "越权写入户";

    /// <summary>The template a refused template write tries to admit or publish.</summary>
    public const string RefusedTemplate = "id: intruder-report\nversion: 1\ntitle: 越权报表\ndepartment: 民政\nperiod: monthly\ncolumns:\n  - id: n\n    title: 户数\n    value: count(households)\n";

    /// <summary>The account a refused account write tries to create.</summary>
    public const string RefusedAccount = "intruder";

    public override string ToString() => Name;
}

/// <summary>Every endpoint of docs/api.md (and of src/FormHub.Server/Api/*.cs); the matrix tests run over this table.</summary>
public static class ApiEndpoints
{
    public static readonly IReadOnlyList<ApiEndpoint> All =
    [
        new("antiforgery", HttpMethod.Get, "/api/session/antiforgery", Public: true),
        new("login", HttpMethod.Post, "/api/session/login", Public: true),
        new("logout", HttpMethod.Post, "/api/session/logout"),
        new("me", HttpMethod.Get, "/api/session/me"),
        new("change password", HttpMethod.Post, "/api/session/password"),
        new("sign out everywhere", HttpMethod.Post, "/api/session/signout-everywhere"),
        // The first admin: answers anyone with 404 unless the request is from the server's own machine and no admin exists.
        new("setup state", HttpMethod.Get, "/api/setup", Public: true),
        new("setup admin", HttpMethod.Post, "/api/setup/admin", Public: true),
        new("accounts", HttpMethod.Get, "/api/accounts"),
        new("create account", HttpMethod.Post, "/api/accounts"),
        new("create cadres", HttpMethod.Post, "/api/accounts/csv"),
        new("update account", HttpMethod.Put, "/api/accounts/{userName}"),
        new("disable account", HttpMethod.Post, "/api/accounts/{userName}/disable"),
        new("enable account", HttpMethod.Post, "/api/accounts/{userName}/enable"),
        new("reset password", HttpMethod.Post, "/api/accounts/{userName}/reset"),
        new("sign account out everywhere", HttpMethod.Post, "/api/accounts/{userName}/signout-everywhere"),
        new("account phone", HttpMethod.Get, "/api/accounts/{userName}/phone"),
        new("account audit", HttpMethod.Get, "/api/accounts/audit"),
        new("catalog", HttpMethod.Get, "/api/catalog"),
        new("catalog admin", HttpMethod.Get, "/api/admin/catalog"),
        new("catalog history", HttpMethod.Get, "/api/admin/catalog/history"),
        new("shipped catalog differences", HttpMethod.Get, "/api/admin/catalog/shipped"),
        new("apply shipped catalog field", HttpMethod.Post, "/api/admin/catalog/shipped/apply"),
        new("add catalog field", HttpMethod.Post, "/api/admin/catalog/fields"),
        new("change catalog field", HttpMethod.Put, "/api/admin/catalog/fields/{entityType}/{name}"),
        new("remove catalog field", HttpMethod.Delete, "/api/admin/catalog/fields/{entityType}/{name}"),
        new("catalog check", HttpMethod.Post, "/api/catalog/check"),
        new("form", HttpMethod.Get, "/api/villages/{code}/form", TakesPeriodQuery: true),
        new("entities", HttpMethod.Get, "/api/villages/{code}/entities/{type}", TakesPeriodQuery: true),
        new("entity", HttpMethod.Get, "/api/villages/{code}/entities/{type}/{id}", TakesPeriodQuery: true),
        new("changes", HttpMethod.Post, "/api/villages/{code}/changes"),
        new("checks", HttpMethod.Get, "/api/villages/{code}/checks", TakesPeriodQuery: true),
        new("reports", HttpMethod.Get, "/api/villages/{code}/reports", TakesPeriodQuery: true),
        new("audit", HttpMethod.Get, "/api/villages/{code}/audit", TakesPeriodQuery: true),
        new("submission", HttpMethod.Post, "/api/villages/{code}/submission"),
        new("review board", HttpMethod.Get, "/api/review/{unit}/villages", TakesPeriodQuery: true),
        new("review", HttpMethod.Post, "/api/review/villages/{code}"),
        new("month changes", HttpMethod.Get, "/api/review/villages/{code}/changes", TakesPeriodQuery: true),
        new("duplicates", HttpMethod.Get, "/api/review/{unit}/duplicates"),
        new("retire duplicate", HttpMethod.Post, "/api/review/duplicates/{id}/retire"),
        new("findings", HttpMethod.Get, "/api/findings/{unit}", TakesPeriodQuery: true),
        new("eligibility outcome", HttpMethod.Post, "/api/findings/outcomes"),
        new("burden", HttpMethod.Get, "/api/units/{code}/burden", TakesPeriodQuery: true),
        new("published reports", HttpMethod.Get, "/api/reports"),
        new("report view", HttpMethod.Get, "/api/reports/{templateId}/{unit}", TakesPeriodQuery: true),
        new("export xlsx", HttpMethod.Get, "/api/reports/{templateId}/{unit}/xlsx", TakesPeriodQuery: true),
        new("export pdf", HttpMethod.Get, "/api/reports/{templateId}/{unit}/pdf", TakesPeriodQuery: true),
        new("upload layout", HttpMethod.Post, "/api/templates/{templateId}/layout"),
        new("live reports", HttpMethod.Get, "/api/admin/live-reports"),
        new("retry quarantined", HttpMethod.Post, "/api/admin/live-reports/retry"),
        new("reporting starts", HttpMethod.Get, "/api/admin/reporting-start"),
        new("set reporting start", HttpMethod.Put, "/api/admin/reporting-start/{county}"),
        new("completeness", HttpMethod.Get, "/api/completeness/{unit}", TakesPeriodQuery: true),
        new("subscriptions", HttpMethod.Get, "/api/subscriptions"),
        new("subscribe", HttpMethod.Post, "/api/subscriptions"),
        new("unsubscribe", HttpMethod.Delete, "/api/subscriptions/{id}"),
        new("deliveries", HttpMethod.Get, "/api/subscriptions/{id}/deliveries"),
        new("inbox", HttpMethod.Get, "/api/inbox"),
        new("mark read", HttpMethod.Post, "/api/inbox/{id}/read") { NumericId = true },
        new("templates", HttpMethod.Get, "/api/admin/templates"),
        new("broken templates", HttpMethod.Get, "/api/admin/templates/broken"),
        new("template", HttpMethod.Get, "/api/admin/templates/{templateId}"),
        new("template version", HttpMethod.Get, "/api/admin/templates/{templateId}/versions/{version}"),
        new("check template", HttpMethod.Post, "/api/admin/templates/check"),
        new("preview template", HttpMethod.Post, "/api/admin/templates/preview"),
        new("publish template", HttpMethod.Post, "/api/admin/templates/publish"),
        new("stop template", HttpMethod.Post, "/api/admin/templates/{templateId}/stop"),
        new("resume template", HttpMethod.Post, "/api/admin/templates/{templateId}/resume"),
        new("admission analysis", HttpMethod.Post, "/api/admin/admission/analysis"),
        new("admission decision", HttpMethod.Post, "/api/admin/admission/decisions"),
        new("admission list", HttpMethod.Get, "/api/admin/admission/list"),
        new("admission list xlsx", HttpMethod.Get, "/api/admin/admission/list/xlsx"),
        new("api clients", HttpMethod.Get, "/api/admin/api-clients"),
        new("create api client", HttpMethod.Post, "/api/admin/api-clients"),
        new("revoke api client", HttpMethod.Post, "/api/admin/api-clients/{id}/revoke"),
        new("import upload", HttpMethod.Post, "/api/units/{code}/imports"),
        new("export roster", HttpMethod.Get, "/api/units/{code}/roster/{type}", TakesPeriodQuery: true),
        new("import profiles", HttpMethod.Get, "/api/imports/profiles"),
        new("import run", HttpMethod.Post, "/api/imports/{id}/runs"),
        new("import status", HttpMethod.Get, "/api/imports/{id}"),
        new("import problems", HttpMethod.Get, "/api/imports/{id}/problems"),
        // A bearer token is the machine API's only credential: without one it answers 401, cookies or not.
        new("data value set", HttpMethod.Post, "/api/machine/v1/dataValueSets"),
        new("machine report rows", HttpMethod.Get, "/api/machine/v1/reports/{templateId}/{unit}/rows"),
        new("machine completeness", HttpMethod.Get, "/api/machine/v1/completeness/{unit}"),
        // The feed's token is its only credential: it answers an anonymous caller (404 without the right token).
        new("feed", HttpMethod.Get, "/feeds/{id}.atom", Public: true),
    ];

    public static ApiEndpoint Named(string name) => All.Single(e => e.Name == name);

    /// <summary>Endpoints naming a unit in the URL: the ones scope decides.</summary>
    public static IEnumerable<ApiEndpoint> ForUnits => All.Where(e => e.NamesUnit);

    /// <summary>账号管理: admins only.</summary>
    public static IEnumerable<ApiEndpoint> ForAdmins => All.Where(e => e.AdminOnly);
}
