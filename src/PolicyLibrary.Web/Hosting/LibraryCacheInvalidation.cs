using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyLibrary.Changes;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Empties this node's cached public pages as soon as this process commits a change they show (<see cref="LibraryChanges.Affects"/>),
/// without waiting for <see cref="LibraryChangeWatcher"/>, which brings the same news from every other process.
/// Eviction happens once the change is committed, so no request can cache the old state after it.
/// </summary>
public sealed class LibraryCacheInvalidation(LibraryCacheEpoch epoch) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && LibraryChanges.Affects(context.ChangeTracker))
        {
            _pending.AddOrUpdate(context, this);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            await EvictAsync(context, cancellationToken);
        }

        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await EvictAsync(context, cancellationToken);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }

        return Task.CompletedTask;
    }

    private async Task EvictAsync(DbContext context, CancellationToken ct)
    {
        if (_pending.Remove(context))
        {
            await epoch.AdvanceAsync(ct);
        }
    }
}
