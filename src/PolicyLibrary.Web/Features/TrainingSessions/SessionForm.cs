using System.Globalization;
using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>The schedule/edit form as posted: text fields parsed here so a malformed time is a Chinese message, not a 500.</summary>
public sealed class SessionForm
{
    public string? Title { get; set; }
    public string? Format { get; set; }
    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }
    public string? Place { get; set; }
    public string? Trainer { get; set; }
    public string? Capacity { get; set; }
    public string? ModuleId { get; set; }
    public List<string> AudienceRoles { get; set; } = [];
    public List<string> AudienceUnitIds { get; set; } = [];
    public string? CheckInOpensMinutesBefore { get; set; } = "30";
    public string? LateAfterMinutes { get; set; } = "10";
    public string? CodeRotationSeconds { get; set; } = "30";
    public string? Version { get; set; }

    public static SessionForm From(TrainingSession s)
    {
        var input = SessionInput.From(s);
        return new SessionForm
        {
            Title = input.Title,
            Format = input.Format.ToString(),
            StartsAt = input.StartsAt?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            EndsAt = input.EndsAt?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            Place = input.Place,
            Trainer = input.Trainer,
            Capacity = input.Capacity?.ToString(CultureInfo.InvariantCulture),
            ModuleId = input.ModuleId?.ToString(CultureInfo.InvariantCulture),
            AudienceRoles = [.. input.AudienceRoles],
            AudienceUnitIds = [.. input.AudienceUnitIds.Select(i => i.ToString(CultureInfo.InvariantCulture))],
            CheckInOpensMinutesBefore = input.CheckInOpensMinutesBefore.ToString(CultureInfo.InvariantCulture),
            LateAfterMinutes = input.LateAfterMinutes.ToString(CultureInfo.InvariantCulture),
            CodeRotationSeconds = input.CodeRotationSeconds.ToString(CultureInfo.InvariantCulture),
            Version = s.Version.ToString(),
        };
    }

    /// <summary>The core's input, or the fields that are not even numbers or times.</summary>
    public (SessionInput Input, Dictionary<string, string> Errors) Parse()
    {
        var errors = new Dictionary<string, string>();
        DateTime? Time(string field, string? text, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];
            if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return value;
            }

            errors[field] = $"{label}的格式不正确，应形如 2026-03-13 09:00。";
            return null;
        }

        int? Number(string field, string? text, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            errors[field] = $"{label}应为整数。";
            return null;
        }

        var format = Enum.TryParse<TrainingFormat>(Format, out var f) && Enum.IsDefined(f) ? f : (TrainingFormat)(-1);
        var units = AudienceUnitIds.Select(u => Number(nameof(AudienceUnitIds), u, "参训单位")).OfType<int>().ToList();
        var input = new SessionInput
        {
            Title = Title ?? "",
            Format = format,
            StartsAt = Time(nameof(StartsAt), StartsAt, "开始时间"),
            EndsAt = Time(nameof(EndsAt), EndsAt, "结束时间"),
            Place = Place ?? "",
            Trainer = Trainer ?? "",
            Capacity = Number(nameof(Capacity), Capacity, "人数上限"),
            ModuleId = Number(nameof(ModuleId), ModuleId, "培训课程"),
            AudienceRoles = AudienceRoles,
            AudienceUnitIds = units,
            CheckInOpensMinutesBefore = Number(nameof(CheckInOpensMinutesBefore), CheckInOpensMinutesBefore, "提前签到分钟数") ?? 30,
            LateAfterMinutes = Number(nameof(LateAfterMinutes), LateAfterMinutes, "迟到判定分钟数") ?? 10,
            CodeRotationSeconds = Number(nameof(CodeRotationSeconds), CodeRotationSeconds, "签到码刷新间隔") ?? CheckInCode.DefaultStepSeconds,
        };
        // Malformed fields keep their own message; the rest are checked as the core would, so one round shows every problem.
        if (errors.Count > 0)
        {
            foreach (var (field, message) in SessionInputValidator.Validate(input))
            {
                errors.TryAdd(field, message);
            }
        }

        return (input, errors);
    }
}
