using System.Collections.Frozen;

namespace PolicyLibrary.Calendar;

/// <summary>
/// The office's working days: Monday to Friday, less official holidays, plus official make-up
/// working days (调休). It refuses to answer for a year it has no arrangement for rather than guess.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenSet<int> _years;
    private readonly FrozenDictionary<DateOnly, CalendarDayKind> _exceptions;

    public WorkingDayCalendar(IEnumerable<int> years, IEnumerable<CalendarDay> days)
    {
        _years = years.ToFrozenSet();
        _exceptions = days.ToFrozenDictionary(d => d.Date, d => d.Kind);
    }

    public IReadOnlyCollection<int> Years => _years;

    public bool IsWorkingDay(DateOnly date)
    {
        if (!_years.Contains(date.Year))
        {
            throw new CalendarYearMissingException(date.Year);
        }

        if (_exceptions.TryGetValue(date, out var kind))
        {
            return kind == CalendarDayKind.MakeUpWorkday;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (the start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }
}
