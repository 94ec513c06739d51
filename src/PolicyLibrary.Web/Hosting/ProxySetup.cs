using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PolicyLibrary.Web.Hosting;

public static class ProxySetup
{
    /// <summary>
    /// Behind nginx the connection comes from the proxy: the client's address and the scheme are taken from
    /// X-Forwarded-For and X-Forwarded-Proto, from the proxies in <c>PolicyLibrary:KnownProxies</c> only (anyone can send
    /// the headers). So under TLS termination cookies are Secure and HSTS is sent, and per-person limits and the
    /// sign-in log see the reader, not the proxy.
    /// </summary>
    public static WebApplicationBuilder AddPolicyLibraryProxies(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection($"{PolicyLibraryOptions.Section}:{nameof(PolicyLibraryOptions.KnownProxies)}").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies; the defaults (loopback) are not trusted unless named.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (!IPAddress.TryParse(proxy, out var address))
                {
                    throw new DatabaseSettingException($"PolicyLibrary:KnownProxies 中的“{proxy}”不是 IP 地址。");
                }

                o.KnownProxies.Add(address);
            }
        });
        return builder;
    }
}
