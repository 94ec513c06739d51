using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Revisions;

/// <summary>Any two revisions of the same document or interpretation, as a line-by-line diff of their labelled text.</summary>
public sealed class RevisionComparison(PolicyLibraryDbContext db)
{
    public sealed record Line(ChangeType Change, string Text, int? Number);

    public async Task<IReadOnlyList<Revision>> HistoryAsync(RevisionSubject subject, int subjectId, CancellationToken ct = default) =>
        await db.Revisions.AsNoTracking().Where(r => r.Subject == subject && r.SubjectId == subjectId)
            .OrderByDescending(r => r.Number).ToListAsync(ct);

    /// <summary>The diff from revision <paramref name="from"/> to <paramref name="to"/>, or null when either is not of this subject.</summary>
    public async Task<IReadOnlyList<Line>?> CompareAsync(RevisionSubject subject, int subjectId, int from, int to, CancellationToken ct = default)
    {
        var pair = await db.Revisions.AsNoTracking()
            .Where(r => r.Subject == subject && r.SubjectId == subjectId && (r.Number == from || r.Number == to)).ToListAsync(ct);
        var old = pair.FirstOrDefault(r => r.Number == from);
        var @new = pair.FirstOrDefault(r => r.Number == to);
        return old is null || @new is null ? null : Diff(TextOf(old), TextOf(@new));
    }

    public static IReadOnlyList<Line> Diff(string oldText, string newText) =>
        [.. InlineDiffBuilder.Diff(oldText, newText, ignoreWhiteSpace: false).Lines.Select(l => new Line(l.Type, l.Text, l.Position))];

    public static string TextOf(Revision revision) => revision.Subject switch
    {
        RevisionSubject.Document => RevisionLog.Read<DocumentInput>(revision).ToText(),
        RevisionSubject.TrainingModule => RevisionLog.Read<Training.ModuleInput>(revision).ToText(),
        _ => RevisionLog.Read<InterpretationInput>(revision).ToText(),
    };
}
