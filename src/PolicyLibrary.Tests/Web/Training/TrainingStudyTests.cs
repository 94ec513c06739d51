using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Web.Training;

/// <summary>/training end to end through the site: audience, lessons, the quiz and its refusals, results, plans.</summary>
public class TrainingStudyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Module = "confidentiality-review-2016"; // 起草人 and 审核人; 3 lessons; 5 questions; pass mark 80
    private const string QuizUrl = "/training/modules/" + Module + "/quiz";

    [Theory]
    [InlineData("/training")]
    [InlineData("/training/modules/" + Module)]
    [InlineData("/training/modules/" + Module + "/lessons/1")]
    [InlineData(QuizUrl)]
    [InlineData("/training/plans/2016")]
    [InlineData("/training/certificates/" + Module)]
    public async Task Pages_ShouldSendAnonymousReadersToSignIn(string url)
    {
        using var response = await site.NewClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTraining_ShouldListTheYearsRequiredModulesForTheAudienceOnly()
    {
        var reviewer = await ClientAsync("mt-reviewer", Roles.Reviewer);
        var staff = await ClientAsync("mt-staff", Roles.Staff);

        var reviewers2016 = await reviewer.GetPageAsync("/training?year=2016");
        var staff2016 = await staff.GetPageAsync("/training?year=2016");
        var staff2026 = await staff.GetPageAsync("/training?year=2026");

        Assert.Contains("保密审查：上网信息不涉密，涉密信息不上网", reviewers2016.Text("#required-heading + *"), StringComparison.Ordinal);
        Assert.DoesNotContain("保密审查", staff2016.Text("#required-heading + *"), StringComparison.Ordinal);
        Assert.Contains("《政府信息公开条例》解读与主动公开实务", staff2016.Text("#required-heading + *"), StringComparison.Ordinal);
        Assert.Contains("新修订《政府信息公开条例》要点与年度报告编制", staff2026.Text("#required-heading + *"), StringComparison.Ordinal);
        Assert.Contains("还没有您的培训出勤记录", staff2026.Text("#sessions-heading + *"), StringComparison.Ordinal);
        await staff.GetPageAsync("/training?year=99999", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task MyTraining_ShouldCountTheSessionsAttendedAndTheirHoursInTheYear()
    {
        var staff = await ClientAsync("mt-attendee", Roles.Staff);
        var member = await site.EnsureUserAsync("mt-attendee", "finance", Roles.Staff);
        await site.WithDbAsync(async db =>
        {
            var starts = new DateTime(2016, 4, 12, 1, 0, 0, DateTimeKind.Utc); // 09:00 in Beijing
            TrainingSession Session(string slug, string title, int hours, DateTime at) => new()
            {
                Slug = slug,
                Title = title,
                Place = "区政府三楼会议室",
                Trainer = "刘晓燕",
                StartsAtUtc = at,
                EndsAtUtc = at.AddHours(hours),
                CheckInOpensAtUtc = at.AddMinutes(-30),
                CheckInClosesAtUtc = at.AddHours(1),
                LateAfterUtc = at,
                Status = SessionStatus.Closed,
            };
            var course = Session("mt-course", "全区政府信息公开工作业务培训班", 3, starts);
            var lecture = Session("mt-lecture", "保密审查专题讲座", 2, starts.AddMonths(5));
            var missed = Session("mt-missed", "年度工作会议", 2, starts.AddMonths(8));
            var nextYear = Session("mt-2017", "2017年培训班", 4, starts.AddYears(1));
            db.Attendances.AddRange(
                new Attendance { Session = course, StaffMemberId = member.Id, Status = AttendanceStatus.Present, AtUtc = starts },
                new Attendance { Session = lecture, StaffMemberId = member.Id, Status = AttendanceStatus.Late, AtUtc = lecture.StartsAtUtc.AddMinutes(10) },
                new Attendance { Session = missed, StaffMemberId = member.Id, Status = AttendanceStatus.Absent, AtUtc = missed.EndsAtUtc },
                new Attendance { Session = nextYear, StaffMemberId = member.Id, Status = AttendanceStatus.Present, AtUtc = nextYear.StartsAtUtc });
            return await db.SaveChangesAsync();
        });

        var page = await staff.GetPageAsync("/training?year=2016");

        var rows = page.QuerySelectorAll("#sessions-heading + * tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("出席", rows[0], StringComparison.Ordinal);
        Assert.Contains("迟到", rows[1], StringComparison.Ordinal);
        // Required modules done / required, sessions attended, hours: Absent and 2017 do not count.
        Assert.Equal(["0/1", "2", "5"], page.QuerySelectorAll(".study-figures strong").Select(s => s.TextContent));
        Assert.NotNull(page.QuerySelector("#upcoming-heading"));
    }

    [Fact]
    public async Task Module_ShouldBeRefusedWithTheReason_WhenOutsideTheAudience_AndNothingIsStored()
    {
        var staff = await ClientAsync("aud-staff", Roles.Staff);

        var page = await staff.GetPageAsync("/training/modules/" + Module, HttpStatusCode.Forbidden);
        using var quiz = await staff.GetAsync(new Uri(QuizUrl, UriKind.Relative));
        var token = await staff.TokenAsync("/account");
        using var read = await staff.PostAsync(new Uri($"/training/modules/{Module}/lessons/1/read", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Contains("面向起草人、审核人，不在您的学习范围内", page.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (quiz.StatusCode, read.StatusCode));
        Assert.Equal(0, await site.WithDbAsync(db => db.LessonProgress.CountAsync(p => p.StaffMember!.UserName == "aud-staff")));
        await staff.GetPageAsync("/training/modules/no-such-module", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Quiz_ShouldNeverSendWhichOptionsAreCorrect()
    {
        var reviewer = await ClientAsync("quiz-html", Roles.Reviewer);
        using var response = await reviewer.GetAsync(new Uri(QuizUrl, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.HtmlAsync();

        await reviewer.GetPageAsync($"/training/modules/{Module}/lessons/9", HttpStatusCode.NotFound);
        var inputs = page.QuerySelectorAll("form.quiz input:not([type=hidden])").ToList();
        Assert.Equal(20, inputs.Count); // five questions of four options
        Assert.All(inputs, i => Assert.Subset(new HashSet<string> { "type", "name", "value", "required" }, i.Attributes.Select(a => a.Name).ToHashSet()));
        Assert.All(page.QuerySelectorAll("form.quiz label"), l => Assert.Equal(["choice"], l.ClassList));
        foreach (var marker in new[] { "correct", "正确答案", "解析" })
        {
            var at = html.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            Assert.True(at < 0, $"“{marker}” found: …{(at < 0 ? "" : html[Math.Max(0, at - 80)..Math.Min(html.Length, at + 40)])}…");
        }
    }

    [Fact]
    public async Task Quiz_ShouldRecordTheAttemptAndShowWhichWereWrong()
    {
        var reviewer = await ClientAsync("quiz-wrong", Roles.Reviewer);
        var answers = await AnswersAsync(wrongQuestion: 2);

        using var response = await reviewer.PostFormAsync(QuizUrl, QuizUrl, answers);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var result = await reviewer.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("得分 80", result.Text(".result-summary"), StringComparison.Ordinal);
        Assert.Contains("合格", result.Text(".result-summary"), StringComparison.Ordinal);
        var wrong = Assert.Single(result.QuerySelectorAll(".result-list > li.wrong"));
        Assert.Contains("哪些信息在公开前应当特别审慎", wrong.TextContent, StringComparison.Ordinal);
        Assert.Contains("正确答案：A、B、D", wrong.TextContent, StringComparison.Ordinal);
        var attempt = await site.WithDbAsync(db => db.QuizAttempts.SingleAsync(a => a.StaffMember!.UserName == "quiz-wrong"));
        Assert.Equal((80, true), (attempt.Score, attempt.Passed));

        var other = await ClientAsync("quiz-other", Roles.Reviewer);
        await other.GetPageAsync(response.Headers.Location!.OriginalString, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("a question not in the quiz", "不属于本测验的题目")]
    [InlineData("a repeated option", "同一选项被提交了多次")]
    [InlineData("an option of another question", "不属于该题的选项")]
    [InlineData("a missing question", "尚未作答")]
    [InlineData("two options for a single choice", "是单选题，只能选择一个选项")]
    [InlineData("an option that is not a number", "选项无法识别")]
    [InlineData("a field that is no question", "无法识别的字段")]
    public async Task Quiz_ShouldAnswer400WithAChineseMessageAndStoreNothing_WhenTheSubmissionIsTampered(string tampering, string message)
    {
        var user = "tamper-" + Math.Abs(tampering.GetHashCode(StringComparison.Ordinal));
        var reviewer = await ClientAsync(user, Roles.Reviewer);
        var answers = await AnswersAsync(wrongQuestion: 0);
        var (q1, q2, q3) = (answers[0].Key, answers[1].Key, answers.Last().Key);
        var otherOption = answers[1].Value;
        answers = tampering switch
        {
            "a question not in the quiz" => [.. answers, new("q999999", "1")],
            "a repeated option" => [.. answers, answers[1]],
            "an option of another question" => [.. answers.Where(a => a.Key != q1), new(q1, otherOption)],
            "a missing question" => [.. answers.Where(a => a.Key != q3)],
            "two options for a single choice" => [.. answers, new(q1, (int.Parse(answers[0].Value, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            "an option that is not a number" => [.. answers.Where(a => a.Key != q2), new(q2, "A")],
            _ => [.. answers, new("answer", "B")],
        };

        using var response = await reviewer.PostFormAsync(QuizUrl, QuizUrl, answers);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains(message, page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form.quiz"));
        Assert.Equal(0, await site.WithDbAsync(db => db.QuizAttempts.CountAsync(a => a.StaffMember!.UserName == user)));
    }

    [Fact]
    public async Task Quiz_ShouldRefuseAPostWithoutTheAntiForgeryToken()
    {
        var reviewer = await ClientAsync("quiz-csrf", Roles.Reviewer);
        using var response = await reviewer.PostAsync(new Uri(QuizUrl, UriKind.Relative), new FormUrlEncodedContent(await AnswersAsync(0)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await site.WithDbAsync(db => db.QuizAttempts.CountAsync(a => a.StaffMember!.UserName == "quiz-csrf")));
    }

    [Fact]
    public async Task Plan_ShouldShowTheYearsGoalsModulesAndPlannedSessions()
    {
        var staff = await ClientAsync("plan-reader", Roles.Staff);

        var plan = await staff.GetPageAsync("/training/plans/2016");

        Assert.Equal("下陆区2016年度政府信息公开学习培训规划", plan.Text("h1"));
        Assert.Contains("培训人员不少于200人次", plan.Text("main"), StringComparison.Ordinal);
        Assert.Equal(3, plan.QuerySelectorAll("#sessions-heading ~ div tbody tr").Length);
        Assert.Contains("以会代训", plan.Text("#sessions-heading ~ div tbody"), StringComparison.Ordinal);
        Assert.NotNull(plan.QuerySelector("a[href='/training/plans/2026']"));
        await staff.GetPageAsync("/training/plans/1999", HttpStatusCode.NotFound);
        using var plans = await staff.GetAsync(new Uri("/training/plans", UriKind.Relative));
        Assert.Matches("^/training/plans/20[0-9]{2}$", plans.Headers.Location?.OriginalString);
    }

    private async Task<HttpClient> ClientAsync(string userName, string role)
    {
        await site.EnsureUserAsync(userName, "finance", role);
        return await site.SignedInAsync(userName, SignedInClients.StaffPassword);
    }

    /// <summary>The form fields of a right answer sheet, with question <paramref name="wrongQuestion"/> answered wrongly.</summary>
    private Task<List<KeyValuePair<string, string>>> AnswersAsync(int wrongQuestion) => TrainingAnswers.FormAsync(site, Module, wrongQuestion);
}
