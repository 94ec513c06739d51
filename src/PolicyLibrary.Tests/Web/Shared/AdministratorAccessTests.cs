using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Shared;

/// <summary>Every administrators' endpoint against every kind of visitor: allowed, refused with the reason, or sent to sign in — never a 500.</summary>
public class AdministratorAccessTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var who in new[] { "anonymous", Roles.Staff, Roles.Drafter, Roles.Reviewer, Roles.TrainingCoordinator, Roles.Administrator })
        {
            foreach (var (method, path) in Endpoints)
            {
                data.Add(who, method, path);
            }
        }

        return data;
    }

    private static readonly (string Method, string Path)[] Endpoints =
    [
        ("GET", "/manager/users"),
        ("GET", "/manager/users/new"),
        ("POST", "/manager/users/new"),
        ("GET", "/manager/users/{target}"),
        ("POST", "/manager/users/{target}"),
        ("POST", "/manager/users/{target}/unlock"),
        ("GET", "/manager/users/import"),
        ("POST", "/manager/users/import"),
        ("GET", "/manager/users/import/template.csv"),
        ("GET", "/manager/units"),
        ("GET", "/manager/units/new"),
        ("POST", "/manager/units/new"),
        ("GET", "/manager/units/{unit}"),
        ("POST", "/manager/units/{unit}"),
        ("GET", "/manager/audit"),
    ];

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AdminEndpoint_ShouldAllowOnlyAdministrators(string who, string method, string template)
    {
        var target = await site.EnsureUserAsync("matrix-target", "finance", Roles.Staff);
        var unitId = await site.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "price").Select(u => u.Id).FirstAsync());
        var path = template.Replace("{target}", target.Id, StringComparison.Ordinal).Replace("{unit}", unitId.ToString(), StringComparison.Ordinal);
        var client = who switch
        {
            "anonymous" => site.NewClient(),
            Roles.Administrator => await site.AdminAsync(),
            _ => await site.SignedInAsync((await site.EnsureUserAsync("matrix-" + who.ToLowerInvariant(), "finance", who)).UserName!, SignedInClients.StaffPassword),
        };
        var usersBefore = await site.WithDbAsync(db => db.Users.CountAsync());
        var unitsBefore = await site.WithDbAsync(db => db.OrgUnits.AsNoTracking().Select(u => u.Name).ToListAsync());

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(path, UriKind.Relative))
            : await client.PostFormAsync("/account/login", path, FormFor(template, who));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        switch (who)
        {
            case "anonymous":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("http://localhost/account/login?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
                break;
            case Roles.Administrator:
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{method} {path}: {(int)response.StatusCode}");
                break;
            default:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.Contains("只有系统管理员可以管理用户和单位", body, StringComparison.Ordinal);
                Assert.Equal(usersBefore, await site.WithDbAsync(db => db.Users.CountAsync()));
                Assert.Equal(unitsBefore, await site.WithDbAsync(db => db.OrgUnits.AsNoTracking().Select(u => u.Name).ToListAsync()));
                Assert.Equal([Roles.Staff], await site.WithDbAsync(db => (from ur in db.UserRoles
                                                                          join r in db.Roles on ur.RoleId equals r.Id
                                                                          where ur.UserId == target.Id
                                                                          select r.Name!).ToListAsync()));
                break;
        }
    }

    /// <summary>A valid submission, so a refusal is about who asks and not about what they sent.</summary>
    private static List<KeyValuePair<string, string>> FormFor(string template, string who)
    {
        var suffix = who.ToLowerInvariant();
        return template switch
        {
            "/manager/users/new" =>
            [
                new("UserName", "made-by-" + suffix), new("DisplayName", "新人"), new("Email", $"made-by-{suffix}@example.cn"),
                new("OrgUnitCode", "finance"), new("Roles", Roles.Staff), new("Password", "Good-Passw0rd!"),
            ],
            "/manager/users/{target}" => [new("OrgUnitCode", "finance"), new("Roles", Roles.Staff)],
            "/manager/units/new" => [new("Code", "unit-by-" + suffix), new("Name", "新单位" + suffix), new("ShortName", "新单位"), new("Kind", "Other")],
            "/manager/units/{unit}" => [new("Name", "物价局（改名）"), new("ShortName", "物价局"), new("Kind", "Department")],
            _ => [],
        };
    }

    [Fact]
    public async Task AdminPost_ShouldBeRejected_WhenAntiForgeryTokenIsMissing()
    {
        var client = await site.AdminAsync();
        using var response = await client.PostAsync(new Uri("/manager/units/new", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Code"] = "no-token", ["Name"] = "无令牌", ["ShortName"] = "无令牌", ["Kind"] = "Other" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.OrgUnits.AnyAsync(u => u.Code == "no-token")));
    }

    [Fact]
    public async Task RoleChange_ShouldTakeEffectAtOnce_WhenAStaffMemberIsMadeAdministrator()
    {
        var user = await site.EnsureUserAsync("promoted", "finance", Roles.Staff);
        var staff = await site.SignedInAsync("promoted", SignedInClients.StaffPassword);
        using (var before = await staff.GetAsync(new Uri("/manager/audit", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        var admin = await site.AdminAsync();
        using var change = await admin.PostFormAsync($"/manager/users/{user.Id}", $"/manager/users/{user.Id}",
            [new("OrgUnitCode", "finance"), new("Roles", Roles.Administrator)]);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        using var after = await staff.GetAsync(new Uri("/manager/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
