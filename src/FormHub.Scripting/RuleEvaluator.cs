using FormHub.Core.Rules;
using FormHub.Scripting.Compilation;
using FormHub.Scripting.Runtime;

namespace FormHub.Scripting;

/// <summary>
/// Runs a compiled record rule over every record of its type in one village and month, in the template sandbox (same
/// limits). One engine serves one rule and one village at a time: <c>record</c>, <c>household</c>, <c>members</c>
/// and <c>retirement</c> are rebound per record from the host side. It is the thread's shared engine, frozen, whose
/// globals go when the rule and village are done (<see cref="ScriptHost.Rent"/>, as a template's row), or, for a rule
/// declaring global names, one of its own; it is made only when a record needs a script, most are settled natively.
/// The statement and time limits apply to each expression run.
/// </summary>
public sealed class RuleEvaluator(SandboxOptions? options = null)
{
    private readonly SandboxOptions _options = options ?? SandboxOptions.Default;

    /// <summary>
    /// Runs the rule. For an across-villages rule <paramref name="groupOf"/> tells, for a record meeting the condition,
    /// the county-wide group it belongs to when that group is at fault (bound as <c>group</c> for the message), or null:
    /// only records of a group at fault are found. Without it an across rule finds nothing.
    /// </summary>
    public RuleRun Evaluate(CompiledRule compiled, RuleRecords records, CancellationToken ct = default,
        Func<ScriptEntity, AcrossGroup?>? groupOf = null)
    {
        ct.ThrowIfCancellationRequested();
        var rule = compiled.Rule;
        var scope = records.Scope;
        var current = scope.Entities.GetValueOrDefault(rule.EntityType) ?? [];
        var retired = rule.IncludeRetired ? records.Retired.GetValueOrDefault(rule.EntityType) ?? [] : [];
        if (current.Count == 0 && retired.Count == 0) return new RuleRun([], null);

        var (households, members) = records.Households(rule.IncludeRetired);

        ScriptHost? host = null;
        ScriptHost Host()
        {
            if (host is not null) return host;
            host = Engine(compiled, scope, ct);
            if (compiled.HistoryFields.Count > 0)
                HistoryHelpers.Register(host, (id, field) => records.History.TryGetValue(id, out var fields) ? fields.GetValueOrDefault(field) : null);
            return host;
        }
        var completed = false;
        try
        {
            var run = Records(compiled, records, current, retired, households, members, Host, groupOf, ct);
            completed = true;
            return run;
        }
        finally
        {
            // Thrown past (cancelled): a shared engine is not trusted again, the thread makes a new one.
            host?.Return(reusable: completed);
        }
    }

    private ScriptHost Engine(CompiledRule compiled, EvaluationScope scope, CancellationToken ct) => compiled.SharesEngine
        ? ScriptHost.Rent(_options, scope, bindEntities: true, ct)
        : new ScriptHost(_options, scope, bindEntities: true, ct);

