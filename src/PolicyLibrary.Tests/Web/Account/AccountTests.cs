using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Account;

public class AccountTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Login_ShouldShowAChineseFormWithAntiForgeryToken()
    {
        var page = await site.NewClient().GetPageAsync("/account/login");

        Assert.Equal("工作人员登录", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("form[action='/account/login'] input[name='__RequestVerificationToken']"));
        Assert.Equal("用户名", page.Text("label[for='UserName']"));
        // MVC's own [Required] on the checkbox's bool: its message is rendered into the page, in Chinese like the rest.
        var remember = page.QuerySelector("input[name='RememberMe'][type='checkbox']")!.GetAttribute("data-val-required") ?? "";
        Assert.DoesNotContain("The ", remember, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", page.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ShouldRefuse_WhenAntiForgeryTokenIsMissing()
    {
        using var response = await site.NewClient().PostAsync(new Uri("/account/login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = SiteFactory.AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_ShouldSignInTheFirstRunAdministrator_AndSignOut()
    {
        var client = site.NewClient();
        using var response = await SignInAsync(client, "admin", SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);

        var account = await client.GetPageAsync("/account");
        Assert.Contains("系统管理员", account.Text("dl.facts"), StringComparison.Ordinal);
        Assert.Contains("下陆区人民政府办公室", account.Text("dl.facts"), StringComparison.Ordinal);

        var token = account.QuerySelector("form[action='/account/logout'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var logout = await client.PostAsync(new Uri("/account/logout", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Account_ShouldSendAnonymousVisitorsToSignIn()
    {
        using var response = await site.NewClient().GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=%2Faccount", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "x", "请输入用户名")]
    [InlineData("admin", "", "请输入密码")]
    [InlineData("nobody", "Wrong-Passw0rd!", "用户名或密码不正确")]
    public async Task Login_ShouldExplainInChinese_WhenInputIsWrong(string user, string password, string message)
    {
        using var response = await SignInAsync(site.NewClient(), user, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ShouldCheckAPasswordHash_EvenForAnUnknownUserName()
    {
        // Time is what leaks; the hash check is what takes the time, so an unknown name must run one too.
        var hasher = new CountingHasher();
        using var counted = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<StaffMember>>(hasher)));
        var client = counted.CreateClient(new() { AllowAutoRedirect = false });

        using var unknown = await SignInAsync(client, "no-such-person", "Wrong-Passw0rd!");
        var forUnknown = hasher.Verified;
        using var known = await SignInAsync(client, "admin", "Wrong-Passw0rd!");

        Assert.Contains("用户名或密码不正确", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, forUnknown);
        Assert.Equal(2, hasher.Verified);
    }

    private sealed class CountingHasher : PasswordHasher<StaffMember>
    {
        private int _verified;

        public int Verified => _verified;

        public override PasswordVerificationResult VerifyHashedPassword(StaffMember user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verified);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task Login_ShouldLockTheAccount_AfterFiveFailures()
    {
        const string password = "Drafter-Passw0rd!";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
            var unit = await scope.ServiceProvider.GetRequiredService<PolicyLibrary.Data.PolicyLibraryDbContext>().OrgUnits.FirstAsync(u => u.Code == "finance");
            var result = await users.CreateAsync(new StaffMember { UserName = "lockme", Email = "lockme@example.cn", DisplayName = "测试", OrgUnitId = unit.Id }, password);
            Assert.True(result.Succeeded);
        }

        for (var i = 0; i < 5; i++)
        {
            using var failed = await SignInAsync(site.NewClient(), "lockme", "Not-The-Passw0rd!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var locked = await SignInAsync(site.NewClient(), "lockme", password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("账号已暂时锁定", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var failures = await site.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == PolicyLibrary.Audit.AuditAction.SignInFailed && e.ActorName == "lockme"));
        Assert.Equal(6, failures);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password) =>
        client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });
}
