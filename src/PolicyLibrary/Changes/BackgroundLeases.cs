using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Changes;

/// <summary>Takes a period of once-only work with one conditional UPDATE: of any number of processes, one gets it.</summary>
public static class BackgroundLeases
{
    /// <summary>True for the one caller that moves <paramref name="name"/> to <paramref name="period"/> (ordinal order: dates as yyyy-MM-dd).</summary>
    public static async Task<bool> TryTakeAsync(PolicyLibraryDbContext db, string name, string period, DateTime now, CancellationToken ct = default)
    {
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}";
        var taken = await db.BackgroundLeases
            .Where(l => l.Name == name && string.Compare(l.Period, period) < 0)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Period, period).SetProperty(l => l.TakenBy, holder).SetProperty(l => l.TakenAt, now), ct);
        return taken == 1;
    }
}
