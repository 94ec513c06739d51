using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Media;

/// <summary>
/// Runs inside every save: for each document or interpretation whose body changed, brings its <see cref="MediaUsage"/>
/// rows in step with the <c>media/…</c> references of its Markdown, and renders stored images as
/// <c>&lt;picture&gt;</c> with their variants. Whoever saves a body — editor, API, importer — gets the same result.
/// </summary>
internal static class MediaUsageTracker
{
    public static async Task UpdateAsync(PolicyLibraryDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var bodies = db.ChangeTracker.Entries()
            .Where(e => e.Entity is Document or Interpretation && e.State is EntityState.Added or EntityState.Modified)
            .Where(e => e.State == EntityState.Added || e.Property(nameof(Document.BodyMarkdown)).IsModified
                || e.Property(nameof(Document.BodyHtml)).IsModified
                || (e.Entity is Interpretation && e.Property(nameof(Interpretation.Form)).IsModified))
            .Select(e => (Entry: e, Markdown: (string)e.Property(nameof(Document.BodyMarkdown)).CurrentValue!))
            .ToList();
        if (bodies.Count == 0)
        {
            return;
        }

        // Most bodies have no media at all: skip parsing them (an import of 100k documents stays fast).
        var referencing = bodies.Select(b => (b.Entry, Names: b.Markdown.Contains(MarkdownRenderer.MediaPrefix, StringComparison.Ordinal)
            ? MarkdownRenderer.MediaReferences(b.Markdown) : [])).ToList();
        var names = referencing.SelectMany(b => b.Names).Distinct().ToList();
        var media = names.Count == 0 ? [] : await db.MediaFiles.Include(m => m.Variants).Include(m => m.Captions)
            .Where(m => names.Contains(m.FileName)).ToDictionaryAsync(m => m.FileName, ct);

        var documentIds = IdsOf<Document>(bodies.Select(b => b.Entry));
        var interpretationIds = IdsOf<Interpretation>(bodies.Select(b => b.Entry));
        var existing = documentIds.Count + interpretationIds.Count == 0 ? [] : await db.MediaUsages
            .Where(u => (u.DocumentId != null && documentIds.Contains(u.DocumentId.Value))
                || (u.InterpretationId != null && interpretationIds.Contains(u.InterpretationId.Value)))
            .ToListAsync(ct);

        foreach (var (entry, referenced) in referencing)
        {
            var shown = referenced.Where(media.ContainsKey).Select(n => media[n]).ToList();

            // A recording's captions are used where it is: public with it, and kept from deletion.
            var wanted = shown.Concat(shown.Select(m => m.Captions).OfType<MediaFile>()).DistinctBy(m => m.Id).ToList();
            var current = existing.Where(u => entry.State != EntityState.Added && Matches(u, entry.Entity)).ToList();
            db.MediaUsages.RemoveRange(current.Where(u => wanted.All(m => m.Id != u.MediaFileId)));
            foreach (var file in wanted.Where(m => current.All(u => u.MediaFileId != m.Id)))
            {
                db.MediaUsages.Add(new MediaUsage
                {
                    MediaFile = file,
                    Document = entry.Entity as Document,
                    Interpretation = entry.Entity as Interpretation,
                });
            }

            Render(entry, shown.Count == 0 ? null : shown.ToDictionary(m => m.FileName));
        }
    }

    private static void Render(EntityEntry entry, Dictionary<string, MediaFile>? media)
    {
        switch (entry.Entity)
        {
            case Interpretation { Form: InterpretationForm.Graphic } i:
                i.BodyHtml = MarkdownRenderer.ToHtml(i.BodyMarkdown, media, figureList: true);
                break;
            case Interpretation i when media is not null:
                i.BodyHtml = MarkdownRenderer.ToHtml(i.BodyMarkdown, media);
                break;
            case Document d when media is not null:
                d.BodyHtml = MarkdownRenderer.ToHtml(d.BodyMarkdown, media);
                break;
        }
    }

    private static List<int> IdsOf<T>(IEnumerable<EntityEntry> entries) where T : class =>
        [.. entries.Where(e => e.State == EntityState.Modified && e.Entity is T).Select(e => (int)e.Property("Id").CurrentValue!)];

    private static bool Matches(MediaUsage usage, object entity) => entity switch
    {
        Document d => usage.DocumentId == d.Id,
        Interpretation i => usage.InterpretationId == i.Id,
        _ => false,
    };
}
