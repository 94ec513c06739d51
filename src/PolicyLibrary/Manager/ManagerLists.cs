using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyLibrary.Calendar;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Library;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Manager;

/// <summary>
/// The manager's lists of every document and every interpretation, drafts included: all of them for reviewers and
/// administrators, the drafting unit's for drafters. Filtered, sorted and paged in the database; only the page's rows
/// are read, and only they get their interpretation state worked out on the calendar.
/// </summary>
public sealed class ManagerLists(PolicyLibraryDbContext db, IOptions<ReviewOptions> options, TimeProvider clock)
{
    public async Task<Permitted<ManagerList<ManagerListDocument>>> DocumentsAsync(Actor actor, ManagerListFilter filter, CancellationToken ct = default)
    {
        if (Permissions.ListManagedContent(actor) is { } refusal)
        {
            return Permitted<ManagerList<ManagerListDocument>>.Refuse(refusal);
        }

        var all = SeesAll(actor);
        var documents = db.Documents.AsNoTracking();
        documents = all ? documents : documents.Where(d => d.DraftingUnitId == actor.OrgUnitId || d.CoIssuingUnits.Any(u => u.Id == actor.OrgUnitId));
        documents = Narrow(documents, filter, all);
        var total = await documents.CountAsync(ct);
        var page = Math.Min(filter.Page, Math.Max(1, (total + ManagerListFilter.PageSize - 1) / ManagerListFilter.PageSize));
        var rows = await Sort(documents, filter.Sort).Skip((page - 1) * ManagerListFilter.PageSize).Take(ManagerListFilter.PageSize)
            .Select(d => new
            {
                d.Id,
                d.Title,
                d.DocumentNumber,
                d.Kind,
                d.Status,
                d.Validity,
                d.Disclosure,
                Unit = d.DraftingUnit!.Name,
                Category = d.Category!.Name,
                d.WrittenOn,
                d.PublishedAtUtc,
                d.UpdatedAtUtc,
                Published = d.Interpretations.Any(i => i.Status == WorkflowStatus.Published),
                Started = d.Interpretations.Any(),
            }).ToListAsync(ct);

        var calendar = await WorkingDayCalendars.LoadAsync(db, ct);
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var items = rows.Select(d =>
        {
            var (state, due, missing) = StateOf(calendar, today, d.Kind, d.Status, d.PublishedAtUtc, d.Published, d.Started);
            return new ManagerListDocument(d.Id, d.Title, d.DocumentNumber, d.Kind, d.Status, d.Validity, d.Disclosure, d.Unit, d.Category,
                d.WrittenOn, d.PublishedAtUtc, d.UpdatedAtUtc, state, due, missing);
        }).ToList();
        return Permitted<ManagerList<ManagerListDocument>>.Allow(new ManagerList<ManagerListDocument>(
            new PagedList<ManagerListDocument>(items, page, ManagerListFilter.PageSize, total), filter with { Page = page },
            await UnitsAsync(ct), await CategoriesAsync(ct), all));
    }

    public async Task<Permitted<ManagerList<ManagerListInterpretation>>> InterpretationsAsync(
        Actor actor, ManagerListFilter filter, CancellationToken ct = default)
    {
        if (Permissions.ListManagedContent(actor) is { } refusal)
        {
            return Permitted<ManagerList<ManagerListInterpretation>>.Refuse(refusal);
        }

        var all = SeesAll(actor);
        var interpretations = db.Interpretations.AsNoTracking();
        interpretations = all ? interpretations : interpretations.Where(i => i.InterpretingUnitId == actor.OrgUnitId);
        if (all && filter.Unit is { } unit)
        {
            interpretations = interpretations.Where(i => i.InterpretingUnit!.Code == unit);
        }

        if (filter.Status is { } status)
        {
            interpretations = interpretations.Where(i => i.Status == status);
        }

        if (filter.Form is { } form)
        {
            interpretations = interpretations.Where(i => i.Form == form);
        }

        if (filter.Text is { } text)
        {
            interpretations = interpretations.Where(i => i.Title.Contains(text) || i.Document!.Title.Contains(text));
        }

        var total = await interpretations.CountAsync(ct);
        var page = Math.Min(filter.Page, Math.Max(1, (total + ManagerListFilter.PageSize - 1) / ManagerListFilter.PageSize));
        var sorted = filter.Sort switch
        {
            ManagerListSort.Published => interpretations.OrderByDescending(i => i.PublishedAtUtc).ThenByDescending(i => i.Id),
            ManagerListSort.Title => interpretations.OrderBy(i => i.Title).ThenBy(i => i.Id),
            _ => interpretations.OrderByDescending(i => i.UpdatedAtUtc).ThenByDescending(i => i.Id),
        };
        var items = await sorted.Skip((page - 1) * ManagerListFilter.PageSize).Take(ManagerListFilter.PageSize)
            .Select(i => new ManagerListInterpretation(i.Id, i.Title, i.Form, i.Status, i.InterpretingUnit!.Name, i.AuthorName,
                i.DocumentId, i.Document!.Title, i.PublishedAtUtc, i.UpdatedAtUtc)).ToListAsync(ct);
        return Permitted<ManagerList<ManagerListInterpretation>>.Allow(new ManagerList<ManagerListInterpretation>(
            new PagedList<ManagerListInterpretation>(items, page, ManagerListFilter.PageSize, total), filter with { Page = page },
            await UnitsAsync(ct), [], all));
    }

