using System.ComponentModel.DataAnnotations;
using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>
/// The schedule/edit form as posted, typed: a time or number that does not bind is model binding's Chinese message
/// (<see cref="Hosting.ChineseBindingMessages"/>), named by the field's display name; the rest is the core's validator.
/// </summary>
public sealed class SessionForm
{
    [Display(Name = "培训名称")]
    public string? Title { get; set; }

    [Display(Name = "培训形式")]
    public TrainingFormat? Format { get; set; }

    /// <summary>Beijing time, as a datetime-local field sends it.</summary>
    [Display(Name = "开始时间")]
    public DateTime? StartsAt { get; set; }

    [Display(Name = "结束时间")]
    public DateTime? EndsAt { get; set; }

    [Display(Name = "地点")]
    public string? Place { get; set; }

    [Display(Name = "授课人")]
    public string? Trainer { get; set; }

    [Display(Name = "人数上限")]
    public int? Capacity { get; set; }

    [Display(Name = "培训课程")]
    public int? ModuleId { get; set; }

    /// <summary>The plan entry it was scheduled from (a hidden field).</summary>
    public int? PlannedSessionId { get; set; }

    public List<string> AudienceRoles { get; set; } = [];

    [Display(Name = "参训单位")]
    public List<int> AudienceUnitIds { get; set; } = [];

    [Display(Name = "提前签到分钟数")]
    public int? CheckInOpensMinutesBefore { get; set; } = 30;

    [Display(Name = "迟到判定分钟数")]
    public int? LateAfterMinutes { get; set; } = 10;

    [Display(Name = "签到码刷新间隔")]
    public int? CodeRotationSeconds { get; set; } = CheckInCode.DefaultStepSeconds;

    public Guid? Version { get; set; }

    public static SessionForm From(TrainingSession s)
    {
        var input = SessionInput.From(s);
        return new SessionForm
        {
            Title = input.Title,
            Format = input.Format,
            StartsAt = input.StartsAt,
            EndsAt = input.EndsAt,
            Place = input.Place,
            Trainer = input.Trainer,
            Capacity = input.Capacity,
            ModuleId = input.ModuleId,
            PlannedSessionId = input.PlannedSessionId,
            AudienceRoles = [.. input.AudienceRoles],
            AudienceUnitIds = [.. input.AudienceUnitIds],
            CheckInOpensMinutesBefore = input.CheckInOpensMinutesBefore,
            LateAfterMinutes = input.LateAfterMinutes,
            CodeRotationSeconds = input.CodeRotationSeconds,
            Version = s.Version,
        };
    }

    /// <summary>The core's input; a format that did not bind is one the core's validator refuses.</summary>
    public SessionInput ToInput() => new()
    {
        Title = Title ?? "",
        Format = Format ?? (TrainingFormat)(-1),
        StartsAt = StartsAt,
        EndsAt = EndsAt,
        Place = Place ?? "",
        Trainer = Trainer ?? "",
        Capacity = Capacity,
        ModuleId = ModuleId,
        PlannedSessionId = PlannedSessionId,
        AudienceRoles = AudienceRoles,
        AudienceUnitIds = AudienceUnitIds,
        CheckInOpensMinutesBefore = CheckInOpensMinutesBefore ?? 30,
        LateAfterMinutes = LateAfterMinutes ?? 10,
        CodeRotationSeconds = CodeRotationSeconds ?? CheckInCode.DefaultStepSeconds,
    };
}
