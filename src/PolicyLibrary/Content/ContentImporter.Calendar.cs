using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Calendar;

namespace PolicyLibrary.Content;

public sealed partial class ContentImporter
{
    private async Task ImportCalendarsAsync(ContentSet set, ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var years = await db.CalendarYears.Select(y => y.Year).ToHashSetAsync(ct);
        foreach (var (file, calendar) in set.Calendars)
        {
            var fields = new FieldParser(file, errors);
            var days = ParseCalendar(calendar, fields);
            if (fields.HasErrors || calendar.Year is not int year)
            {
                continue;
            }

            var notice = fields.Optional(calendar.Notice, "notice", CalendarYear.NoticeMaxLength) ?? "";
            if (fields.HasErrors)
            {
                continue;
            }

            var added = years.Add(year);
            var noticeChanged = false;
            if (added)
            {
                db.CalendarYears.Add(new CalendarYear { Year = year, Notice = notice });
            }
            else if (await db.CalendarYears.FirstAsync(y => y.Year == year, ct) is { } storedYear && storedYear.Notice != notice)
            {
                (storedYear.Notice, noticeChanged) = (notice, true);
            }

            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            var stored = await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).ToDictionaryAsync(d => d.Date, ct);
            var changed = false;
            foreach (var day in days.Values)
            {
                if (!stored.Remove(day.Date, out var existing))
                {
                    db.CalendarDays.Add(day);
                    changed = true;
                }
                else if (existing.Kind != day.Kind || existing.Name != day.Name)
                {
                    (existing.Kind, existing.Name) = (day.Kind, day.Name);
                    changed = true;
                }
            }

            db.CalendarDays.RemoveRange(stored.Values);
            report.Count("日历年份", added, !added && (changed || noticeChanged || stored.Count > 0));
        }
    }

    private static Dictionary<DateOnly, CalendarDay> ParseCalendar(CalendarFile calendar, FieldParser fields)
    {
        var days = new Dictionary<DateOnly, CalendarDay>();
        if (calendar.Year is not int year || !CalendarRules.IsValidYear(year))
        {
            fields.Problem("缺少有效的 year 字段。");
            return days;
        }

        void Add(DateOnly date, CalendarDayKind kind, string name)
        {
            if (CalendarRules.DayProblem(year, date, kind) is { } problem)
            {
                fields.Problem(problem);
            }
            else if (!days.TryAdd(date, new CalendarDay { Date = date, Kind = kind, Name = name }))
            {
                fields.Problem($"{ChinaTime.Date(date)} 重复出现。");
            }
        }

        foreach (var holiday in calendar.Holidays ?? [])
        {
            var name = fields.Required(holiday.Name, "holidays.name", CalendarRules.NameMaxLength);
            var from = fields.Date(holiday.From, $"{name}.from", required: true);
            var to = fields.Date(holiday.To, $"{name}.to") ?? from;
            if (from is null || to is null)
            {
                continue;
            }

            if (CalendarRules.RangeProblem(name, from.Value, to.Value) is { } problem)
            {
                fields.Problem(problem);
                continue;
            }

            for (var date = from.Value; date <= to; date = date.AddDays(1))
            {
                Add(date, CalendarDayKind.Holiday, name);
            }
        }

        foreach (var workday in calendar.Workdays ?? [])
        {
            var name = fields.Required(workday.Name, "workdays.name", CalendarRules.NameMaxLength);
            if (fields.Date(workday.Date, $"{name}.date", required: true) is not { } date)
            {
                continue;
            }

            Add(date, CalendarDayKind.MakeUpWorkday, name);
        }

        return days;
    }
}
