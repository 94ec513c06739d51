using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

public class AttendanceRulesTests
{
    private static readonly Actor Coordinator = new("c1", "培训管理员甲", 1, new HashSet<string> { Roles.TrainingCoordinator });
    private static readonly DateTime Now = new(2026, 3, 13, 2, 0, 0, DateTimeKind.Utc);

    private static TrainingSession Session(SessionStatus status = SessionStatus.CheckInOpen) =>
        new() { Id = 4, Slug = "s", Title = "讲座", Place = "会议室", Trainer = "李", Status = status };

    [Theory]
    [InlineData(AttendanceStatus.Excused, "家中有事", null)]
    [InlineData(AttendanceStatus.Absent, "未到", null)]
    [InlineData(AttendanceStatus.Present, "到了", "请假")]
    [InlineData(AttendanceStatus.Late, "到了", "请假")]
    [InlineData(AttendanceStatus.Excused, "  ", "备注")]
    [InlineData(AttendanceStatus.Absent, null, "备注")]
    public void CheckMark_ShouldAllowOnlyExcusedOrAbsentWithARemark(AttendanceStatus status, string? remark, string? refusal)
    {
        var reason = AttendanceRules.CheckMark(Session(), status, remark);
        if (refusal is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.Contains(refusal, reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CheckMark_ShouldRefuse_ACancelledSessionOrAnOverlongRemark()
    {
        Assert.Contains("已取消", AttendanceRules.CheckMark(Session(SessionStatus.Cancelled), AttendanceStatus.Absent, "x"), StringComparison.Ordinal);
        Assert.Contains("200", AttendanceRules.CheckMark(Session(), AttendanceStatus.Absent, new string('字', 201)), StringComparison.Ordinal);
    }

    [Fact]
    public void Mark_ShouldChangeTheOneExistingRecord_AndSayWhoMarkedIt()
    {
        var existing = new Attendance { Id = 9, SessionId = 4, StaffMemberId = "u1", Status = AttendanceStatus.Absent, Method = CheckInMethod.Manual };
        var marked = AttendanceRules.Mark(Session(), "u1", existing, AttendanceStatus.Excused, " 出差 ", Coordinator, Now);
        Assert.Same(existing, marked);
        Assert.Equal((AttendanceStatus.Excused, "出差", "c1", "培训管理员甲", Now), (marked.Status, marked.Remark, marked.RecordedById, marked.RecordedByName, marked.AtUtc));
    }

    [Fact]
    public void AbsentOnClose_ShouldBeEveryoneInTheAudienceWithoutARecord()
    {
        var absent = AttendanceRules.AbsentOnClose(["a", "b", "c", "d"], ["b", "d", "x"]);
        Assert.Equal(["a", "c"], absent);
    }

    [Fact]
    public void PersonTimes_ShouldCountPresentAndLateOnly()
    {
        Assert.Equal(3, AttendanceRules.PersonTimes([AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Excused, AttendanceStatus.Absent, AttendanceStatus.Present]));
    }

    [Fact]
    public void Coordinate_ShouldBeForCoordinatorsAndAdministratorsOnly()
    {
        Assert.Null(Permissions.Coordinate(Coordinator));
        Assert.Null(Permissions.Coordinate(Coordinator with { Roles = new HashSet<string> { Roles.Administrator } }));
        Assert.NotNull(Permissions.Coordinate(Coordinator with { Roles = new HashSet<string> { Roles.Staff, Roles.Drafter } }));
    }
}
