using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Calendar;

/// <summary>
/// Administrators keep the working-day calendar: a year per State Council notice, its holidays and make-up working
/// days (调休). Each day is keyed by its date, so two administrators adding the same day cannot both succeed.
/// </summary>
public sealed class CalendarEditor(PolicyLibraryDbContext db, AuditLog audit)
{
    public async Task<Permitted<IReadOnlyList<CalendarYearRow>>> YearsAsync(Actor actor, CancellationToken ct = default)
    {
        if (Permissions.EditCalendar(actor) is { } refusal)
        {
            return Permitted<IReadOnlyList<CalendarYearRow>>.Refuse(refusal);
        }

        var years = await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);
        var counts = await db.CalendarDays.AsNoTracking().GroupBy(d => new { d.Date.Year, d.Kind })
            .Select(g => new { g.Key.Year, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        int Count(int year, CalendarDayKind kind) => counts.FirstOrDefault(c => c.Year == year && c.Kind == kind)?.Count ?? 0;
        return Permitted<IReadOnlyList<CalendarYearRow>>.Allow(
            [.. years.Select(y => new CalendarYearRow(y.Year, y.Notice, Count(y.Year, CalendarDayKind.Holiday), Count(y.Year, CalendarDayKind.MakeUpWorkday)))]);
    }

    public async Task<Permitted<CalendarYearDetail?>> YearAsync(Actor actor, int year, CancellationToken ct = default)
    {
        if (Permissions.EditCalendar(actor) is { } refusal)
        {
            return Permitted<CalendarYearDetail?>.Refuse(refusal);
        }

        if (await db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, ct) is not { } stored)
        {
            return Permitted<CalendarYearDetail?>.Allow(null);
        }

        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync(ct);
        return Permitted<CalendarYearDetail?>.Allow(new CalendarYearDetail(year, stored.Notice, days));
    }

