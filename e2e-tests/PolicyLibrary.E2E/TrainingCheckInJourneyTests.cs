using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyLibrary.E2E;

/// <summary>The coordinator schedules a session and opens check-in; a staff member's phone opens the QR code's URL and appears on the attendance sheet without a reload.</summary>
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
        await CheckProjectorViewAsync(coordinator);
        var checkedIn = coordinator.Locator("[data-count='checkedIn']");
        var before = int.Parse(await checkedIn.InnerTextAsync(), CultureInfo.InvariantCulture);

        // The phone opens the URL the QR code holds.
        var phone = await SignedInAsync(Viewport.Named("phone"), "e2e-staff");
        await GoAsync(phone, new Uri(url).PathAndQuery);
        await Expect(phone.Locator("[data-check-in-outcome]")).ToHaveTextAsync("签到成功。");

        // The coordinator's screen shows it on its own, within a couple of polls.
        await Expect(row).ToContainTextAsync("出席", new() { Timeout = 10_000 });
        await Expect(coordinator.Locator("[data-count='personTimes']")).ToHaveTextAsync("1");
        await Expect(checkedIn).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));

        // A second scan is told it is already recorded.
        await GoAsync(phone, new Uri(url).PathAndQuery);
        await Expect(phone.Locator("[data-check-in-outcome]")).ToContainTextAsync("已签到");
    }

    /// <summary>
    /// The projected screen at 1280 × 900: no site header, the QR code, the code and the count in the first screenful,
    /// the QR code at least half the screen's height, the code and the count large enough to read from the back of a
    /// room, no sideways scrolling, and WCAG 2.1 AA under axe.
    /// </summary>
    private async Task CheckProjectorViewAsync(IPage page)
    {
        Assert.Equal(Viewport.Desktop.Width, page.ViewportSize!.Width);
        await Expect(page.Locator(".site-header")).ToHaveCountAsync(0);
        var layout = await page.EvaluateAsync<ProjectorLayout>("""
            () => {
                const box = s => document.querySelector(s).getBoundingClientRect();
                const size = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
                return {
                    qrSide: box('[data-qr] svg').height, qrBottom: box('[data-qr] svg').bottom,
                    codeBottom: box('[data-code]').bottom, countBottom: box('[data-count=checkedIn]').bottom,
                    codeSize: size('[data-code]'), countSize: size('[data-count=checkedIn]'),
                    scrollWidth: document.documentElement.scrollWidth, height: window.innerHeight,
                };
            }
            """);
        Assert.True(layout.QrSide >= layout.Height / 2, $"the QR code is {layout.QrSide}px on a {layout.Height}px screen");
        Assert.True(Math.Max(layout.QrBottom, Math.Max(layout.CodeBottom, layout.CountBottom)) <= layout.Height, "the QR code, the code or the count is below the first screenful");
        Assert.True(layout.CodeSize >= 80 && layout.CountSize >= 64, $"the code is {layout.CodeSize}px and the count {layout.CountSize}px");
        Assert.True(layout.ScrollWidth <= Viewport.Desktop.Width, $"the screen is {layout.ScrollWidth}px wide");
        var violations = await Quality.Axe.ViolationsAsync(Site, page);
        Assert.True(violations.Count == 0, $"the check-in screen has axe violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        await Screenshots.SaveAsync(Site, page, "check-in-projector-desktop");
    }

    private sealed class ProjectorLayout
    {
        public double QrSide { get; set; }
        public double QrBottom { get; set; }
        public double CodeBottom { get; set; }
        public double CountBottom { get; set; }
        public double CodeSize { get; set; }
        public double CountSize { get; set; }
        public double ScrollWidth { get; set; }
        public double Height { get; set; }
    }
}
