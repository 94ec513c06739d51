using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>Field-by-field checks of a session, with messages in Chinese keyed by field name.</summary>
public static class SessionInputValidator
{
    /// <summary>Every problem of the form; <paramref name="maxMinutesBefore"/> is the office's limit on how early check-in opens (<see cref="TrainingOptions"/>).</summary>
    public static FieldErrors Validate(SessionInput input, int maxMinutesBefore)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(input.Title), input.Title, "培训名称", 200);
        errors.Require(nameof(input.Place), input.Place, "培训地点", 200);
        errors.Require(nameof(input.Trainer), input.Trainer, "授课人", 100);
        if (!Enum.IsDefined(input.Format))
        {
            errors.Add(nameof(input.Format), "请选择培训形式。");
        }

        if (input.StartsAt is not { } starts)
        {
            errors.Add(nameof(input.StartsAt), "请填写开始时间。");
        }
        else if (starts.Year is < 2000 or > 2100)
        {
            errors.Add(nameof(input.StartsAt), "开始时间不在合理范围内。");
        }
        else if (input.EndsAt is not { } ends)
        {
            errors.Add(nameof(input.EndsAt), "请填写结束时间。");
        }
        else if (ends <= starts)
        {
            errors.Add(nameof(input.EndsAt), "结束时间应晚于开始时间。");
        }
        else if (ends - starts > TimeSpan.FromDays(7))
        {
            errors.Add(nameof(input.EndsAt), "一场培训不能超过 7 天。");
        }

        if (input.Capacity is < 1 or > 10_000)
        {
            errors.Add(nameof(input.Capacity), "人数上限应在 1 至 10000 之间，不限请留空。");
        }

        if (input.CheckInOpensMinutesBefore < 0 || input.CheckInOpensMinutesBefore > maxMinutesBefore)
        {
            errors.Add(nameof(input.CheckInOpensMinutesBefore), $"提前签到的分钟数应在 0 至 {maxMinutesBefore} 之间（签到最早在培训开始前 {maxMinutesBefore} 分钟开启）。");
        }

        // Measured against the length only when the times themselves are right: a wrong end time is its own message,
        // not also a late threshold the coordinator never touched.
        if (input.LateAfterMinutes < 0 || (input.StartsAt is { } s && input.EndsAt is { } e && e > s && input.LateAfterMinutes > (e - s).TotalMinutes))
        {
            errors.Add(nameof(input.LateAfterMinutes), "迟到判定的分钟数不能为负，也不能晚于培训结束。");
        }

        if (input.CodeRotationSeconds is < 10 or > 600)
        {
            errors.Add(nameof(input.CodeRotationSeconds), "签到码刷新间隔应在 10 至 600 秒之间。");
        }

        if (input.AudienceRoles.Any(r => !Roles.All.Contains(r)))
        {
            errors.Add(nameof(input.AudienceRoles), "参训角色无效。");
        }

        return errors;
    }
}
