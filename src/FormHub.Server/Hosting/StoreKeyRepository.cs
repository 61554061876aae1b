using System.Xml.Linq;
using FormHub.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace FormHub.Server.Hosting;

/// <summary>
/// Keeps the data-protection key ring (which signs the sign-in and antiforgery cookies) in the store, not as files in the
/// data folder: whoever can read the data volume or a copy of it cannot forge an admin's cookie from it, and every server
/// of a deployment shares one ring. With <see cref="FormHubServerOptions.DataProtectionCertificate"/> set, the keys are
/// also encrypted with that certificate, so database access alone is not enough either.
/// </summary>
internal sealed class StoreKeyRepository(IFormHubStore store) : IXmlRepository
{
    // Data protection calls these synchronously and rarely (at start and when a key expires), then caches the ring.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.ListProtectionKeysAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        store.SaveProtectionKeyAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}
