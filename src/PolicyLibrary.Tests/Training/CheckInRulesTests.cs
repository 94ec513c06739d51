using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

public class CheckInRulesTests
{
    private static readonly DateTime Start = new(2026, 3, 13, 1, 0, 0, DateTimeKind.Utc);
    private static readonly CheckInAttendee Member = new("u1", 7, new HashSet<string> { Roles.Staff });

    private static TrainingSession Session(SessionStatus status = SessionStatus.CheckInOpen) => new()
    {
        Id = 1,
        Slug = "s",
        Title = "政府信息公开培训班",
        Place = "三楼会议室",
        Trainer = "王立新",
        StartsAtUtc = Start,
        EndsAtUtc = Start.AddHours(2),
        CheckInOpensAtUtc = Start.AddMinutes(-30),
        CheckInClosesAtUtc = Start.AddHours(1),
        LateAfterUtc = Start.AddMinutes(10),
        Status = status,
    };

    private static CheckInResult Decide(TrainingSession session, DateTime now, CodeCheck code = CodeCheck.Valid, Attendance? existing = null, int attended = 0, CheckInAttendee? who = null) =>
        CheckInRules.Decide(session, who ?? Member, now, code, existing, attended);

    [Fact]
    public void CheckIn_ShouldBePresent_UpToTheLateThreshold()
    {
        var result = Decide(Session(), Start.AddMinutes(10));
        Assert.Equal(CheckInOutcome.CheckedIn, result.Outcome);
        Assert.Equal(AttendanceStatus.Present, result.Status);
        Assert.Equal("签到成功。", result.Message);
    }

    [Fact]
    public void CheckIn_ShouldBeLate_AfterTheLateThreshold()
    {
        var result = Decide(Session(), Start.AddMinutes(10).AddSeconds(1));
        Assert.Equal(AttendanceStatus.Late, result.Status);
        Assert.Contains("迟到", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SessionStatus.Scheduled, "尚未开始")]
    [InlineData(SessionStatus.Closed, "已结束")]
    [InlineData(SessionStatus.Cancelled, "已取消")]
    public void CheckIn_ShouldBeRefused_WhenTheSessionIsNotOpen(SessionStatus status, string reason)
    {
        var result = Decide(Session(status), Start);
        Assert.Equal(CheckInOutcome.Refused, result.Outcome);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
        Assert.False(result.Recorded);
    }

    [Fact]
    public void CheckIn_ShouldBeRefused_OutsideTheWindow()
    {
        Assert.Contains("尚未开始", Decide(Session(), Start.AddMinutes(-31)).Message, StringComparison.Ordinal);
        Assert.Contains("截止", Decide(Session(), Start.AddHours(1).AddSeconds(1)).Message, StringComparison.Ordinal);
        Assert.True(Decide(Session(), Start.AddHours(1)).Recorded);
    }

    [Theory]
    [InlineData(CodeCheck.Expired, "已过期")]
    [InlineData(CodeCheck.Forged, "无效")]
    public void CheckIn_ShouldBeRefused_WithABadCode(CodeCheck code, string reason)
    {
        var result = Decide(Session(), Start, code);
        Assert.Equal(CheckInOutcome.Refused, result.Outcome);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIn_ShouldBeRefused_OutsideTheAudience()
    {
        var session = Session();
        session.AudienceRoles = [Roles.Drafter];
        session.AudienceUnits = [new OrgUnit { Id = 3, Code = "legal-affairs", Name = "区法制办", ShortName = "法制办" }];
        Assert.Contains("参训范围", Decide(session, Start).Message, StringComparison.Ordinal);
        Assert.True(Decide(session, Start, who: Member with { OrgUnitId = 3 }).Recorded);
        Assert.True(Decide(session, Start, who: Member with { Roles = new HashSet<string> { Roles.Drafter } }).Recorded);
    }

    [Fact]
    public void SecondCheckIn_ShouldSayAlreadyCheckedIn_AndRecordNothing()
    {
        var first = new Attendance { StaffMemberId = "u1", Status = AttendanceStatus.Present, AtUtc = Start.AddMinutes(-5) };
        var result = Decide(Session(), Start.AddMinutes(20), CodeCheck.Expired, first);
        Assert.Equal(CheckInOutcome.AlreadyCheckedIn, result.Outcome);
        Assert.StartsWith("已签到", result.Message, StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Present, result.Status);
        Assert.False(result.Recorded);
    }

    [Fact]
    public void CheckIn_ShouldBeRefused_WhenTheSessionIsFull()
    {
        var session = Session();
        session.Capacity = 2;
        Assert.True(Decide(session, Start, attended: 1).Recorded);
        Assert.Contains("名额", Decide(session, Start, attended: 2).Message, StringComparison.Ordinal);
    }
}
