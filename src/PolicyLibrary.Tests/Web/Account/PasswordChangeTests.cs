using System.Net;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Account;

public class PasswordChangeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string NewPassword = "Mine-0nly-Passw0rd!";

    private static KeyValuePair<string, string>[] Change(string current, string next, string? again = null) =>
        [new("CurrentPassword", current), new("NewPassword", next), new("ConfirmPassword", again ?? next)];

    [Fact]
    public async Task ChangePassword_ShouldAskForTheCurrentOne_AndHoldTheNewOneToThePolicy()
    {
        await site.EnsureUserAsync("pw-policy", "finance", Roles.Staff);
        var client = await site.SignedInAsync("pw-policy", SignedInClients.StaffPassword);

        var form = await client.GetPageAsync("/account/password");
        using var wrong = await client.PostFormAsync("/account/password", "/account/password", Change("Not-My-Passw0rd!", NewPassword));
        using var weak = await client.PostFormAsync("/account/password", "/account/password", Change(SignedInClients.StaffPassword, "short"));
        using var same = await client.PostFormAsync("/account/password", "/account/password", Change(SignedInClients.StaffPassword, SignedInClients.StaffPassword));
        using var mismatch = await client.PostFormAsync("/account/password", "/account/password", Change(SignedInClients.StaffPassword, NewPassword, NewPassword + "x"));

        Assert.Equal("修改密码", form.Text("h1"));
        Assert.Equal("current-password", form.QuerySelector("#CurrentPassword")!.GetAttribute("autocomplete"));
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { wrong.StatusCode, weak.StatusCode, same.StatusCode, mismatch.StatusCode });
        Assert.Contains("当前密码不正确", (await wrong.HtmlAsync()).Text(".form-errors"), StringComparison.Ordinal);
        Assert.Contains("密码至少需要 10 个字符", (await weak.HtmlAsync()).Text(".form-errors"), StringComparison.Ordinal);
        Assert.Contains("不能与当前密码相同", (await same.HtmlAsync()).Text(".form-errors"), StringComparison.Ordinal);
        Assert.Contains("两次输入的新密码不一致", (await mismatch.HtmlAsync()).Text(".form-errors"), StringComparison.Ordinal);

        // Nothing changed: the old password still signs in.
        await site.SignedInAsync("pw-policy", SignedInClients.StaffPassword);
    }

    [Fact]
    public async Task ChangePassword_ShouldKeepThisSession_AndSignOutEveryOtherOne()
    {
        await site.EnsureUserAsync("pw-sessions", "finance", Roles.Staff);
        var here = await site.SignedInAsync("pw-sessions", SignedInClients.StaffPassword);
        var elsewhere = await site.SignedInAsync("pw-sessions", SignedInClients.StaffPassword);

        using var changed = await here.PostFormAsync("/account/password", "/account/password", Change(SignedInClients.StaffPassword, NewPassword));
        using var stillHere = await here.GetAsync(new Uri("/training", UriKind.Relative));
        using var signedOut = await elsewhere.GetAsync(new Uri("/training", UriKind.Relative));
        using var oldPassword = await site.NewClient().PostFormAsync("/account/login", "/account/login",
            [new("UserName", "pw-sessions"), new("Password", SignedInClients.StaffPassword)]);

        Assert.Equal((HttpStatusCode.Redirect, "/account"), (changed.StatusCode, changed.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/account/login", signedOut.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        await site.SignedInAsync("pw-sessions", NewPassword);
    }

    [Fact]
    public async Task AccountCreatedByAnAdministrator_ShouldChooseItsOwnPassword_BeforeUsingStaffPages()
    {
        var admin = await site.AdminAsync();
        using var created = await admin.PostFormAsync("/manager/users/new", "/manager/users/new",
        [
            new("UserName", "pw-first"), new("DisplayName", "新同事"), new("Email", "pw-first@example.cn"),
            new("OrgUnitCode", "finance"), new("Roles", Roles.Staff), new("Password", "Given-Passw0rd!"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var person = await site.SignedInAsync("pw-first", "Given-Passw0rd!");

        using var training = await person.GetAsync(new Uri("/training", UriKind.Relative));
        var form = await person.GetPageAsync("/account/password");
        using var publicPage = await person.GetAsync(new Uri("/documents", UriKind.Relative));
        using var changed = await person.PostFormAsync("/account/password", "/account/password", Change("Given-Passw0rd!", NewPassword));
        using var afterwards = await person.GetAsync(new Uri("/training", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Redirect, "/account/password"), (training.StatusCode, training.Headers.Location?.OriginalString));
        Assert.Contains("初始密码是别人设定的", form.Text("main"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }
}
