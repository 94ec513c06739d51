using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Revisions;

/// <summary>Adds a revision for every save; reads snapshots back for comparison and restore.</summary>
public sealed class RevisionLog(PolicyLibraryDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task AddAsync<T>(Actor actor, RevisionSubject subject, int subjectId, int documentId, T snapshot, string note, CancellationToken ct)
    {
        var last = await db.Revisions.Where(r => r.Subject == subject && r.SubjectId == subjectId).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        db.Revisions.Add(new Revision
        {
            Subject = subject,
            SubjectId = subjectId,
            DocumentId = documentId,
            Number = last + 1,
            Snapshot = JsonSerializer.Serialize(snapshot, Json),
            AuthorId = actor.UserId,
            AuthorName = actor.DisplayName,
            Note = note,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>A revision's note: "修改", or "恢复第 n 版" for a restore (the audit action is chosen from the number, not this text).</summary>
    public static string Note(int? restoredRevision) => restoredRevision is { } n ? $"恢复第 {n} 版" : "修改";

    public static T Read<T>(Revision revision) => JsonSerializer.Deserialize<T>(revision.Snapshot, Json)
        ?? throw new InvalidOperationException($"revision {revision.Id} has an empty snapshot");
}
