using FormHub.Core.OrgUnits;
using FormHub.Storage.Accounts;

namespace FormHub.Server.Access;

/// <summary>
/// The API client a token call was authenticated as, set by <see cref="MachineClientGate"/>. Read with <see cref="Of"/>, not
/// bound as a parameter: parameters are bound before endpoint filters run, so the gate has not spoken yet then.
/// </summary>
public sealed record MachineClient(ApiClient Client)
{
    internal const string ItemKey = "formhub:api-client";

    /// <summary>What events record as the user: the client, so the audit trail names the system that wrote.</summary>
    public string AuditName => $"api:{Client.Name}";

    public bool Has(string scope) => Client.Scopes.Contains(scope);

    /// <summary>
    /// The client as the reader it is: a department user of its area, so it gets exactly what that department's people get
    /// (its own department's reports, aggregates only) through the same access checks.
    /// </summary>
    public CurrentUser AsViewer => new(AuditName, Client.Name, AccountRole.Department, null, RegionCode.Parse(Client.Area), Client.Department);

    /// <summary>The client the gate let through; only endpoints behind the gate call this.</summary>
    public static MachineClient Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var client) && client is MachineClient machine ? machine
            : throw new InvalidOperationException("The machine API's endpoints sit behind MachineClientGate.");
}