    /// <summary>Starts a year: from now on its weekdays count as working days, so the notice should be entered with it.</summary>
    public async Task<Outcome> AddYearAsync(Actor actor, int year, string? notice, CancellationToken ct = default)
    {
        if (Permissions.EditCalendar(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var errors = new FieldErrors();
        if (!CalendarRules.IsValidYear(year))
        {
            errors.Add("Year", $"请填写 {CalendarRules.MinYear} 至 {CalendarRules.MaxYear} 之间的年份。");
        }
        else if (await db.CalendarYears.AnyAsync(y => y.Year == year, ct))
        {
            errors.Add("Year", $"{year} 年的工作日历已经存在。");
        }

        if (NoticeProblem(notice) is { } problem)
        {
            errors.Add("Notice", problem);
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        db.CalendarYears.Add(new CalendarYear { Year = year, Notice = notice!.Trim() });
        audit.Record(actor, AuditAction.CalendarEdited, $"新建 {year} 年工作日历，依据：{notice!.Trim()}");
        return await SaveAsync(year, $"已新建 {year} 年的工作日历，请逐项录入节假日和调休上班日。", $"{year} 年的工作日历已经存在。", ct);
    }

    public async Task<Outcome> SetNoticeAsync(Actor actor, int year, string? notice, CancellationToken ct = default)
    {
        if (Permissions.EditCalendar(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, ct) is not { } stored)
        {
            return Outcome.NotFound($"{year} 年的工作日历");
        }

        if (NoticeProblem(notice) is { } problem)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Notice"] = problem });
        }

        if (stored.Notice == notice!.Trim())
        {
            return Outcome.Done(year, "没有变化。");
        }

        audit.Record(actor, AuditAction.CalendarEdited, $"{year} 年工作日历的依据由“{stored.Notice}”改为“{notice.Trim()}”");
        stored.Notice = notice.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome.Done(year, "已保存。");
    }

    /// <summary>Adds a holiday (every date from <c>From</c> to <c>To</c>) or one make-up working day, all or nothing.</summary>
    public async Task<Outcome> AddDaysAsync(Actor actor, int year, CalendarDaysInput input, CancellationToken ct = default)
    {
        if (Permissions.EditCalendar(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (!await db.CalendarYears.AnyAsync(y => y.Year == year, ct))
        {
            return Outcome.NotFound($"{year} 年的工作日历");
        }

        var errors = new FieldErrors();
        var dates = Dates(year, input, errors);
        if (errors.Count == 0 && await db.CalendarDays.Where(d => dates.Contains(d.Date)).Select(d => d.Date).ToListAsync(ct) is { Count: > 0 } taken)
        {
            errors.Add("From", $"{string.Join("、", taken.Order().Select(ChinaTime.Date))} 已经登记，请先删除再重新添加。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var name = input.Name!.Trim();
        db.CalendarDays.AddRange(dates.Select(d => new CalendarDay { Date = d, Kind = input.Kind, Name = name }));
        var what = input.Kind == CalendarDayKind.Holiday
            ? $"法定节假日“{name}” {ChinaTime.Date(dates[0])}—{ChinaTime.Date(dates[^1])}（{dates.Count} 天）"
            : $"调休上班日“{name}” {ChinaTime.Date(dates[0])}";
        audit.Record(actor, AuditAction.CalendarEdited, $"{year} 年工作日历：添加{what}");
        return await SaveAsync(year, $"已添加{what}。", "其中有日期刚被他人登记，请刷新后查看。", ct);
    }

    public async Task<Outcome> RemoveDayAsync(Actor actor, int year, DateOnly date, CancellationToken ct = default)
    {
        if (Permissions.EditCalendar(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (date.Year != year || await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct) is not { } day)
        {
            return Outcome.NotFound($"{ChinaTime.Date(date)} 的登记");
        }

        db.CalendarDays.Remove(day);
        audit.Record(actor, AuditAction.CalendarEdited,
            $"{year} 年工作日历：删除{EnumLabels<CalendarDayKind>.Of(day.Kind)}“{day.Name}” {ChinaTime.Date(date)}");
        await db.SaveChangesAsync(ct);
        return Outcome.Done(year, $"已删除 {ChinaTime.Date(date)}。");
    }

    /// <summary>The years a deadline counted from today would need but nobody has entered: the administrators' to-do.</summary>
    public static IReadOnlyList<int> MissingYears(WorkingDayCalendar calendar, DateOnly today, int workingDays)
    {
        var missing = new SortedSet<int>();
        if (!calendar.Years.Contains(today.Year))
        {
            missing.Add(today.Year);
        }

        try
        {
            calendar.AddWorkingDays(today, workingDays);
        }
        catch (CalendarYearMissingException e)
        {
            missing.Add(e.Year);
        }

        return [.. missing];
    }

    private static List<DateOnly> Dates(int year, CalendarDaysInput input, FieldErrors errors)
    {
        var dates = new List<DateOnly>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > CalendarRules.NameMaxLength)
        {
            errors.Add("Name", $"请填写名称（{CalendarRules.NameMaxLength} 字以内），如“春节”或“春节调休上班”。");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add("Kind", "请选择法定节假日或调休上班日。");
        }

        if (input.From is not { } from)
        {
            errors.Add("From", "请填写日期。");
            return dates;
        }

        var to = input.To ?? from;
        if (input.Kind == CalendarDayKind.MakeUpWorkday && to != from)
        {
            errors.Add("To", "调休上班日请逐日添加，不填结束日期。");
            return dates;
        }

        if (CalendarRules.RangeProblem(name.Length > 0 ? name : "节假日", from, to) is { } range)
        {
            errors.Add("To", range);
            return dates;
        }

        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (CalendarRules.DayProblem(year, date, input.Kind) is { } problem)
            {
                errors.Add("From", problem);
                return dates;
            }

            dates.Add(date);
        }

        return dates;
    }

    private static string? NoticeProblem(string? notice) =>
        string.IsNullOrWhiteSpace(notice) || notice.Trim().Length > CalendarYear.NoticeMaxLength
            ? $"请填写依据的通知（{CalendarYear.NoticeMaxLength} 字以内），如“国务院办公厅关于2027年部分节假日安排的通知”。"
            : null;

    /// <summary>Saves; a key taken meanwhile by another administrator (the year or a date) is a conflict, not a 500.</summary>
    private async Task<Outcome> SaveAsync(int year, string done, string taken, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Done(year, done);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict(taken);
        }
    }
}
