namespace FormHub.Storage.Model;

/// <summary>The outcome of checking a village's event hash chain.</summary>
public sealed record ChainVerification(string VillageCode, long EventsChecked, IReadOnlyList<ChainBreak> Breaks)
{
    public bool IsIntact => Breaks.Count == 0;
}

/// <summary>One place where the chain does not hold: an altered event, or a gap where events were removed.</summary>
public sealed record ChainBreak(long VillageSequence, long? Sequence, string Problem);
