using System.Text;
using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>The administrator imports staff from a CSV file through the upload form and finds the import in the audit log.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class AdminJourneyTests(SiteFixture site) : SiteTest(site)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task ImportingStaff_ShouldReportEachRowAndBeAudited_WhenAdministratorUploadsACsvFile(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        var page = await OpenPageAsync(viewport);
        var prefix = $"e2e-{viewport.Name}";

        // Sign in as the first-run administrator.
        await GoAsync(page, "/account/login");
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(SiteFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));

        // Upload a small file: two good rows and one naming a unit that does not exist.
        await GoAsync(page, "/manager/users/import");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("导入用户");
        var csv = string.Join("\r\n",
            "用户名,姓名,邮箱,单位代码,角色,初始密码",
            $"{prefix}-1,周一,{prefix}-1@example.cn,finance,起草人,Good-Passw0rd!",
            $"{prefix}-2,吴二,{prefix}-2@example.cn,nowhere,工作人员,Good-Passw0rd!",
            $"{prefix}-3,郑三,{prefix}-3@example.cn,price,审核人；工作人员,Good-Passw0rd!");
        await page.GetByLabel("CSV 文件").SetInputFilesAsync(new FilePayload
        {
            Name = $"{prefix}.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并导入" }).ClickAsync();

        // The report: one line per row, the refused one with its reason.
        var report = page.Locator(".import-report");
        await Expect(report.GetByRole(AriaRole.Heading, new() { Name = "导入报告" })).ToBeVisibleAsync();
        await Expect(report.Locator(".created-count")).ToHaveTextAsync("2");
        await Expect(report.Locator(".refused-count")).ToHaveTextAsync("1");
        await Expect(report.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(report.Locator("tbody tr.row-refused")).ToContainTextAsync("单位“nowhere”不存在");
        await Screenshots.SaveAsync(Site, page, $"admin-import-{viewport.Name}");

        // The new staff are in the list.
        await GoAsync(page, $"/manager/users?q={prefix}");
        await Expect(page.Locator("table.admin-table tbody tr")).ToHaveCountAsync(2);

        // And the audit log lists the import, newest first.
        await GoAsync(page, "/manager/audit");
        await page.GetByLabel("操作", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "用户管理" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("action=UserManaged"));
        var first = page.Locator("table.audit-table tbody tr").First;
        await Expect(first).ToContainTextAsync($"从 CSV 文件“{prefix}.csv”导入用户");
        await Expect(first).ToContainTextAsync("创建 2 个");
        await Expect(page.Locator("table.audit-table")).ToContainTextAsync($"创建用户 周一（{prefix}-1）");
        await Screenshots.SaveAsync(Site, page, $"admin-audit-{viewport.Name}");

        if (viewport == Viewport.Phone)
        {
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= Viewport.Phone.Width, $"The audit page is {width}px wide on a {Viewport.Phone.Width}px phone.");
        }
    }
}
