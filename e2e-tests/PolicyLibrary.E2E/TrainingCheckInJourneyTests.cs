using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>The coordinator schedules a session and opens check-in; a staff member's phone opens the QR code's URL and appears on the roster without a reload.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class TrainingCheckInJourneyTests(SiteFixture site) : SiteTest(site)
{
    [Fact]
    public async Task StaffScanningTheQrCode_ShouldAppearOnTheCoordinatorsRoster_WithoutAReload()
    {
        var coordinator = await SignedInAsync(Viewport.Named("desktop"), "e2e-coordinator");
        await GoAsync(coordinator, "/manager/training/sessions/new");
        var starts = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(5);
        await coordinator.GetByLabel("培训名称").FillAsync("端到端签到讲座");
        await coordinator.GetByLabel("培训形式").SelectOptionAsync(new SelectOptionValue { Label = "讲座" });
        await coordinator.GetByLabel("开始时间（北京时间）").FillAsync(starts.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await coordinator.GetByLabel("结束时间（北京时间）").FillAsync(starts.AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await coordinator.GetByLabel("培训地点").FillAsync("区政府三楼会议室");
        await coordinator.GetByLabel("授课人").FillAsync("王立新");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(coordinator.Locator("main h1")).ToHaveTextAsync("端到端签到讲座");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "开启签到" }).ClickAsync();
        await Expect(coordinator).ToHaveURLAsync(new Regex("/check-in$"));
        await Expect(coordinator.Locator("[data-qr] svg")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("[data-code]")).ToHaveTextAsync(new Regex("^[0-9]{6}$"));
        var url = await coordinator.Locator("[data-check-in-url]").GetAttributeAsync("href");
        Assert.NotNull(url);
        var row = coordinator.Locator("[data-roster-body] tr", new() { HasText = "周学员" });
        await Expect(row).ToContainTextAsync("未签到");

        // The phone opens the URL the QR code holds.
        var phone = await SignedInAsync(Viewport.Named("phone"), "e2e-staff");
        await GoAsync(phone, new Uri(url).PathAndQuery);
        await Expect(phone.Locator("[data-check-in-outcome]")).ToHaveTextAsync("签到成功。");

        // The coordinator's screen shows it on its own, within a couple of polls.
        await Expect(row).ToContainTextAsync("出席", new() { Timeout = 10_000 });
        await Expect(coordinator.Locator("[data-count='personTimes']")).ToHaveTextAsync("1");

        // A second scan is told it is already recorded.
        await GoAsync(phone, new Uri(url).PathAndQuery);
        await Expect(phone.Locator("[data-check-in-outcome]")).ToContainTextAsync("已签到");
    }
}
