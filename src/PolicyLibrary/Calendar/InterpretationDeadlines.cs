using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyLibrary.Data;
using PolicyLibrary.Review;

namespace PolicyLibrary.Calendar;

/// <summary>
/// A document that must be interpreted but was published without its interpretation owes one within
/// N working days (3 by default) of publication, counted on the office's working-day calendar.
/// </summary>
public sealed class InterpretationDeadlines(PolicyLibraryDbContext db, IOptions<ReviewOptions> options, TimeProvider clock)
{
    public static DateOnly DueOn(WorkingDayCalendar calendar, DateTime publishedAtUtc, int workingDays) =>
        calendar.AddWorkingDays(ChinaTime.DateOf(publishedAtUtc), workingDays);

    /// <summary>The calendar years an interpretation deadline counted from today would need and that nobody has entered.</summary>
    public async Task<IReadOnlyList<int>> MissingYearsAsync(CancellationToken ct = default) =>
        CalendarEditor.MissingYears(await WorkingDayCalendars.LoadAsync(db, ct), ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime),
            options.Value.InterpretationDeadlineWorkingDays);

    /// <summary>Every owed interpretation, optionally of one unit, the most urgent first.</summary>
    public async Task<IReadOnlyList<InterpretationDeadline>> OwedAsync(int? unitId = null, CancellationToken ct = default)
    {
        var kinds = options.Value.KindsRequiringInterpretation;
        var owing = await db.Documents.AsNoTracking()
            .Where(d => d.Status == WorkflowStatus.Published && kinds.Contains(d.Kind)
                && (unitId == null || d.DraftingUnitId == unitId)
                && !d.Interpretations.Any(i => i.Status == WorkflowStatus.Published))
            .Select(d => new { d.Id, d.Title, Unit = d.DraftingUnit!.Name, PublishedAt = d.PublishedAtUtc!.Value, d.DraftingUnitId, d.Slug })
            .ToListAsync(ct);
        var calendar = await WorkingDayCalendars.LoadAsync(db, ct);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        return [.. owing.Select(d =>
        {
            try
            {
                var due = DueOn(calendar, d.PublishedAt, options.Value.InterpretationDeadlineWorkingDays);
                return new InterpretationDeadline(d.Id, d.Title, d.Unit, ChinaTime.DateOf(d.PublishedAt), due, today > due, null, d.DraftingUnitId, d.Slug);
            }
            catch (CalendarYearMissingException e)
            {
                return new InterpretationDeadline(d.Id, d.Title, d.Unit, ChinaTime.DateOf(d.PublishedAt), null, false, e.Year, d.DraftingUnitId, d.Slug);
            }
        }).OrderBy(d => d.DueOn ?? DateOnly.MinValue)];
    }
}
