using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Features.Api;

/// <summary>The current concurrency version of a draft, returned after each write so the client can write again.</summary>
public sealed class VersionLookup(PolicyLibraryDbContext db)
{
    public Task<Guid> OfDocumentAsync(int id, CancellationToken ct) =>
        db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).FirstOrDefaultAsync(ct);

    public Task<Guid> OfInterpretationAsync(int id, CancellationToken ct) =>
        db.Interpretations.AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstOrDefaultAsync(ct);
}