    /// <summary>Where a document stands with its interpretation, today, on the office's calendar.</summary>
    public (InterpretationState State, DateOnly? DueOn, int? MissingYear) StateOf(
        WorkingDayCalendar calendar, DateOnly today, DocumentKind kind, WorkflowStatus status, DateTime? publishedAtUtc, bool hasPublished, bool started)
    {
        if (hasPublished)
        {
            return (InterpretationState.Published, null, null);
        }

        var required = options.Value.RequiresInterpretation(kind);
        if (status != WorkflowStatus.Published || publishedAtUtc is not { } published || !required)
        {
            return (started ? InterpretationState.InProgress : required ? InterpretationState.Pending : InterpretationState.NotRequired, null, null);
        }

        try
        {
            var due = InterpretationDeadlines.DueOn(calendar, published, options.Value.InterpretationDeadlineWorkingDays);
            return (today > due ? InterpretationState.Overdue : InterpretationState.Owed, due, null);
        }
        catch (CalendarYearMissingException e)
        {
            return (InterpretationState.CalendarMissing, null, e.Year);
        }
    }

    private static bool SeesAll(Actor actor) => actor.Is(Roles.Reviewer) || actor.Is(Roles.Administrator);

    private static IQueryable<Document> Narrow(IQueryable<Document> documents, ManagerListFilter filter, bool all)
    {
        if (all && filter.Unit is { } unit)
        {
            documents = documents.Where(d => d.DraftingUnit!.Code == unit);
        }

        if (filter.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }

        if (filter.Validity is { } validity)
        {
            documents = documents.Where(d => d.Validity == validity);
        }

        if (filter.Disclosure is { } disclosure)
        {
            documents = documents.Where(d => d.Disclosure == disclosure);
        }

        if (filter.Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (filter.Category is { } category)
        {
            documents = documents.Where(d => d.Category!.Code == category);
        }

        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            documents = documents.Where(d => d.WrittenOn >= from && d.WrittenOn <= to);
        }

        if (filter.Text is { } text)
        {
            documents = documents.Where(d => d.Title.Contains(text) || d.DocumentNumber!.Contains(text) || d.IndexNumber.Contains(text));
        }

        return documents;
    }

    private static IQueryable<Document> Sort(IQueryable<Document> documents, ManagerListSort sort) => sort switch
    {
        ManagerListSort.Written => documents.OrderByDescending(d => d.WrittenOn).ThenByDescending(d => d.Id),
        ManagerListSort.Published => documents.OrderByDescending(d => d.PublishedAtUtc).ThenByDescending(d => d.Id),
        ManagerListSort.Title => documents.OrderBy(d => d.Title).ThenBy(d => d.Id),
        _ => documents.OrderByDescending(d => d.UpdatedAtUtc).ThenByDescending(d => d.Id),
    };

    private async Task<IReadOnlyList<Choice>> UnitsAsync(CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new Choice(u.Code, u.Name)).ToListAsync(ct);

    private async Task<IReadOnlyList<Choice>> CategoriesAsync(CancellationToken ct) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new Choice(c.Code, c.Name)).ToListAsync(ct);
}
