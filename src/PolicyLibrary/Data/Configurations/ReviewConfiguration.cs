using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Audit;
using PolicyLibrary.Documents;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Data.Configurations;

internal sealed class ReviewRecordConfiguration : IEntityTypeConfiguration<ReviewRecord>
{
    public void Configure(EntityTypeBuilder<ReviewRecord> builder)
    {
        builder.Property(r => r.ReviewerId).HasMaxLength(450);
        builder.Property(r => r.ReviewerName).HasMaxLength(50);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Property(r => r.Scope).HasMaxLength(50);
        builder.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(50);
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.HasIndex(r => new { r.Subject, r.SubjectId, r.Number }).IsUnique();
        builder.HasIndex(r => r.DocumentId);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => e.ActorId);
        builder.HasIndex(e => e.DocumentId);
    }
}
