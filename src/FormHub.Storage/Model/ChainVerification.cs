namespace FormHub.Storage.Model;

/// <summary>
/// The outcome of checking a village: its event hash chain, and the current documents and periodic values replayed
/// from that chain. <see cref="LegacyEvents"/> counts events written before the chain was keyed: they verify, but only
/// against accidental change, not against someone who could rewrite the database (see docs/architecture.md).
/// </summary>
public sealed record ChainVerification(
    string VillageCode, long EventsChecked, IReadOnlyList<ChainBreak> Breaks, IReadOnlyList<StateDifference> Differences, long LegacyEvents = 0)
{
    public bool IsIntact => Breaks.Count == 0 && Differences.Count == 0;
}

/// <summary>One place where the chain does not hold: an altered event, or a gap where events were removed.</summary>
public sealed record ChainBreak(long VillageSequence, long? Sequence, string Problem);
