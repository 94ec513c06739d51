using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PolicyLibrary.Audit;
using PolicyLibrary.Calendar;
using PolicyLibrary.Changes;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data;

/// <summary>The one database of PolicyLibrary: the library, the calendar, media, training, Identity and the Data Protection keys.</summary>
public class PolicyLibraryDbContext(DbContextOptions<PolicyLibraryDbContext> options)
    : IdentityDbContext<StaffMember>(options), IDataProtectionKeyContext
{
    /// <summary>The provider's search index and maintenance; null on a provider without them (then search finds nothing).</summary>
    public DatabaseProvider? Provider { get; } = DatabaseProviderOptions.Of(options);

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Interpretation> Interpretations => Set<Interpretation>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<MediaVariant> MediaVariants => Set<MediaVariant>();
    public DbSet<MediaUsage> MediaUsages => Set<MediaUsage>();
    public DbSet<ReviewRecord> ReviewRecords => Set<ReviewRecord>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<TrainingModule> TrainingModules => Set<TrainingModule>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<QuizQuestion> QuizQuestions => Set<QuizQuestion>();
    public DbSet<QuizOption> QuizOptions => Set<QuizOption>();
    public DbSet<TrainingPlan> TrainingPlans => Set<TrainingPlan>();
    public DbSet<PlannedSession> PlannedSessions => Set<PlannedSession>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<CheckInGuessCount> CheckInGuessCounts => Set<CheckInGuessCount>();
    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<ModuleCompletion> ModuleCompletions => Set<ModuleCompletion>();
    public DbSet<ChangeGeneration> ChangeGenerations => Set<ChangeGeneration>();
    public DbSet<BackgroundLease> BackgroundLeases => Set<BackgroundLease>();

    /// <summary>Shared by every node, so a cookie or token one node sealed opens on all of them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PolicyLibraryDbContext).Assembly);
        StatusFilteredIndexes.Apply(builder, this);
    }

    /// <summary>
    /// Keeps media usage in step with the bodies, saves, then brings the search index up to date for the documents and
    /// interpretations the save touched and raises the library's <see cref="ChangeGeneration"/> when the public pages change.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await MediaUsageTracker.UpdateAsync(this, cancellationToken);
        StampVersions();
        ChangeTracker.DetectChanges();
        var touched = !Search.SearchIndex.IsSupported(this) ? [] : ChangeTracker.Entries()
            .Where(e => e.Entity is Document or Interpretation && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity, e.State)).ToList();
        var signal = LibraryChanges.Affects(ChangeTracker);
        if (touched.Count == 0 && !signal)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The rows, their index entries and the change signal are written together, or none is.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var deleted = touched.Where(t => t.State == EntityState.Deleted).Select(t => Search.SearchIndex.RowOf(t.Entity)).ToList();
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (touched.Count > 0)
            {
                var live = touched.Where(t => t.State != EntityState.Deleted).Select(t => t.Entity).ToList();
                // Ids of added rows exist only now, after the save.
                var added = touched.Where(t => t.State == EntityState.Added).Select(t => Search.SearchIndex.RowOf(t.Entity)).ToHashSet();
                await Search.SearchIndex.UpdateAsync(this, live.OfType<Document>(), live.OfType<Interpretation>(), deleted, added.Contains, cancellationToken);
            }

            // Last, so the counter's row lock is held only until the commit that follows.
            if (signal)
            {
                await LibraryChanges.SignalAsync(this, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Every change of a versioned row gets a new version, so every UPDATE of one is conditional on the version it was
    /// read with (a concurrency token): of two racing changes, a workflow transition, an edit or the publisher, exactly
    /// one is written and the other fails with <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified && !entry.Property(e => e.Version).IsModified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; say so when reading back, so nothing is shown in the wrong zone.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Public because the providers' compiled models create it.</summary>
    public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
