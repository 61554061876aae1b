using FormHub.Core.Catalog;
using FormHub.Core.Text;
using FormHub.Core.Validation;
using FormHub.Scripting.Compilation;
using FormHub.Storage;
using FormHub.Storage.Errors;
using FormHub.Storage.Model;

namespace FormHub.Reports.CatalogChanges;

/// <summary>
/// 数据目录的修改: adds, changes and removes catalog fields as new catalog versions in the store, refusing any change
/// that would break a report template (every template version is compiled again against the changed catalog) or a
/// value already stored (every distinct stored value is read and validated as the changed field). Shared by the
/// server's admin pages and anything else that edits the catalog.
/// </summary>
public sealed class CatalogEditor(IFormHubStore store, TimeProvider clock, RuleBook? rules = null)
{
    private const int ExamplesShown = 5;

    /// <summary>The catalog as it stands now (the newest version, read from the store) and its version number.</summary>
    public async Task<(FieldCatalog Catalog, long Version)> CurrentAsync(CancellationToken ct)
    {
        await store.RefreshCatalogAsync(ct);
        return (store.Catalog, store.CatalogVersion);
    }

    /// <summary>Which templates read each field (catalog key → template ids), from the analyzer's reads of every version.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Readers(TemplateLibrary templates) =>
        templates.AllVersions.SelectMany(t => t.FieldsRead.Select(key => (key, t.Template.Id)))
            .GroupBy(r => r.key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    /// <summary>
    /// Makes the change as catalog version <paramref name="expectedVersion"/> + 1, recorded with <paramref name="actor"/>.
    /// </summary>
    /// <exception cref="CatalogEditRefusal">The definition is wrong or the change would break something; nothing saved.</exception>
    /// <exception cref="CatalogConflictException">The catalog changed since <paramref name="expectedVersion"/>.</exception>
    public async Task<CatalogVersionInfo> ApplyAsync(string actor, CatalogEdit edit, long expectedVersion, TemplateLibrary templates, CancellationToken ct)
    {
        // The template revision the check below covers: the save is refused if a template was published since (the store
        // takes one lock for both), so a catalog change never leaves a stored template that does not compile.
        var templateRevision = templates.Revision;
        var (catalog, version) = await CurrentAsync(ct);
        if (version != expectedVersion) throw new CatalogConflictException(expectedVersion, version);

        var field = edit.Field with { SourceFile = "", SourceLine = 0 };
        var before = catalog.FindField(field.EntityType, field.Name);
        switch (edit.Kind)
        {
            case CatalogEditKind.Add when before is not null:
                throw new CatalogEditRefusal(new($"字段 {field.Key} 已存在", $"The field {field.Key} already exists"), CatalogRefusalKind.Exists);
            case CatalogEditKind.Change or CatalogEditKind.Remove when before is null:
                throw new CatalogEditRefusal(new($"数据目录中没有字段 {field.Key}", $"The catalog has no field {field.Key}"), CatalogRefusalKind.NotFound);
        }
        if (edit.Kind != CatalogEditKind.Remove && FieldDefinitionRules.Check(field, catalog) is { Count: > 0 } problems)
            throw new CatalogEditRefusal(new("字段定义有误，未保存", "The field definition has problems; nothing was saved"), CatalogRefusalKind.Invalid, problems);

        var fields = catalog.Fields.ToList();
        var index = fields.FindIndex(f => f.Key == field.Key);
        if (edit.Kind == CatalogEditKind.Add) fields.Add(field);
        else if (edit.Kind == CatalogEditKind.Change) fields[index] = field;
        else fields.RemoveAt(index);
        var changed = new FieldCatalog(catalog.EntityTypes, fields);

        var breaks = new List<CatalogBreak>();
        breaks.AddRange(BrokenTemplates(templates, changed));
        breaks.AddRange(BrokenRules(rules, changed));
        breaks.AddRange(await BrokenValuesAsync(edit.Kind, before, field, ct));
        if (breaks.Count > 0)
        {
            var what = edit.Kind switch { CatalogEditKind.Add => "新增", CatalogEditKind.Change => "修改", _ => "删除" };
            throw new CatalogEditRefusal(
                new($"{what}字段 {field.Key} 会影响 {breaks.Count} 处（见下），未保存", $"Changing {field.Key} would break {breaks.Count} things (listed); nothing was saved"),
                CatalogRefusalKind.Breaks, breaks: breaks);
        }
        var summary = CatalogChangeSummary.Describe(edit, before);
        var action = edit.Kind switch
        {
            CatalogEditKind.Add => DefinitionsAudit.FieldAdded,
            CatalogEditKind.Change => DefinitionsAudit.FieldChanged,
            _ => DefinitionsAudit.FieldRemoved,
        };
        return await store.SaveCatalogAsync(changed, version, actor, summary, templateRevision,
            DefinitionsAudit.Entry(clock.GetUtcNow(), actor, action, field.Key, $"数据目录第{version + 1}版：{summary}"), ct);
    }

    /// <summary>
    /// Every record rule that would not compile against <paramref name="changed"/> (a field it reads removed or retyped, or
    /// made sensitive while its message shows it to reviewers and departments): rules run with the server, so a rule that
    /// no longer compiles would stop the next start.
    /// </summary>
    private static IEnumerable<CatalogBreak> BrokenRules(RuleBook? rules, FieldCatalog changed)
    {
        if (rules is null) yield break;
        var compiler = new RuleCompiler(changed);
        foreach (var rule in rules.Rules.Select(r => r.Rule))
        {
            SourceProblem? problem = null;
            try { compiler.Compile(rule); }
            catch (SourceProblemException e) { problem = e.Problems[0]; }
            if (problem is null) continue;
            yield return new CatalogBreak(new($"规则「{rule.Title}」（{rule.Id}）将无法运行：{problem.Message.Zh}",
                $"The rule '{rule.Title}' ({rule.Id}) would no longer run: {problem.Message.En}"));
        }
    }

    /// <summary>Every template version that compiles today and would not against <paramref name="changed"/>, with the compiler's first message.</summary>
    private static IEnumerable<CatalogBreak> BrokenTemplates(TemplateLibrary templates, FieldCatalog changed)
    {
        var compiler = new TemplateCompiler(changed);
        foreach (var compiled in templates.AllVersions)
        {
            var template = compiled.Template;
            SourceProblem? problem = null;
            try { compiler.Compile(template); }
            catch (SourceProblemException e) { problem = e.Problems[0]; }
            if (problem is null) continue;
            yield return new CatalogBreak(new(
                    $"报表「{template.Title}」（{template.Id} 第{template.Version}版）将无法计算：{problem.Message.Zh}",
                    $"The report '{template.Title}' ({template.Id} version {template.Version}) would no longer compute: {problem.Message.En}"),
                TemplateId: template.Id);
        }
    }

    private async Task<IEnumerable<CatalogBreak>> BrokenValuesAsync(CatalogEditKind kind, FieldDefinition? before, FieldDefinition field, CancellationToken ct)
    {
        var stored = await store.CountStoredValuesAsync(field.EntityType, field.Name, ct);
        var held = stored.Where(v => v.Json != "null").ToList();
        var heldCount = held.Sum(v => v.Count);
        var label = before?.LabelZh ?? field.LabelZh;
        if (kind == CatalogEditKind.Remove)
            return heldCount == 0 ? [] :
            [
                new CatalogBreak(new($"「{label}」已存有 {heldCount} 个值，删除字段后这些值将无法查看和上报", $"{heldCount} values are stored under '{label}'; removing the field would hide them"),
                    ValueCount: heldCount, Examples: Examples(held.Select(v => v.Json))),
            ];

        var breaks = new List<CatalogBreak>();
        if (before is not null && heldCount > 0 && before.Kind != field.Kind)
            breaks.Add(new CatalogBreak(new($"「{label}」已存有 {heldCount} 个值，不能在属性和按期填报之间改变种类", $"{heldCount} values are stored; the kind cannot change"),
                ValueCount: heldCount));
        // Values are kept under the field's own period key (a month, quarter or year): another period would strand them.
        if (before is not null && heldCount > 0 && before.Kind == FieldKind.Periodic && field.Kind == FieldKind.Periodic && before.OwnPeriod != field.OwnPeriod)
            breaks.Add(new CatalogBreak(new($"「{label}」已按原填报周期存有 {heldCount} 个值，不能改变填报周期（月报、季报、年报）",
                $"{heldCount} values are stored under '{label}''s own period; the period (monthly, quarterly, yearly) cannot change"), ValueCount: heldCount));
        if (before is not null && heldCount > 0 && before.RefEntityType != field.RefEntityType && field.Type == FieldType.EntityRef)
            breaks.Add(new CatalogBreak(new($"「{label}」已存有 {heldCount} 个引用，不能改变引用的实体类型", $"{heldCount} references are stored; the referenced type cannot change"),
                ValueCount: heldCount));

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
        var failing = new List<(string Shown, long Count)>();
        foreach (var value in held)
        {
            if (Fits(field, value.Json, today, out var shown)) continue;
            failing.Add((shown, value.Count));
        }
        if (failing.Count > 0)
        {
            var count = failing.Sum(f => f.Count);
            breaks.Add(new CatalogBreak(new(
                    $"已存的 {count} 个值不符合修改后的定义（{failing.Count} 种不同的值），如：{string.Join("；", failing.Take(ExamplesShown).Select(f => f.Shown))}",
                    $"{count} stored values ({failing.Count} distinct) would not fit the changed definition, e.g. {string.Join("; ", failing.Take(ExamplesShown).Select(f => f.Shown))}"),
                ValueCount: count, Examples: failing.Take(ExamplesShown).Select(f => f.Shown).ToList()));
        }

        // A new type must also read what the history holds: an as-of read of an earlier day, or a template reading an
        // earlier period (prev, a year's months), returns those values as the field's current type.
        if (before is not null && before.Type != field.Type)
        {
            var history = new List<(string Shown, long Count)>();
            foreach (var value in await store.CountHistoryValuesAsync(field.EntityType, field.Name, ct))
            {
                if (Fits(field, value.Json, today, out var shown)) continue;
                history.Add((shown, value.Count));
            }
            if (history.Count > 0)
            {
                var count = history.Sum(f => f.Count);
                var examples = history.Take(ExamplesShown).Select(f => f.Shown).ToList();
                breaks.Add(new CatalogBreak(new(
                        $"历史记录中有 {count} 个「{label}」的值（{history.Count} 种不同的值）不能按新类型读取，按日期回看或报表读取以前各期时会出错，如：{string.Join("；", examples)}",
                        $"{count} values of '{label}' in the history ({history.Count} distinct) cannot be read as the new type; as-of reads and reports of earlier periods would fail, e.g. {string.Join("; ", examples)}"),
                    ValueCount: count, Examples: examples));
            }
        }

        var missing = stored.Where(v => v.Json == "null").Sum(v => v.Count);
        if (field.Kind == FieldKind.Attribute && field.Validation.Required && before?.Validation.Required != true && missing > 0)
            breaks.Add(new CatalogBreak(new($"有 {missing} 条记录没有填写「{label}」，不能设为必填", $"{missing} records have no '{label}'; the field cannot become required"),
                ValueCount: missing));
        return breaks;
    }

    /// <summary>A stored value fits when the store reads it as the field's type and that value passes the field's validation unchanged.</summary>
    private static bool Fits(FieldDefinition field, string json, DateOnly today, out string shown)
    {
        object? read;
        try
        {
            read = StoredFieldValue.Read(json, field.Type);
        }
        catch (FormatException)
        {
            shown = $"“{StoredFieldValue.Read(json, FieldType.Text)}”";
            return false;
        }
        shown = $"“{read}”";
        var check = FieldValueValidator.Check(field, read, today);
        if (check.IsValid && Equals(check.Value, read)) return true;
        if (!check.IsValid) shown += "（" + check.Error!.Zh + "）";
        return false;
    }

    private static List<string> Examples(IEnumerable<string> json) => json.Take(ExamplesShown).ToList();
}
