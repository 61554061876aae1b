using System.Net;
using System.Net.Sockets;
using FormHub.Core.Text;

namespace FormHub.Distribution;

/// <summary>
/// Which webhook URLs FormHub calls: absolute http(s) without credentials, on a host that resolves only to public
/// addresses — never loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast or unspecified ones,
/// so a subscription cannot make the server probe its own network. Checked when the URL is given and again on every
/// connection (a name can be re-pointed after the check).
/// </summary>
public sealed class WebhookAddressPolicy(DistributionOptions options)
{
    public bool AllowPrivate => options.WebhookAllowPrivateAddresses;

    /// <summary>Null when the URL may be used, else why not (Chinese and English).</summary>
    public async Task<LocalizedText?> CheckAsync(string? url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return new LocalizedText($"Webhook 地址“{url}”不是 http 或 https 网址。", $"Webhook URL '{url}' is not an http or https URL.");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            return new LocalizedText("Webhook 地址里不能带用户名或密码。", "A webhook URL must not carry a user name or password.");
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.DnsSafeHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.DnsSafeHost, ct);
        }
        catch (SocketException)
        {
            return new LocalizedText($"找不到 Webhook 主机“{uri.Host}”。", $"Webhook host '{uri.Host}' cannot be resolved.");
        }
        if (addresses.Length == 0)
            return new LocalizedText($"找不到 Webhook 主机“{uri.Host}”。", $"Webhook host '{uri.Host}' cannot be resolved.");
        return addresses.FirstOrDefault(a => !IsAllowed(a)) is { } bad
            ? new LocalizedText($"Webhook 地址指向不允许的网络地址 {bad}（本机、内网或保留地址）。", $"Webhook URL points at a disallowed address {bad} (loopback, private or reserved).")
            : null;
    }

    public bool IsAllowed(IPAddress address)
    {
        if (AllowPrivate) return true;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var v6 = address.GetAddressBytes();
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) wrap IPv4 addresses, possibly private ones: refuse them outright.
            var wrapsIPv4 = (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xff && v6[3] == 0x9b) || (v6[0] == 0x20 && v6[1] == 0x02);
            return !(wrapsIPv4 || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal);
        }
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || b[0] >= 224                       // private, "this network", multicast and reserved
                 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                 || (b[0] == 169 && b[1] == 254)                                // link-local, cloud metadata
                 || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));                // carrier-grade NAT
    }
}
