using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Manager;

/// <summary>The site on Tuesday 2026-12-29 (Beijing): three working days later is in 2027, which no notice has announced.</summary>
public sealed class YearEndSite : IAsyncLifetime
{
    public SiteFactory Site { get; } = new() { Clock = new ManualClock(new DateTimeOffset(2026, 12, 29, 2, 0, 0, TimeSpan.Zero)) };

    public async Task InitializeAsync()
    {
        await Site.EnsureUserAsync("y-drafter", "gov-office", Roles.Drafter);
        await Site.EnsureUserAsync("y-reviewer", "legal-affairs", Roles.Reviewer);
        await Site.EnsureUserAsync("y-coordinator", "gov-office", Roles.TrainingCoordinator);
        await Site.EnsureUserAsync("y-staff", "gov-office", Roles.Staff);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

public class DashboardTests(YearEndSite yearEnd) : IClassFixture<YearEndSite>
{
    private SiteFactory Site => yearEnd.Site;

    [Fact]
    public async Task Dashboard_ShouldShowTheMissingYearAsATask_LinkedToTheCalendar_ForAdministrators()
    {
        var id = await PublishOwingAsync();
        using var admin = await Site.AdminAsync();

        var page = await admin.GetPageAsync("/manager");

        Assert.Contains("请先维护 2027 年的工作日历", page.Text(".manager-task"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".manager-task a[href='/manager/calendar?year=2027']"));
        var row = page.QuerySelectorAll(".manager-table tr").First(r => r.QuerySelector($"a[href='/manager/documents/{id}']") is not null);
        Assert.Contains("请先维护 2027 年的工作日历", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("content/calendar", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("yaml", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShouldTellOthersWhoMaintainsTheCalendar_WithoutALinkTheyCannotUse()
    {
        using var staff = await Site.SignedInAsync("y-staff", SignedInClients.StaffPassword);

        var page = await staff.GetPageAsync("/manager");

        Assert.Contains("请联系系统管理员", page.Text(".manager-task"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".manager-task a"));
    }

    [Theory]
    [InlineData("admin", "/manager/users /manager/users/import /manager/units /manager/categories /manager/calendar /manager/audit /manager/training/modules /manager/training/plans /manager/training/sessions /manager/training/reports /manager/documents /manager/interpretations /manager/media /training /account")]
    [InlineData("y-drafter", "/manager/documents/new /manager/documents /manager/interpretations /manager/media /training /account")]
    [InlineData("y-reviewer", "/manager/documents /manager/interpretations /manager/media /training")]
    [InlineData("y-coordinator", "/manager/training/modules /manager/training/plans /manager/training/sessions /manager/training/reports /training")]
    public async Task Dashboard_ShouldLinkEveryPageTheRoleMayUse(string user, string expected)
    {
        using var client = user == "admin" ? await Site.AdminAsync() : await Site.SignedInAsync(user, SignedInClients.StaffPassword);

        var page = await client.GetPageAsync("/manager");
        var links = page.QuerySelectorAll(".manager-links a").Select(a => a.GetAttribute("href")).ToHashSet();

        foreach (var href in expected.Split(' '))
        {
            Assert.Contains(href, links);
            // Every linked page opens for this role: no link leads to a refusal.
            using var response = await client.GetAsync(href);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Dashboard_ShouldNotLinkAdministration_ForADrafter()
    {
        using var drafter = await Site.SignedInAsync("y-drafter", SignedInClients.StaffPassword);

        var page = await drafter.GetPageAsync("/manager");
        var links = page.QuerySelectorAll(".manager-links a").Select(a => a.GetAttribute("href")).ToList();

        Assert.DoesNotContain("/manager/users", links);
        Assert.DoesNotContain("/manager/calendar", links);
        Assert.DoesNotContain("/manager/training/sessions", links);
    }

    [Fact]
    public async Task Dashboard_ShouldShowTheLastDailyBackup_ToAdministratorsOnly()
    {
        using var admin = await Site.AdminAsync();
        using var drafter = await Site.SignedInAsync("y-drafter", SignedInClients.StaffPassword);
        Assert.Null((await drafter.GetPageAsync("/manager")).QuerySelector("#backup-heading"));

        Assert.NotNull(await Site.Services.GetRequiredService<PolicyLibrary.Web.Features.Backup.ScheduledBackup>().RunOnceAsync());

        var page = await admin.GetPageAsync("/manager");
        var shown = page.QuerySelector("[data-backup='succeeded']") ?? throw new Xunit.Sdk.XunitException(page.Text("main"));
        Assert.Contains("已备份到", shown.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-12-29", shown.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_ShouldOfferSignOutAndTheFullName_OnEverySignedInPage()
    {
        using var drafter = await Site.SignedInAsync("y-drafter", SignedInClients.StaffPassword);

        foreach (var url in new[] { "/", "/manager", "/training", "/documents" })
        {
            var page = await drafter.GetPageAsync(url);
            Assert.NotNull(page.QuerySelector(".site-nav form[action='/account/logout'][method='post'] input[name='__RequestVerificationToken']"));
            Assert.Equal("y-drafter", page.Text(".site-nav .nav-user a"));
        }
    }

    [Fact]
    public async Task Header_ShouldLinkTheStaffPages_AtTheirRoutes_FromADeepPage()
    {
        using var drafter = await Site.SignedInAsync("y-drafter", SignedInClients.StaffPassword);
        using var anonymous = Site.CreateClient();

        // Generated from the routes, on a page whose own route value (a code) must not leak into them.
        var signedIn = await drafter.GetPageAsync("/verify/UNKNOWN-CODE", System.Net.HttpStatusCode.NotFound);
        Assert.Equal(["/", "/documents", "/interpretations", "/training", "/manager", "/account"],
            signedIn.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/account/logout", signedIn.QuerySelector(".site-nav form")?.GetAttribute("action"));
        Assert.Equal("/preferences", signedIn.QuerySelector("form.reader-switch")?.GetAttribute("action"));

        var verify = await anonymous.GetPageAsync("/verify/UNKNOWN-CODE", System.Net.HttpStatusCode.NotFound);
        Assert.Equal("/account/login", verify.QuerySelector(".site-nav .nav-account a")?.GetAttribute("href"));
        Assert.Contains("/verify", verify.QuerySelectorAll(".footer-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/verify", verify.QuerySelector("main form[method=get]")?.GetAttribute("action"));
    }

    [Fact]
    public async Task Header_SignOut_ShouldEndTheSession()
    {
        using var staff = await Site.SignedInAsync("y-staff", SignedInClients.StaffPassword);

        using var response = await staff.PostFormAsync("/training", "/account/logout", []);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        using var after = await staff.GetAsync("/manager");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<int> PublishOwingAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffMember>>();
        async Task<Actor> ActorOf(string name)
        {
            var user = (await users.FindByNameAsync(name))!;
            return new Actor(user.Id, user.DisplayName, user.OrgUnitId, (await users.GetRolesAsync(user)).ToHashSet());
        }

        var drafter = await ActorOf("y-drafter");
        var input = new DocumentInput
        {
            Title = "关于年末测试的通知",
            IndexNumber = "YEAR-END-" + Guid.NewGuid().ToString("N")[..8],
            DocumentNumber = "黄下政办〔2026〕99号",
            IssuingOrgan = "下陆区人民政府办公室",
            DrafterName = "张三",
            CategoryCode = "policy",
            Kind = DocumentKind.NormativeDocument,
            SubjectWords = "测试",
            WrittenOn = new DateOnly(2026, 12, 21),
            Disclosure = DisclosureAttribute.Proactive,
            BodyMarkdown = "正文。",
            PlannedInterpretationForm = PolicyLibrary.Interpretations.InterpretationForm.Text,
            PlannedInterpretationDueOn = new DateOnly(2027, 1, 8),
        };
        var id = (await services.GetRequiredService<DocumentEditor>().CreateAsync(drafter, input)).Id;
        var workflow = services.GetRequiredService<ReviewWorkflow>();
        Assert.True((await workflow.SubmitAsync(drafter, id)).Succeeded);
        Assert.True((await workflow.ApproveAsync(await ActorOf("y-reviewer"), id, null, null)).Succeeded);
        return id;
    }
}
