using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Library;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Audit;

/// <summary>The audit log as administrators read it: newest first, filtered, a page at a time.</summary>
public sealed class AuditQueries(PolicyLibraryDbContext db)
{
    public const int PageSize = 50;

    public async Task<Permitted<PagedList<AuditEntry>>> SearchAsync(Actor actor, AuditFilter filter, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Permitted<PagedList<AuditEntry>>.Refuse(refusal);
        }

        var events = db.AuditEvents.AsNoTracking();
        if (filter.Person?.Trim() is { Length: > 0 } person)
        {
            var ids = db.Users.Where(u => u.UserName!.Contains(person) || u.DisplayName.Contains(person)).Select(u => u.Id);
            events = events.Where(e => e.ActorName.Contains(person) || (e.ActorId != null && ids.Contains(e.ActorId)));
        }

        if (filter.OrgUnitId is { } unit)
        {
            events = events.Where(e => e.OrgUnitId == unit);
        }

        if (filter.DocumentId is { } document)
        {
            events = events.Where(e => e.DocumentId == document);
        }

        if (filter.DocumentWords?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words)
        {
            var documents = db.Documents.AsQueryable();
            foreach (var word in words)
            {
                documents = documents.Where(d => d.Title.Contains(word));
            }

            var ids = documents.Select(d => (int?)d.Id);
            events = events.Where(e => ids.Contains(e.DocumentId));
        }

        if (filter.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            var start = ChinaTime.StartOfDayUtc(from);
            events = events.Where(e => e.AtUtc >= start);
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = ChinaTime.StartOfDayUtc(to.AddDays(1));
            events = events.Where(e => e.AtUtc < end);
        }

        var total = await events.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await events.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new
            {
                e.Id,
                e.AtUtc,
                e.Action,
                e.ActorName,
                e.OrgUnitId,
                e.DocumentId,
                e.Detail,
                UserName = db.Users.Where(u => u.Id == e.ActorId).Select(u => u.UserName).FirstOrDefault(),
                UnitName = db.OrgUnits.Where(u => u.Id == e.OrgUnitId).Select(u => u.Name).FirstOrDefault(),
                Title = db.Documents.Where(d => d.Id == e.DocumentId).Select(d => d.Title).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var entries = rows.Select(r => new AuditEntry(r.Id, ChinaTime.FromUtc(r.AtUtc), r.Action, r.ActorName, r.UserName, r.UnitName,
            r.DocumentId, r.Title, r.Detail)).ToList();
        return Permitted<PagedList<AuditEntry>>.Allow(new PagedList<AuditEntry>(entries, page, PageSize, total));
    }
}
