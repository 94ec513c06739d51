using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Web.Account;

public class AccessTokenFormTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("abc", "有效期（天）应为整数。")]
    [InlineData("9999999999", "有效期（天）应为整数。")]
    [InlineData("0", "有效期应为 1 到")]
    [InlineData("", "有效期应为 1 到")]
    public async Task Create_ShouldAnswer400WithTheFieldsMessage_AndCreateNothing_WhenTheValidityIsWrong(string validDays, string message)
    {
        var user = await site.EnsureUserAsync("token-form", "gov-office", Roles.Drafter);
        var signedIn = await site.SignedInAsync(user.UserName!, SignedInClients.StaffPassword);

        using var response = await signedIn.PostFormAsync("/account/tokens", "/account/tokens",
            new Dictionary<string, string> { ["name"] = "门户网站", ["validDays"] = validDays });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains(message, page.Text("#token-days-error"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#new-token"));
        Assert.False(await site.WithDbAsync(db => db.AccessTokens.AnyAsync(t => t.UserId == user.Id)));
    }
}
