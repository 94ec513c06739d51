using System.Net;
using System.Text.RegularExpressions;

namespace PolicyLibrary.Bench;

/// <summary>
/// One HTTP client for many users: cookies are kept per user by hand (a jar each would mean a connection pool each),
/// and forms are posted with the anti-forgery token of the page they come from.
/// </summary>
internal sealed partial class BenchHttp(Uri site) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = 512,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    { BaseAddress = site, Timeout = TimeSpan.FromMinutes(10) };

    public Uri Site => site;

    public async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(HttpMethod method, string path, Dictionary<string, string> cookies, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        using var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var line in set)
            {
                var pair = line.Split(';', 2)[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                cookies[pair[..eq]] = pair[(eq + 1)..];
            }
        }

        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());
    }

    public Task<(HttpStatusCode Status, string Body, string? Location)> GetAsync(string path, Dictionary<string, string> cookies) =>
        SendAsync(HttpMethod.Get, path, cookies);

    public async Task<(HttpStatusCode Status, string Body, string? Location)> PostFormAsync(string page, string action, Dictionary<string, string> cookies, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(page, cookies);
        using var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await SendAsync(HttpMethod.Post, action, cookies, form);
    }

    public async Task<string> TokenAsync(string page, Dictionary<string, string> cookies)
    {
        var (status, body, _) = await GetAsync(page, cookies);
        var match = TokenPattern().Match(body);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"GET {page} answered {(int)status} without an anti-forgery token");
    }

    public async Task<Dictionary<string, string>> SignInAsync(string userName, string password)
    {
        var cookies = new Dictionary<string, string>();
        var (status, _, _) = await PostFormAsync("/account/login", "/account/login", cookies, [new("UserName", userName), new("Password", password)]);
        return status == HttpStatusCode.Redirect ? cookies : throw new InvalidOperationException($"signing in as {userName} answered {(int)status}");
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
