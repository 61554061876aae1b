namespace FormHub.Storage.Marten.Documents;

/// <summary>The state last told for a subscription and period (see <see cref="KeyOf"/>), so a change is told once.</summary>
public sealed record ToldStateDocument(string Id, Guid SubscriptionId, string Period, string State)
{
    public static string KeyOf(Guid subscriptionId, string period) => $"{subscriptionId:N}|{period}";
}
