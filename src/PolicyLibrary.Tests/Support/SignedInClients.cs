using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Tests.Support;

/// <summary>Signing in through the real form, staff accounts of any role, and posting forms with their anti-forgery token.</summary>
public static class SignedInClients
{
    public const string StaffPassword = "Staff-Passw0rd!";

    /// <summary>A client signed in as the first-run administrator.</summary>
    public static Task<HttpClient> AdminAsync(this SiteFactory site) => site.SignedInAsync("admin", SiteFactory.AdminPassword);

    public static Task<HttpClient> SignedInAsync(this SiteFactory site, string userName, string password) =>
        SignInAsync(site.NewClient(), userName, password);

    /// <summary>
    /// A new client of a site running as a process of its own (or nginx in front of several), signed in through
    /// <paramref name="site"/>; its cookies are kept per host, so every node on 127.0.0.1 sees them.
    /// </summary>
    public static Task<HttpClient> SignedInAsync(Uri site, string userName, string password) =>
        SignInAsync(new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = site }, userName, password);

    /// <summary>Signs in as <see cref="SignedInAsync(Uri, string, string)"/> does and keeps only the Cookie header, for a test of many people sharing one client.</summary>
    public static async Task<string> SignedInCookiesAsync(Uri site, string userName, string password)
    {
        var cookies = new CookieContainer();
        using var client = await SignInAsync(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = site }, userName, password);
        return cookies.GetCookieHeader(site);
    }

    private static async Task<HttpClient> SignInAsync(HttpClient client, string userName, string password)
    {
        using var response = await client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {userName} answered {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>Creates (once) a staff account with the given roles in a unit, straight through Identity.</summary>
    public static async Task<StaffMember> EnsureUserAsync(this SiteFactory site, string userName, string unitCode, params string[] roles)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
        if (await users.FindByNameAsync(userName) is { } existing)
        {
            return existing;
        }

        var db = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
        var unit = await db.OrgUnits.FirstAsync(u => u.Code == unitCode);
        var user = new StaffMember { UserName = userName, Email = $"{userName}@example.cn", DisplayName = "测试" + userName, OrgUnitId = unit.Id };
        var created = await users.CreateAsync(user, StaffPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }

        return user;
    }

    /// <summary>A new personal access token (<c>pl_…</c>) of a staff account created (once) with one role, as /account/tokens makes it.</summary>
    public static async Task<string> AccessTokenAsync(this SiteFactory site, string userName, string unitCode, string role)
    {
        var user = await site.EnsureUserAsync(userName, unitCode, role);
        await using var scope = site.Services.CreateAsyncScope();
        var actor = new Actor(user.Id, user.DisplayName, user.OrgUnitId, new HashSet<string> { role });
        var (outcome, created) = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(actor, "测试", 30);
        Assert.True(outcome.Succeeded, outcome.Message);
        return created!.Token;
    }

    /// <summary>The anti-forgery token of a form on a page (the first form posting to <paramref name="action"/>, or any).</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string page, string? action = null)
    {
        var document = await client.GetPageAsync(page);
        return TokenOf(document, action);
    }

    public static string TokenOf(IHtmlDocument document, string? action = null)
    {
        var selector = action is null ? "input[name='__RequestVerificationToken']" : $"form[action='{action}'] input[name='__RequestVerificationToken']";
        return document.QuerySelector(selector)?.GetAttribute("value") ?? throw new Xunit.Sdk.XunitException($"no anti-forgery token for {action ?? "any form"}");
    }

    /// <summary>Posts a form as the browser would, with the token taken from <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.TokenAsync(page);
        var all = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(all));
    }

    /// <summary>Uploads a file to the import form with the token taken from <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string page, string action, string fileName, byte[] content, string contentType = "text/csv")
    {
        var token = await client.TokenAsync(page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    public static async Task<IHtmlDocument> HtmlAsync(this HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
