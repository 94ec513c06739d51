using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PolicyLibrary.Training;

/// <summary>
/// Sessions as iCalendar (RFC 5545) for calendar apps. Times go out in UTC (the "Z" form every app reads, no VTIMEZONE
/// needed); the UID is the session's slug, stable across edits, so a changed session updates in place.
/// </summary>
public static class SessionCalendar
{
    public static string Write(string calendarName, IEnumerable<SessionRow> sessions, string host, DateTime stampUtc)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Shanghai");
        foreach (var s in sessions)
        {
            var title = $"{s.Title}（{EnumLabels<TrainingFormat>.Of(s.Format)}）";
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"training-session-{s.Slug}@{host}",
                Summary = s.Status == SessionStatus.Cancelled ? $"【已取消】{title}" : title,
                Description = $"授课人：{s.Trainer}" + (s.ModuleTitle is null ? "" : $"\n培训课程：{s.ModuleTitle}"),
                Location = s.Place,
                Start = new CalDateTime(DateTime.SpecifyKind(s.StartsAtUtc, DateTimeKind.Utc)),
                End = new CalDateTime(DateTime.SpecifyKind(s.EndsAtUtc, DateTimeKind.Utc)),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
                Status = s.Status == SessionStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