    private RuleRun Records(CompiledRule compiled, RuleRecords records, IReadOnlyList<ScriptEntity> current, IReadOnlyList<ScriptEntity> retired,
        IReadOnlyDictionary<Guid, ScriptEntity> households, IReadOnlyDictionary<Guid, IReadOnlyList<ScriptEntity>> members, Func<ScriptHost> engine,
        Func<ScriptEntity, AcrossGroup?>? groupOf, CancellationToken ct)
    {
        var rule = compiled.Rule;
        var where = $"规则 {rule.Id}";
        var hits = new List<RuleHit>();
        foreach (var record in current.Concat(retired))
        {
            var household = rule.EntityType == "household" ? record
                : compiled.HouseholdField is { } field && record.RefOf(field) is { } hid ? households.GetValueOrDefault(hid) : null;
            // Bound into the engine only when a script must run there: most records are settled natively.
            var bound = false;
            void BindRecord()
            {
                if (bound) return;
                bound = true;
                engine().Bind("record", record);
                if (compiled.BindsHousehold) engine().Bind("household", household);
                if (compiled.BindsMembers) engine().Bind("members", ("person", household is null ? [] : members.GetValueOrDefault(household.Id) ?? []));
                if (compiled.BindsRetirement)
                    engine().Bind("retirement", records.Retirements.TryGetValue(record.Id, out var r)
                        ? new Dictionary<string, object?> { ["date"] = r.Date, ["reason"] = r.Reason } : null);
            }
            (DateOnly, string)? retirement = records.Retirements.TryGetValue(record.Id, out var retiredOn) ? retiredOn : null;
            var isRetired = retirement is not null;
            // The member list exactly as the engine's members holds it, for a condition testing members natively.
            IReadOnlyList<ScriptEntity>? memberList = !compiled.BindsMembers ? null : household is null ? [] : members.GetValueOrDefault(household.Id) ?? [];
            // An across-villages rule looks only at records of a group at fault (they met the condition to be in it).
            AcrossGroup? group = null;
            if (compiled.Across is not null && (group = groupOf?.Invoke(record)) is null) continue;

            var period = records.Scope.Period;
            object? eligible = compiled.NativeWhen?.Evaluate(record, isRetired, memberList, retirement, period);
            if (eligible is null && compiled.WhenGuard?.Evaluate(record, isRetired, retirement: retirement, period: period) == false) eligible = false;
            if (eligible is null)
            {
                BindRecord();
                (eligible, var failure) = TemplateEvaluator.Execute(_options, engine(), compiled.When, $"{where} when", $"rule {rule.Id} when", ct, allowBool: true);
                if (failure is not null) return new RuleRun(hits, failure);
            }
            string? gap = null;
            if (compiled.Receives is { } receivesExpression)
            {
                object? receives = compiled.NativeReceives?.Evaluate(record, isRetired, memberList, retirement, period);
                if (receives is null)
                {
                    BindRecord();
                    (receives, var receivesFailure) = TemplateEvaluator.Execute(_options, engine(), receivesExpression, $"{where} receives", $"rule {rule.Id} receives", ct, allowBool: true);
                    if (receivesFailure is not null) return new RuleRun(hits, receivesFailure);
                }
                gap = (eligible, receives) switch
                {
                    (true, false) => "应享未享",
                    (false, true) => "不应享仍享",
                    _ => null,
                };
                if (gap is null) continue;
            }
            else if (eligible is not true) continue;

            string message;
            string? messageEn;
            if (compiled.Messages?.Find(record) is { } kept && kept.MadeOf(records.Scope.Period, household, retirement, gap, group))
                (message, messageEn) = (kept.Message, kept.MessageEn);
            else
            {
                BindRecord();
                if (gap is not null) engine().Bind("gap", gap);
                if (group is not null) engine().Bind("group", group.ScriptValue);
                var (text, messageFailure) = TemplateEvaluator.Execute(_options, engine(), compiled.Message, $"{where} message", $"rule {rule.Id} message", ct);
                if (messageFailure is not null) return new RuleRun(hits, messageFailure);
                message = text as string ?? "";
                messageEn = null;
                if (compiled.MessageEn is { } en)
                {
                    // The English text is a translation: when it fails on a record, the finding keeps its Chinese message only.
                    var (english, enFailure) = TemplateEvaluator.Execute(_options, engine(), en, $"{where} message_en", $"rule {rule.Id} message_en", ct);
                    messageEn = enFailure is null ? english as string : null;
                }
                compiled.Messages?.Keep(record, new RecordMessages.Kept(records.Scope.Period, household, retirement, gap, group, message, messageEn));
            }
            var values = rule.Fields.ToDictionary(f => f, f => record[f]);
            hits.Add(new RuleHit(record.Id, message, values, gap, messageEn) { Related = group?.Others ?? [] });
        }
        return new RuleRun(hits, null);
    }

    /// <summary>
    /// The records of a village that take part in an across-villages rule: those meeting its condition with every key
    /// field filled (what the county-wide index keeps of the village), or the failure that stopped the condition.
    /// </summary>
    public (IReadOnlyList<AcrossMember> Members, ScriptFailure? Failure) Members(CompiledRule compiled, RuleRecords records, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var across = compiled.Across ?? throw new InvalidOperationException($"Rule {compiled.Rule.Id} does not compare across villages.");
        var rule = compiled.Rule;
        var current = records.Scope.Entities.GetValueOrDefault(rule.EntityType) ?? [];
        var result = new List<AcrossMember>();
        if (current.Count == 0) return (result, null);
        var (households, members) = records.Households(includeRetired: false);
        ScriptHost? host = null;
        var completed = false;
        try
        {
            foreach (var record in current)
            {
                if (AcrossMember.KeyOf(record, across) is not { } key) continue;
                var householdId = rule.EntityType == "household" ? record.Id
                    : compiled.HouseholdField is { } field ? record.RefOf(field) : null;
                var household = householdId is { } hid ? households.GetValueOrDefault(hid) : null;
                IReadOnlyList<ScriptEntity>? memberList = !compiled.BindsMembers ? null : household is null ? [] : members.GetValueOrDefault(household.Id) ?? [];
                object? eligible = compiled.NativeWhen?.Evaluate(record, false, memberList, period: records.Scope.Period);
                if (eligible is null && compiled.WhenGuard?.Evaluate(record, false, period: records.Scope.Period) == false) eligible = false;
                if (eligible is null)
                {
                    host ??= Engine(compiled, records.Scope, ct);
                    host.Bind("record", record);
                    if (compiled.BindsHousehold) host.Bind("household", household);
                    if (compiled.BindsMembers) host.Bind("members", ("person", household is null ? [] : members.GetValueOrDefault(household.Id) ?? []));
                    if (compiled.BindsRetirement) host.Bind("retirement", null);
                    (eligible, var failure) = TemplateEvaluator.Execute(_options, host, compiled.When, $"规则 {rule.Id} when", $"rule {rule.Id} when", ct, allowBool: true);
                    if (failure is not null)
                    {
                        completed = true;
                        return (result, failure);
                    }
                }
                if (eligible is true) result.Add(new AcrossMember(record.Id, householdId, key));
            }
            completed = true;
            return (result, null);
        }
        finally
        {
            host?.Return(reusable: completed);
        }
    }
}
