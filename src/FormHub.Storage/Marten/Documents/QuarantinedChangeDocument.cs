namespace FormHub.Storage.Marten.Documents;

/// <summary>A change whose derivation failed, set aside; its id is its feed position (see <see cref="KeyOf"/>).</summary>
public sealed record QuarantinedChangeDocument(
    string Id, long Transaction, long Sequence, string VillageCode, string Period, string EntityType, int Kind, IReadOnlyList<string> Fields,
    string Reason, string LibraryVersion, DateTimeOffset QuarantinedAt, int Attempts)
{
    public static string KeyOf(long transaction, long sequence) => $"{transaction}:{sequence}";
}
