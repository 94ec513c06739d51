using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>The header of a signed-in page on a 360 px phone: nothing cut off, nothing hidden behind a scroll, and 退出 at hand.</summary>
[Collection(SiteCollection.Name)]
public sealed class SignedInHeaderTests(SiteFixture site) : SiteTest(site)
{
    private const string Layout = """
        () => {
            const width = window.innerWidth;
            const box = s => { const e = document.querySelector(s); const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
            const nav = document.querySelector('.site-nav ul');
            const user = document.querySelector('.site-nav .nav-user a');
            return {
                scrollWidth: document.documentElement.scrollWidth, innerWidth: width,
                navScrolls: nav.scrollWidth > nav.clientWidth + 0.5,
                userCut: user.scrollWidth > user.clientWidth + 0.5,
                userRight: box('.site-nav .nav-user a').right, signOutRight: box('.nav-signout button').right,
                brandTop: box('.brand').top, brandBottom: box('.brand').bottom, menuTop: box('.site-menu > summary').top,
            };
        }
        """;

    [Theory]
    [InlineData("admin", SiteFixture.AdminPassword, "/manager", "medium")]
    [InlineData("admin", SiteFixture.AdminPassword, "/manager", "large")]
    [InlineData("e2e-coordinator", SiteFixture.StaffPassword, "/training", "large")]
    [InlineData("e2e-drafter", SiteFixture.StaffPassword, "/documents", "medium")]
    public async Task SignedInHeader_ShouldShowTheWholeNameAndSignOut_OnAPhone(string user, string password, string path, string fontSize)
    {
        var page = await OpenPageAsync(Viewport.Phone);
        await SignInAsync(page, user, password);
        await page.Context.AddCookiesAsync([new Cookie { Name = "pl-font", Value = fontSize, Url = Site.BaseUri.ToString() }]);

        await GoAsync(page, path);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        var layout = await page.EvaluateAsync<HeaderLayout>(Layout);

        Assert.True(layout.ScrollWidth <= layout.InnerWidth, $"{path} ({fontSize}) is {layout.ScrollWidth}px wide on a {layout.InnerWidth}px phone");
        Assert.False(layout.NavScrolls, "the header navigation hides items behind a sideways scroll");
        Assert.False(layout.UserCut, $"the user name {user} is cut off");
        Assert.True(layout.UserRight <= layout.InnerWidth && layout.SignOutRight <= layout.InnerWidth, "the name or 退出 lies outside the screen");
        // 菜单 stays beside the site's name, however many lines the name takes.
        Assert.True(layout.MenuTop < layout.BrandBottom, $"菜单 (top {layout.MenuTop}) dropped below the title (bottom {layout.BrandBottom})");
        await Expect(page.Locator(".site-nav .nav-user a")).ToHaveTextAsync(user);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignOut_FromTheHeader_ShouldEndTheSession_OnAPhone()
    {
        var page = await OpenPageAsync(Viewport.Phone);
        await SignInAsync(page, "e2e-staff", SiteFixture.StaffPassword);
        await GoAsync(page, "/training");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" })).ToBeVisibleAsync();
        await GoAsync(page, "/manager");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }

    private async Task SignInAsync(IPage page, string user, string password)
    {
        await GoAsync(page, "/account/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
    }

    private sealed class HeaderLayout
    {
        public double ScrollWidth { get; set; }
        public double InnerWidth { get; set; }
        public bool NavScrolls { get; set; }
        public bool UserCut { get; set; }
        public double UserRight { get; set; }
        public double SignOutRight { get; set; }
        public double BrandTop { get; set; }
        public double BrandBottom { get; set; }
        public double MenuTop { get; set; }
    }
}
