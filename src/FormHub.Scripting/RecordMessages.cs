using System.Runtime.CompilerServices;
using FormHub.Core.Periods;

namespace FormHub.Scripting;

/// <summary>
/// One rule's last message for each record, with what it was made of: the record and household (the same instances while
/// unchanged: a live pass keeps a village's scope entities and converts only the changed ones again), the retirement, the
/// gap, the group's names and counts and the period. Asked again with the same inputs, the rule gives the kept text
/// instead of running its message in the engine. Only for messages that read nothing else
/// (<see cref="Compilation.SelfContainedMessage"/>). Held weakly by record: it goes with the scope entity. Safe for
/// concurrent use.
/// </summary>
internal sealed class RecordMessages
{
    private readonly ConditionalWeakTable<ScriptEntity, Kept> _kept = new();

    /// <summary>What a message was made of, and the texts it gave.</summary>
    public sealed record Kept(Period Period, ScriptEntity? Household, (DateOnly Date, string Reason)? Retirement, string? Gap, AcrossGroup? Group,
        string Message, string? MessageEn)
    {
        public bool MadeOf(Period period, ScriptEntity? household, (DateOnly, string)? retirement, string? gap, AcrossGroup? group) =>
            Period == period && ReferenceEquals(Household, household) && Retirement == retirement && Gap == gap && SameGroup(Group, group);

        /// <summary>The same as the message sees a group: its village names and counts (<see cref="AcrossGroup.ScriptValue"/>).</summary>
        private static bool SameGroup(AcrossGroup? a, AcrossGroup? b) =>
            ReferenceEquals(a, b) || (a is not null && b is not null && a.Households == b.Households && a.Records == b.Records
                && a.VillageNames.SequenceEqual(b.VillageNames) && a.OtherVillageNames.SequenceEqual(b.OtherVillageNames));
    }

    public Kept? Find(ScriptEntity record) => _kept.TryGetValue(record, out var kept) ? kept : null;

    public void Keep(ScriptEntity record, Kept kept) => _kept.AddOrUpdate(record, kept);
}
