using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Audit;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Staff;

public class StaffAccountsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task UserList_ShouldListStaffWithUnitRolesAndState_WhenAdministratorOpensIt()
    {
        await site.EnsureUserAsync("list-drafter", "finance", Roles.Drafter);
        var client = await site.AdminAsync();

        var page = await client.GetPageAsync("/manager/users");

        Assert.Equal("用户管理", page.Text("main h1"));
        var rows = page.QuerySelectorAll("table.admin-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("admin", StringComparison.Ordinal) && r.Contains("系统管理员", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("list-drafter", StringComparison.Ordinal) && r.Contains("起草人", StringComparison.Ordinal) && r.Contains("正常", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("label[for='filter-unit']"));
        Assert.NotNull(page.QuerySelector("table.admin-table thead th[scope='col']"));
    }

    [Fact]
    public async Task UserList_ShouldFilterByUnitAndName_WhenAsked()
    {
        await site.EnsureUserAsync("filter-finance", "finance", Roles.Staff);
        await site.EnsureUserAsync("filter-price", "price", Roles.Staff);
        var client = await site.AdminAsync();

        var finance = await client.GetPageAsync("/manager/users?unit=finance");
        var text = finance.Text("table.admin-table");
        Assert.Contains("filter-finance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("filter-price", text, StringComparison.Ordinal);

        var search = await client.GetPageAsync("/manager/users?q=filter-pr");
        Assert.Single(search.QuerySelectorAll("table.admin-table tbody tr"));
        Assert.Contains("filter-price", search.Text("table.admin-table"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/manager/users?unit=no-such-unit", "不存在")]
    [InlineData("/manager/users?page=abc", "共")]
    [InlineData("/manager/users?page=-5", "共")]
    [InlineData("/manager/users?page=99999999999", "共")]
    public async Task UserList_ShouldAnswerWithAPage_WhenFilterValuesAreBad(string url, string expected)
    {
        var client = await site.AdminAsync();
        var page = await client.GetPageAsync(url);
        Assert.Contains(expected, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_ShouldShowPasswordPolicyInChinese_WhenPasswordIsWeak()
    {
        var client = await site.AdminAsync();

        using var response = await client.PostFormAsync("/manager/users/new", "/manager/users/new", NewUser("weakpw", "short"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("密码至少需要 10 个字符", html, StringComparison.Ordinal);
        Assert.Contains("密码必须包含至少一个大写字母", html, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "weakpw")));
    }

    [Fact]
    public async Task CreateUser_ShouldExplainEachField_WhenInputIsMissingOrUnknown()
    {
        var client = await site.AdminAsync();
        var fields = NewUser("", "Good-Passw0rd!");
        fields["OrgUnitCode"] = "nowhere";
        fields.Remove("Roles");

        using var response = await client.PostFormAsync("/manager/users/new", "/manager/users/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写用户名", html, StringComparison.Ordinal);
        Assert.Contains("请至少选择一个角色", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_ShouldCreateAndAudit_WhenInputIsGood()
    {
        var client = await site.AdminAsync();

        using var response = await client.PostFormAsync("/manager/users/new", "/manager/users/new", NewUser("newdrafter", "Good-Passw0rd!"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var roles = await RolesOfAsync("newdrafter");
        Assert.Equal([Roles.Drafter], roles);
        Assert.True(await site.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.UserManaged && e.Detail.Contains("newdrafter"))));

        using var again = await client.PostFormAsync("/manager/users/new", "/manager/users/new", NewUser("newdrafter", "Good-Passw0rd!"));
        Assert.Contains("已被使用", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeUser_ShouldChangeUnitAndRolesAndAudit_WhenAdministratorSaves()
    {
        var user = await site.EnsureUserAsync("change-me", "finance", Roles.Staff);
        var client = await site.AdminAsync();
        var form = await client.GetPageAsync($"/manager/users/{user.Id}");
        Assert.Equal("测试change-me", form.Text("main h1"));

        using var response = await client.PostFormAsync($"/manager/users/{user.Id}", $"/manager/users/{user.Id}",
            [new("OrgUnitCode", "price"), new("Roles", Roles.Drafter), new("Roles", Roles.Staff)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Drafter, Roles.Staff], (await RolesOfAsync("change-me")).Order());
        var unit = await site.WithDbAsync(db => db.Users.Where(u => u.UserName == "change-me").Select(u => u.OrgUnit!.Code).FirstAsync());
        Assert.Equal("price", unit);
        var audit = await site.WithDbAsync(db => db.AuditEvents.Where(e => e.Action == AuditAction.PermissionsChanged && e.Detail.Contains("change-me")).ToListAsync());
        Assert.Single(audit);
        Assert.Contains("起草人", audit[0].Detail, StringComparison.Ordinal);
        var after = await client.GetPageAsync($"/manager/users/{user.Id}");
        Assert.Contains("已保存", after.Text(".admin-flash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeUser_ShouldRefuse_WhenAdministratorRemovesTheirOwnAdministratorRole()
    {
        var client = await site.AdminAsync();
        var adminId = await site.WithDbAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).FirstAsync());
        var unit = await site.WithDbAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.OrgUnit!.Code).FirstAsync());

        using var response = await client.PostFormAsync($"/manager/users/{adminId}", $"/manager/users/{adminId}",
            [new("OrgUnitCode", unit), new("Roles", Roles.Staff)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能取消自己的系统管理员角色", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Roles.Administrator, await RolesOfAsync("admin"));
    }

    [Fact]
    public async Task ChangeUser_ShouldAnswerWithMessages_WhenUnitIsUnknownOrUserMissing()
    {
        var user = await site.EnsureUserAsync("bad-change", "finance", Roles.Staff);
        var client = await site.AdminAsync();

        using var badUnit = await client.PostFormAsync($"/manager/users/{user.Id}", $"/manager/users/{user.Id}",
            [new("OrgUnitCode", "nowhere"), new("Roles", Roles.Staff)]);
        Assert.Equal(HttpStatusCode.OK, badUnit.StatusCode);
        Assert.Contains("单位不存在", await badUnit.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var badRole = await client.PostFormAsync($"/manager/users/{user.Id}", $"/manager/users/{user.Id}",
            [new("OrgUnitCode", "finance"), new("Roles", "Emperor")]);
        Assert.Equal(HttpStatusCode.OK, badRole.StatusCode);
        Assert.Contains("角色无效", await badRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await client.GetPageAsync("/manager/users/no-such-id", HttpStatusCode.NotFound);
        Assert.Equal([Roles.Staff], await RolesOfAsync("bad-change"));
    }

    [Fact]
    public async Task Unlock_ShouldEndTheLockoutAndAudit_WhenAccountIsLocked()
    {
        var user = await site.EnsureUserAsync("locked-one", "finance", Roles.Staff);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        var client = await site.AdminAsync();
        var list = await client.GetPageAsync("/manager/users?q=locked-one");
        Assert.Contains("已锁定", list.Text("table.admin-table"), StringComparison.Ordinal);

        using var response = await client.PostFormAsync($"/manager/users/{user.Id}", $"/manager/users/{user.Id}/unlock", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync($"/manager/users/{user.Id}");
        Assert.Contains("已解除锁定", page.Text(".admin-flash"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".unlock-form"));
        Assert.True(await site.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.UserManaged && e.Detail.StartsWith("解除锁定") && e.Detail.Contains("locked-one"))));
        using var signIn = await site.NewClient().PostFormAsync("/account/login", "/account/login",
            [new("UserName", "locked-one"), new("Password", SignedInClients.StaffPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    private static Dictionary<string, string> NewUser(string userName, string password) => new()
    {
        ["UserName"] = userName,
        ["DisplayName"] = "新同事",
        ["Email"] = $"{(userName.Length > 0 ? userName : "x")}@example.cn",
        ["OrgUnitCode"] = "finance",
        ["Roles"] = Roles.Drafter,
        ["Password"] = password,
    };

    private Task<List<string>> RolesOfAsync(string userName) => site.WithDbAsync(db =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.UserName == userName
         select r.Name!).ToListAsync());
}
