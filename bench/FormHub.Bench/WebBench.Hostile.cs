using System.Diagnostics;
using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Storage;
using FormHub.Storage.Accounts;

namespace FormHub.Bench;

/// <summary>
/// <c>--hostile-preview</c>: while the cadres save, an admin previews a hostile draft template in a loop (POST
/// /api/admin/templates/preview on one village): an endless loop, unbounded recursion and two memory bombs in one native
/// call, beside an honest column. Issue 12's acceptance: the sandbox stops each with a Chinese message naming the
/// template and column, and the saves keep their p99. The server limits previews per admin (429 with Retry-After): the
/// loop then waits as told, as the editor's user would, and counts the refusals.
/// </summary>
internal sealed partial class WebBench
{
    private const string AdminName = "bench-admin";

    /// <summary>Column ids of the hostile draft that must come back as cell errors, and the one that must still derive.</summary>
    private static readonly string[] HostileColumns = ["loop", "recursion", "repeat", "array"];

    private const string HostileDraft = """
        id: bench-hostile
        version: 1
        title: 压测恶意模板
        department: 统计
        period: monthly
        columns:
          - id: persons
            title: 人数
            value: count(persons)
          - id: loop
            title: 死循环
            value: "(() => { let i = 0; while (true) { i++; } })()"
          - id: recursion
            title: 无限递归
            value: "(function f(n) { return f(n + 1) + 1; })(0)"
          - id: repeat
            title: 超长文字
            value: "'x'.repeat(2 ** 28).length"
          - id: array
            title: 超大数组
            value: "Array.from({length: 1e8}).length"
        """;

    private sealed class HostileResult
    {
        public Samples Previews { get; } = new();
        public int Stopped { get; set; }
        public int Wrong { get; set; }
        public int Limited { get; set; }
        public string? LimitedMessage { get; set; }
        public string? FirstWrong { get; set; }
        public string? Example { get; set; }
    }

    /// <summary>The admin account the hostile loop signs in as: county scope (the demo county above the villages).</summary>
    private static UserAccount AdminAccount(IReadOnlyList<OrgUnit> regions, string hash)
    {
        var county = regions.First(u => u.Level == OrgLevel.County).Code.Value;
        return new UserAccount
        {
            UserName = AdminName, DisplayName = "管理员（压测）", Role = AccountRole.Admin, CaptureScope = null, ViewScope = county, PasswordHash = hash,
        };
    }

    private async Task<Cadre?> SignInAdminAsync(Uri baseUri, string village)
    {
        var admin = new Cadre(-1, AdminName, village, baseUri);
        var token = await SendAsync(admin, HttpMethod.Get, "/api/session/antiforgery", null, null);
        if (!token.Ok) { Fail("admin antiforgery", admin, token); return null; }
        var csrf = JsonDocument.Parse(token.Body).RootElement.GetProperty("token").GetString();
        var login = await SendAsync(admin, HttpMethod.Post, "/api/session/login", new { userName = AdminName, password = Password }, csrf);
        if (!login.Ok) { Fail("admin login", admin, login); return null; }
        using var doc = JsonDocument.Parse(login.Body);
        admin.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", doc.RootElement.GetProperty("csrfToken").GetString());
        admin.Period = doc.RootElement.GetProperty("user").GetProperty("currentPeriod").GetString();
        return admin;
    }

    /// <summary>Previews the hostile draft one after another from the start of the warm-up to the end; only those started in the window are recorded.</summary>
    private async Task<HostileResult> HostileLoopAsync(Cadre admin, long warmEnd, long end)
    {
        var result = new HostileResult();
        while (Stopwatch.GetTimestamp() < end)
        {
            var start = Stopwatch.GetTimestamp();
            var answer = await SendAsync(admin, HttpMethod.Post, "/api/admin/templates/preview",
                new { yaml = HostileDraft, unit = admin.Village, period = admin.Period }, null);
            if (answer.Status == 429)
            {
                if (start >= warmEnd) result.Limited++;
                result.LimitedMessage ??= JsonDocument.Parse(answer.Body).RootElement.GetProperty("detail").GetString();
                var wait = answer.RetryAfter ?? TimeSpan.FromSeconds(1);
                if (Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency) < end) await Task.Delay(wait);
                else break;
                continue;
            }
            if (start < warmEnd) continue;
            result.Previews.Add(answer.Ms);
            var why = WhyWrong(answer);
            if (why is null) result.Stopped++;
            else
            {
                result.Wrong++;
                result.FirstWrong ??= why;
            }
        }
        return result;

        string? WhyWrong(Answer answer)
        {
            if (!answer.Ok) return $"HTTP {answer.Status}: {(answer.Body.Length > 300 ? answer.Body[..300] : answer.Body)}";
            using var doc = JsonDocument.Parse(answer.Body);
            var errors = doc.RootElement.GetProperty("total").GetProperty("cellErrors");
            foreach (var column in HostileColumns)
            {
                if (!errors.TryGetProperty(column, out var message) || message.GetString() is not { } text || !text.Contains("bench-hostile", StringComparison.Ordinal))
                    return $"column {column} not stopped with a message naming the template: {errors}";
            }
            if (errors.TryGetProperty("persons", out _)) return "the honest column failed too: " + errors;
            result.Example ??= string.Join(" | ", HostileColumns.Select(c => errors.GetProperty(c).GetString()));
            return null;
        }
    }

    private static string DescribeHostile(HostileResult h, Samples saves) =>
        $"hostile draft previewed in a loop by an admin during the window: {h.Previews.Count} previews ({h.Previews.Describe()}), " +
        $"{h.Stopped} with all four hostile columns stopped and the honest column derived, {h.Wrong} otherwise, {h.Limited} refused 429 by the per-admin limit" +
        (h.LimitedMessage is null ? "" : $" (“{h.LimitedMessage}”)") +
        (h.FirstWrong is null ? "" : $" (first: {h.FirstWrong})") + $"; save p99 meanwhile {Fmt.Ms(saves.Percentile(99))}" +
        (h.Example is null ? "" : $"; messages: {h.Example}");
}
