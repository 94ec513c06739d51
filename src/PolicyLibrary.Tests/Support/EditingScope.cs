using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyLibrary.Audit;
using PolicyLibrary.Calendar;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Tests.Support;

/// <summary>The editors' services over one fresh DbContext, as one request would have them.</summary>
public sealed class EditingScope : IAsyncDisposable
{
    public EditingScope(TestDatabase database, TimeProvider clock, ReviewOptions? options = null)
        : this(database.NewContext(), clock, options)
    {
    }

    /// <summary>Over a context the test made, e.g. with an interceptor.</summary>
    public EditingScope(PolicyLibraryDbContext db, TimeProvider clock, ReviewOptions? options = null)
    {
        Db = db;
        var audit = new AuditLog(Db, clock);
        var revisions = new RevisionLog(Db, clock);
        var review = Options.Create(options ?? new ReviewOptions());
        Documents = new DocumentEditor(Db, revisions, audit, clock);
        Interpretations = new InterpretationEditor(Db, revisions, audit, clock);
        Workflow = new ReviewWorkflow(Db, audit, review, clock);
        Deadlines = new InterpretationDeadlines(Db, review, clock);
        Comparison = new RevisionComparison(Db);
        Calendar = new CalendarEditor(Db, audit);
        Categories = new CategoryDirectory(Db, audit);
        Lists = new ManagerLists(Db, review, clock);
    }

    public PolicyLibraryDbContext Db { get; }
    public DocumentEditor Documents { get; }
    public InterpretationEditor Interpretations { get; }
    public ReviewWorkflow Workflow { get; }
    public InterpretationDeadlines Deadlines { get; }
    public RevisionComparison Comparison { get; }
    public CalendarEditor Calendar { get; }
    public CategoryDirectory Categories { get; }
    public ManagerLists Lists { get; }

    public static async Task<Actor> ActorAsync(TestDatabase database, string id, string unitCode, params string[] roles)
    {
        await using var db = database.NewContext();
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
        return new Actor(id, $"{id}@{unitCode}", unit.Id, roles.ToHashSet());
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
