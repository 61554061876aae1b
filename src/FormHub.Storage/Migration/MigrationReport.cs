using FormHub.Storage.Model;

namespace FormHub.Storage.Migration;

/// <summary>
/// What <c>formhub migrate</c> did: how many of each kind it copied (in the order copied, Chinese names), and each
/// village's chain as verified — in the source before anything was written (<see cref="SourceBroken"/>: then nothing
/// was copied) and in the target afterwards (<see cref="Verified"/>).
/// </summary>
public sealed record MigrationReport(
    IReadOnlyList<(string Kind, long Count)> Copied,
    IReadOnlyList<ChainVerification> SourceBroken,
    IReadOnlyList<ChainVerification> Verified)
{
    /// <summary>True when the copy was made and every village's chain and records verify in the target.</summary>
    public bool Succeeded => SourceBroken.Count == 0 && Verified.All(v => v.IsIntact);
}
