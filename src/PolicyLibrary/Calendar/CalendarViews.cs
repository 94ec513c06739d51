namespace PolicyLibrary.Calendar;

// What the administrators' calendar pages get back from CalendarEditor.

public sealed record CalendarYearRow(int Year, string Notice, int HolidayCount, int WorkdayCount);

public sealed record CalendarYearDetail(int Year, string Notice, IReadOnlyList<CalendarDay> Days);

/// <summary>One line of the "add days" form: a holiday range, or one make-up working day (<see cref="To"/> left empty).</summary>
public sealed record CalendarDaysInput(CalendarDayKind Kind, string? Name, DateOnly? From, DateOnly? To);
