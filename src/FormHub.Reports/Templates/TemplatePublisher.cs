using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Scripting;
using FormHub.Storage;
using FormHub.Storage.Templates;

namespace FormHub.Reports.Templates;

/// <summary>
/// Publishing (发布) and stopping (停报) templates. A new version takes effect from an open period: not before the current
/// one, and not from a month any village has already submitted or approved, so approved figures never change; its rows
/// for the open periods up to now are derived at once. A draft is published only after it was admitted (报表准入) as it is.
/// </summary>
public sealed partial class TemplatePublisher(StoredTemplates templates, IFormHubStore store, TemplateEvaluator evaluator, NarrativeRenderer narrative,
    TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Names a draft in admission decisions: the SHA-256 of its text with \n line ends.</summary>
    public static string ContentHash(string yaml) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StoredTemplates.Normalize(yaml))));

    /// <summary>The current period of a kind, in China time.</summary>
    public Period Current(PeriodType type) => Period.Containing(_clock.Today(), type);

    /// <summary>
    /// Publishes a draft as the template's next version. <c>effectiveFrom</c> is the first period it applies to; required
    /// unless the YAML says <c>effective_from</c> (then they must agree).
    /// </summary>
    /// <exception cref="Core.Text.SourceProblemException">The draft fails the checker.</exception>
    /// <exception cref="TemplateRefusal">Not the next version, a period already filed, or not admitted.</exception>
    public async Task<PublishResult> PublishAsync(string yaml, string? effectiveFrom, string user, string? note, CancellationToken ct = default)
    {
        await templates.RefreshAsync(TimeSpan.Zero, ct);
        var library = templates.Library;
        var hash = ContentHash(yaml);
        yaml = StoredTemplates.Normalize(yaml);
        var draft = TemplateLoader.Load("draft.yaml", yaml);
        var latest = library.Versions(draft.Id) is [.., var last] ? last.Template.Version : 0;
        if (draft.Version != latest + 1)
            throw TemplateRefusal.Of($"报表“{draft.Id}”的下一版应为第{latest + 1}版（当前第{latest}版），请把 version 改为 {latest + 1}",
                $"The next version of '{draft.Id}' is {latest + 1} (now {latest}); set version: {latest + 1}");

        effectiveFrom = string.IsNullOrWhiteSpace(effectiveFrom) ? null : effectiveFrom.Trim();
        if (draft.EffectiveFrom is { } written)
        {
            if (effectiveFrom is not null && effectiveFrom != written)
                throw TemplateRefusal.Of($"施行期别 {effectiveFrom} 与模板中的 effective_from: {written} 不一致", $"effective_from {effectiveFrom} differs from the template's {written}");
            effectiveFrom = written;
        }
        else
        {
            if (effectiveFrom is null)
                throw TemplateRefusal.Of("请给出从哪一期起施行（effective_from，如 2026-12）", "Give the first period it applies to (effective_from, e.g. 2026-12)");
            // It is written into the stored YAML: only a period key may go there, never text that adds keys.
            if (!Period.TryParse(effectiveFrom, out _, out _))
                throw TemplateRefusal.Of($"施行期别“{effectiveFrom}”不是期别（如 2026-12、2026Q4、2026）", $"'{effectiveFrom}' is not a period (e.g. 2026-12, 2026Q4, 2026)");
            yaml = WithEffectiveFrom(yaml, effectiveFrom);
        }

        var admitted = (await store.ListAdmissionsAsync(ct)).LastOrDefault(d => d.TemplateId == draft.Id && d.ContentHash == hash);
        if (admitted?.Verdict != AdmissionVerdict.Admitted)
            throw TemplateRefusal.Of(admitted is null
                    ? "这份草稿还没有报表准入决定：请先在“报表准入”中分析并准入，再发布"
                    : $"这份草稿的准入决定是“{AdmissionNames.Zh(admitted.Verdict)}”，不能发布",
                admitted is null ? "This draft has no admission decision yet: analyse and admit it first" : $"This draft was decided '{admitted.Verdict}'; it cannot be published");

        // Read before compiling: if the catalog moves after this, the append below is refused rather than storing a
        // version checked against an older catalog.
        var catalogVersion = store.CatalogVersion;
        var file = StoredTemplates.FileName(draft.Id, draft.Version);
        var compiled = TemplateChecker.CompileAll([(file, yaml)], templates.Catalog, templates.FormTemplates, templates.RecordRules)[0];
        var type = compiled.Template.Period;
        var from = Period.Parse(effectiveFrom);
        var current = Current(type);
        if (from.Start < current.Start)
            throw TemplateRefusal.Of($"施行期别 {from.Key} 早于本期 {current.Key}：已过去的各期按原版本报送，新版本最早从 {current.Key} 起施行",
                $"{from.Key} is before the current period {current.Key}: past periods keep their version; start from {current.Key} or later");
        await RefuseFiledMonthsAsync(from, current, ct);

        var now = _clock.GetUtcNow();
        var revision = await store.AppendTemplateLogAsync(
            [new TemplateLogEntry(0, draft.Id, TemplateLogKind.Published, draft.Version, yaml, from.Key, user, now, note)],
            library.Revision, catalogVersion,
            DefinitionsAudit.Entry(now, user, DefinitionsAudit.Published, draft.Id,
                $"发布第{draft.Version}版「{compiled.Template.Title}」，自{from.Key}起施行" + (string.IsNullOrWhiteSpace(note) ? "" : $"；说明：{note.Trim()}")), ct);
        await templates.ReloadAsync(ct);
        var stillSaving = new List<string>();
        var recomputed = await RecomputeAsync(draft.Id, from, current, stillSaving, ct);
        return new PublishResult(draft.Id, draft.Version, from.Key, revision, recomputed, stillSaving.Distinct().ToList());
    }

    /// <summary>A month any village has submitted or approved is filed: a version taking effect in it would change approved figures.</summary>
    private async Task RefuseFiledMonthsAsync(Period from, Period current, CancellationToken ct)
    {
        var roots = new RegionTree(await store.GetRegionsAsync(ct), "regions").Roots;
        for (var p = from; p.Start <= current.Start; p = Period.Containing(p.End.AddDays(1), p.Type))
        {
            var month = ReportDeriver.FilingMonthOf(p);
            foreach (var root in roots)
            {
                if ((await store.ListSubmissionsAsync(root.Code.Value, month.Key, ct)).FirstOrDefault(s => !s.IsOpen) is { } filed)
                    throw TemplateRefusal.Of(
                        $"{month.DisplayZh}已有村提交或审核通过（{filed.VillageCode}），该月报表已冻结；新版本请从下一期起施行",
                        $"{month.Key} is already submitted or approved by a village ({filed.VillageCode}) and frozen; start the new version from the next period", conflict: true);
            }
        }
    }

    /// <summary>Derives the template's rows for the open periods from <paramref name="from"/> up to now, every area.</summary>
    /// <remarks>The template is published by then: villages a rebuild left still saving are named in <paramref name="stillSaving"/>, not thrown.</remarks>
    private async Task<IReadOnlyList<string>> RecomputeAsync(string id, Period from, Period current, List<string> stillSaving, CancellationToken ct)
    {
        var done = new List<string>();
        var only = new TemplateLibrary(templates.Library.Versions(id));
        var deriver = new ReportDeriver(store, only, evaluator, narrative, _clock) { OnVillagesStillSaving = stillSaving.AddRange };
        var roots = new RegionTree(await store.GetRegionsAsync(ct), "regions").Roots;
        for (var p = from; p.Start <= current.Start; p = Period.Containing(p.End.AddDays(1), p.Type))
        {
            foreach (var root in roots) await deriver.RebuildAsync(root.Code, p, ct: ct);
            done.Add(p.Key);
        }
        return done;
    }

    /// <summary>停报: the report is not filed from <paramref name="from"/> on (not before the current period; earlier ones stay as filed).</summary>
    public async Task<long> StopAsync(string id, string from, string user, string reason, CancellationToken ct = default)
    {
        await templates.RefreshAsync(TimeSpan.Zero, ct);
        var library = templates.Library;
        if (library.Versions(id) is not [.., var latest]) throw TemplateRefusal.Of($"没有报表“{id}”", $"There is no template '{id}'");
        if (string.IsNullOrWhiteSpace(reason)) throw TemplateRefusal.Of("请写明停报原因", "Give the reason for stopping the report");
        var type = latest.Template.Period;
        if (!Period.TryParse(from, out var period, out var error)) throw new TemplateRefusal(error);
        if (period.Type != type)
            throw TemplateRefusal.Of($"“{id}”按{Current(type).DisplayZh}这样的期别报送，停报期别应同类（如 {Current(type).Key}）",
                $"'{id}' is filed by {type}; give a period like {Current(type).Key}");
        if (period.Start < Current(type).Start)
            throw TemplateRefusal.Of($"停报期别不能早于本期 {Current(type).Key}：已报送的各期保持不变", $"Stopping cannot start before the current period {Current(type).Key}");
        var now = _clock.GetUtcNow();
        var revision = await store.AppendTemplateLogAsync(
            [new TemplateLogEntry(0, id, TemplateLogKind.Stopped, null, null, period.Key, user, now, reason.Trim())], library.Revision,
            audit: DefinitionsAudit.Entry(now, user, DefinitionsAudit.Stopped, id, $"「{latest.Template.Title}」自{period.Key}起停报；原因：{reason.Trim()}"), ct: ct);
        await templates.ReloadAsync(ct);
        return revision;
    }

    /// <summary>恢复报送: lifts a stop.</summary>
    public async Task<long> ResumeAsync(string id, string user, CancellationToken ct = default)
    {
        await templates.RefreshAsync(TimeSpan.Zero, ct);
        var library = templates.Library;
        if (library.StoppedFrom(id) is null) throw TemplateRefusal.Of($"报表“{id}”没有停报", $"'{id}' is not stopped");
        var now = _clock.GetUtcNow();
        var revision = await store.AppendTemplateLogAsync(
            [new TemplateLogEntry(0, id, TemplateLogKind.Resumed, null, null, null, user, now, null)], library.Revision,
            audit: DefinitionsAudit.Entry(now, user, DefinitionsAudit.Resumed, id, $"「{library.Versions(id)[^1].Template.Title}」恢复报送（原自{library.StoppedFrom(id)}起停报）"), ct: ct);
        await templates.ReloadAsync(ct);
        return revision;
    }

    /// <summary>Adds <c>effective_from</c> after the <c>version:</c> line, so the stored text says when it applies (and an export keeps it).</summary>
    private static string WithEffectiveFrom(string yaml, string period)
    {
        var match = VersionLine().Match(yaml);
        return match.Success
            ? yaml.Insert(match.Index + match.Length, $"\neffective_from: {period}")
            : $"effective_from: {period}\n" + yaml;
    }

    [GeneratedRegex(@"^version:[^\n]*", RegexOptions.Multiline)]
    private static partial Regex VersionLine();
}
