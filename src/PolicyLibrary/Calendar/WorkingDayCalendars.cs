using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Calendar;

public static class WorkingDayCalendars
{
    /// <summary>The calendar as content/calendar/ put it into the database.</summary>
    public static async Task<WorkingDayCalendar> LoadAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        new(await db.CalendarYears.Select(y => y.Year).ToListAsync(ct), await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
