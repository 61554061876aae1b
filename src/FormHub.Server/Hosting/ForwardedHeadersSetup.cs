using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace FormHub.Server.Hosting;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address. X-Forwarded-For and X-Forwarded-Proto are believed
/// only from the proxies and networks named in <see cref="FormHubServerOptions.TrustedProxies"/> and
/// <see cref="FormHubServerOptions.TrustedNetworks"/> (none by default, loopback excepted as ASP.NET Core does): then the
/// per-address sign-in limit counts the real client, and a request that came over HTTPS gets <c>Secure</c> cookies.
/// A client talking to FormHub directly cannot pick its own address by sending the headers.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static void Configure(ForwardedHeadersOptions o, FormHubServerOptions settings)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in settings.TrustedProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in settings.TrustedNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    /// <summary>True when every configured proxy and network parses, so a typo fails at start instead of trusting no one silently.</summary>
    public static bool IsValid(FormHubServerOptions settings) =>
        settings.TrustedProxies.All(p => IPAddress.TryParse(p, out _)) && settings.TrustedNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));
}
