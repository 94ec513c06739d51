using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PolicyLibrary.Training;

/// <summary>
/// Sessions as iCalendar (RFC 5545) for calendar apps. Times go out in UTC (the "Z" form every app reads, no VTIMEZONE
/// needed); the UID is made from the session's slug (<see cref="Library.StableIds"/>), stable across edits and hosts, and
/// SEQUENCE counts its revisions, so a moved or cancelled session updates in place rather than being ignored.
/// </summary>
public static class SessionCalendar
{
    public static string Write(string calendarName, IEnumerable<SessionRow> sessions, Organisation.OfficeIdentity office, DateTime stampUtc)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Shanghai");
        foreach (var s in sessions)
        {
            var title = $"{s.Title}（{EnumLabels<TrainingFormat>.Of(s.Format)}）";
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Library.StableIds.CalendarUid(office, s.Slug),
                Sequence = s.Sequence,
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
