using System.Text.Json;
using FormHub.Core.OrgUnits;
using FormHub.Core.Periods;
using FormHub.Core.Templates;
using FormHub.Reports.Templates;
using FormHub.Storage;
using FormHub.Storage.Templates;

namespace FormHub.Reports.Admission;

/// <summary>
/// 报表准入: records a decision on a draft (准入 / 不予准入 / 合并到某报表, with the reason and the analysis it was made on)
/// and lists the admitted reports (准入清单).
/// </summary>
public sealed class AdmissionRegister(StoredTemplates templates, IFormHubStore store, AdmissionAnalyzer analyzer, TimeProvider? clock = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Checks the draft, analyses it again over <c>area</c> (the deciding admin's county, or the area above it: the decision
    /// keeps the analysis it was made on) and records the decision with its audit line.
    /// </summary>
    /// <exception cref="Core.Text.SourceProblemException">The draft fails the checker.</exception>
    /// <exception cref="TemplateRefusal">No reason, or a merge without an existing report to merge into.</exception>
    public async Task<(AdmissionDecision Decision, AdmissionAnalysis Analysis)> DecideAsync(string yaml, AdmissionVerdict verdict, string? mergeInto, string? reason,
        string user, RegionCode area, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw TemplateRefusal.Of("请写明准入决定的理由", "Give the reason for the decision");
        var draft = Compile(yaml);
        if (verdict == AdmissionVerdict.Merged)
        {
            if (string.IsNullOrWhiteSpace(mergeInto) || !templates.Library.Versions(mergeInto.Trim()).Any())
                throw TemplateRefusal.Of("“合并到某报表”须选择一张已有的报表", "A merge must name an existing report");
            if (mergeInto.Trim() == draft.Template.Id) throw TemplateRefusal.Of("不能合并到报表自身", "A report cannot be merged into itself");
        }
        else mergeInto = null;
        var analysis = await analyzer.AnalyseAsync(draft, area, ct);
        var now = _clock.GetUtcNow();
        var verdictText = AdmissionNames.Zh(verdict) + (mergeInto is null ? "" : $"（并入 {mergeInto.Trim()}）");
        var decision = await store.SaveAdmissionAsync(new AdmissionDecision(0, draft.Template.Id, TemplatePublisher.ContentHash(yaml), verdict, mergeInto?.Trim(),
            reason.Trim(), JsonSerializer.Serialize(analysis, Json), user, now),
            DefinitionsAudit.Entry(now, user, DefinitionsAudit.Decided, draft.Template.Id,
                $"第{draft.Template.Version}版「{draft.Template.Title}」{verdictText}；理由：{reason.Trim()}；每期新增填报 {analysis.NewValuesPerPeriod} 个值"), ct);
        return (decision, analysis);
    }

    /// <summary>Checks and compiles a draft with the same checker as <c>template check</c>.</summary>
    public Scripting.Compilation.CompiledTemplate Compile(string yaml)
    {
        var id = TryId(yaml) ?? "draft";
        return TemplateChecker.CompileAll([(id + ".yaml", StoredTemplates.Normalize(yaml))], templates.Catalog, templates.FormTemplates)[0];
    }

    private static string? TryId(string yaml)
    {
        try { return TemplateLoader.Load("draft.yaml", yaml).Id; }
        catch (Core.Text.SourceProblemException) { return null; }
    }

    /// <summary>准入清单: every report in force now (not stopped), with its latest admission, in id order.</summary>
    public async Task<IReadOnlyList<AdmissionListEntry>> ListAsync(CancellationToken ct = default)
    {
        await templates.RefreshAsync(TimeSpan.Zero, ct);
        var library = templates.Library;
        var decisions = await store.ListAdmissionsAsync(ct);
        var log = await store.ReadTemplateLogAsync(ct);
        var today = _clock.Today();
        var entries = new List<AdmissionListEntry>();
        foreach (var id in library.Ids)
        {
            var versions = library.Versions(id);
            if (library.InForce(id, Period.Containing(today, versions[^1].Template.Period)) is not { } current) continue;
            var admitted = decisions.LastOrDefault(d => d.TemplateId == id && d.Verdict == AdmissionVerdict.Admitted);
            long? burden = null;
            if (admitted is not null)
            {
                try { burden = JsonSerializer.Deserialize<AdmissionAnalysis>(admitted.Analysis, Json)?.NewValuesPerPeriod; }
                catch (JsonException) { burden = null; }
            }
            var first = log.FirstOrDefault(e => e.TemplateId == id && e.Kind == TemplateLogKind.Published);
            entries.Add(new AdmissionListEntry(id, current.Template.Version, current.Template.Title, current.Template.Department,
                current.Template.Period.ToString().ToLowerInvariant(), current.FieldsRead.Order(StringComparer.Ordinal).ToList(),
                versions[0].Template.EffectiveFrom ?? "首期起", burden,
                admitted is null ? "随初始模板导入" : AdmissionNames.Zh(admitted.Verdict),
                admitted?.UserName ?? first?.UserName, admitted?.At ?? first?.At, admitted?.Reason));
        }
        return entries;
    }
}
