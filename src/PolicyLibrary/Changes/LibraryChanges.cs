using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PolicyLibrary.Calendar;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Changes;

/// <summary>Which saves change the public library, and the signal they leave for every process that caches it.</summary>
public static class LibraryChanges
{
    /// <summary>Whether a pending save adds, changes or deletes anything the public pages show.</summary>
    public static bool Affects(ChangeTracker changes) => changes.Entries().Any(e =>
        e.Entity is Document or Interpretation or Category or OrgUnit or MediaFile or CalendarDay
        && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>
    /// Raises the library's generation inside the save's transaction (so it commits, or rolls back, with the change)
    /// and asks the provider to wake the watchers on commit (PostgreSQL NOTIFY).
    /// </summary>
    public static async Task SignalAsync(PolicyLibraryDbContext db, CancellationToken ct = default)
    {
        await db.ChangeGenerations.Where(g => g.Tag == ChangeGeneration.Library)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Generation, g => g.Generation + 1), ct);
        if (db.Provider is { } provider)
        {
            await provider.Maintenance.NotifyChangedAsync(db, ChangeGeneration.Library, ct);
        }
    }

    /// <summary>The library's generation as committed now.</summary>
    public static Task<long> GenerationAsync(PolicyLibraryDbContext db, CancellationToken ct = default) =>
        db.ChangeGenerations.AsNoTracking().Where(g => g.Tag == ChangeGeneration.Library).Select(g => g.Generation).SingleAsync(ct);
}
