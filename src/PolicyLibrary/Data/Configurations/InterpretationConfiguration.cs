using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Data.Configurations;

internal sealed class InterpretationConfiguration : IEntityTypeConfiguration<Interpretation>
{
    public void Configure(EntityTypeBuilder<Interpretation> builder)
    {
        builder.Property(i => i.Slug).HasMaxLength(100);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.AuthorName).HasMaxLength(50);
        builder.Property(i => i.Summary).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();
        // A workflow transition is an UPDATE … WHERE Status = @from AND Version = @read: the state it starts from.
        builder.Property(i => i.Status).IsConcurrencyToken();
        builder.HasOne(i => i.Document).WithMany(d => d.Interpretations).HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.InterpretingUnit).WithMany().HasForeignKey(i => i.InterpretingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Status, i.PublishedAtUtc });
        // The scheduled publisher asks every 30 s what is approved and due; only approved rows are in this index.
        builder.HasIndex(i => i.ScheduledPublishAtUtc).OnlyInStatus(Review.WorkflowStatus.Approved);
        // A document's public interpretations (and their count on every list row) from the index alone; it also serves
        // as the foreign key's index.
        builder.HasIndex(i => new { i.DocumentId, i.Status, i.PublishedAtUtc });
        // The manager's list of interpretations: all by last change, or an interpreting unit's.
        builder.HasIndex(i => i.UpdatedAtUtc);
        builder.HasIndex(i => new { i.InterpretingUnitId, i.UpdatedAtUtc });
    }
}
