namespace PolicyLibrary.E2E;

/// <summary>
/// The shared server and browser come from <see cref="SiteFixture"/>; each test gets its own browser contexts
/// (so its own cookies), closed when the test ends. Concrete classes carry <c>[Collection(SiteCollection.Name)]</c>.
/// </summary>
public abstract class SiteTest(SiteFixture site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected SiteFixture Site { get; } = site;

    protected async Task<IPage> OpenPageAsync(Viewport viewport, bool javaScript = true)
    {
        var context = await Site.NewContextAsync(viewport, javaScript);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as one of <see cref="SiteFixture.StaffAccounts"/>, on the account page.</summary>
    protected async Task<IPage> SignedInAsync(Viewport viewport, string userName)
    {
        var page = await OpenPageAsync(viewport);
        await GoAsync(page, "/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(SiteFixture.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account$"));
        return page;
    }

    /// <summary>Goes to a site path and insists on the status code, so a 500 cannot pass for a page.</summary>
    protected async Task GoAsync(IPage page, string path, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        if (response.Status != expectedStatus)
        {
            var log = string.Join(Environment.NewLine, Site.ServerOutput.Split(Environment.NewLine).TakeLast(40));
            Assert.Fail($"GET {path} answered {response.Status}, expected {expectedStatus}. The site's last output:{Environment.NewLine}{log}");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
