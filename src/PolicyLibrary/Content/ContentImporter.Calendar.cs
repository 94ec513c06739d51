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

            var added = years.Add(year);
            if (added)
            {
                db.CalendarYears.Add(new CalendarYear { Year = year });
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
            report.Count("日历年份", added, !added && (changed || stored.Count > 0));
        }
    }

    private static Dictionary<DateOnly, CalendarDay> ParseCalendar(CalendarFile calendar, FieldParser fields)
    {
        var days = new Dictionary<DateOnly, CalendarDay>();
        if (calendar.Year is not (>= 1990 and <= 2100) || calendar.Year is not int year)
        {
            fields.Problem("缺少有效的 year 字段。");
            return days;
        }

        void Add(DateOnly date, CalendarDayKind kind, string name)
        {
            if (date.Year != year)
            {
                fields.Problem($"{date:yyyy-MM-dd} 不属于 {year} 年。");
            }
            else if (!days.TryAdd(date, new CalendarDay { Date = date, Kind = kind, Name = name }))
            {
                fields.Problem($"{date:yyyy-MM-dd} 重复出现。");
            }
        }

        foreach (var holiday in calendar.Holidays ?? [])
        {
            var name = fields.Required(holiday.Name, "holidays.name", 50);
            var from = fields.Date(holiday.From, $"{name}.from", required: true);
            var to = fields.Date(holiday.To, $"{name}.to") ?? from;
            if (from is null || to is null)
            {
                continue;
            }

            if (to < from || to.Value.DayNumber - from.Value.DayNumber > 14)
            {
                fields.Problem($"{name} 的日期范围 {from:yyyy-MM-dd}—{to:yyyy-MM-dd} 无效。");
                continue;
            }

            for (var date = from.Value; date <= to; date = date.AddDays(1))
            {
                Add(date, CalendarDayKind.Holiday, name);
            }
        }

        foreach (var workday in calendar.Workdays ?? [])
        {
            var name = fields.Required(workday.Name, "workdays.name", 50);
            if (fields.Date(workday.Date, $"{name}.date", required: true) is not { } date)
            {
                continue;
            }

            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                fields.Problem($"调休上班日 {date:yyyy-MM-dd} 不是周末。");
                continue;
            }

            Add(date, CalendarDayKind.MakeUpWorkday, name);
        }

        return days;
    }
}
