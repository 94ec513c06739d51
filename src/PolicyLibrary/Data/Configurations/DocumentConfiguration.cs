using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Documents;

namespace PolicyLibrary.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.Property(d => d.Slug).HasMaxLength(100);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.IndexNumber).HasMaxLength(64);
        builder.HasIndex(d => d.IndexNumber).IsUnique();
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.DocumentNumber).HasMaxLength(64);
        builder.HasIndex(d => d.DocumentNumber);
        builder.Property(d => d.IssuingOrgan).HasMaxLength(100);
        builder.Property(d => d.DrafterName).HasMaxLength(50);
        builder.Property(d => d.DisclosureReason).HasMaxLength(500);
        builder.Property(d => d.Version).IsConcurrencyToken();
        // A workflow transition is an UPDATE … WHERE Status = @from AND Version = @read: the state it starts from.
        builder.Property(d => d.Status).IsConcurrencyToken();

        builder.HasOne(d => d.DraftingUnit).WithMany().HasForeignKey(d => d.DraftingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Category).WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ReplacedBy).WithMany().HasForeignKey(d => d.ReplacedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.CoIssuingUnits).WithMany().UsingEntity(
            "DocumentCoIssuingUnits",
            r => r.HasOne(typeof(Organisation.OrgUnit)).WithMany().HasForeignKey("OrgUnitId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Document)).WithMany().HasForeignKey("DocumentId").OnDelete(DeleteBehavior.Cascade));

        // The public list filters on these and sorts by publication; with the category the per-category counts are
        // answered from the index alone, without reading 100,000 large rows.
        builder.HasIndex(d => new { d.Status, d.Disclosure, d.PublishedAtUtc, d.CategoryId });
        builder.HasIndex(d => d.CategoryId);
        // The scheduled publisher asks every 30 s what is approved and due; only approved rows are in this index.
        builder.HasIndex(d => d.ScheduledPublishAtUtc).OnlyInStatus(Review.WorkflowStatus.Approved);
        // "Is this document public?" by id, from the index alone: asked for every interpretation on a list and for every
        // search candidate, where reading the (large) row would cost a page each.
        builder.HasIndex(d => new { d.Id, d.Status, d.Disclosure, d.PublishedAtUtc });
        // The manager's list: everything by last change, a drafting unit's by last change, or by the date written.
        builder.HasIndex(d => d.UpdatedAtUtc);
        builder.HasIndex(d => new { d.DraftingUnitId, d.UpdatedAtUtc });
        builder.HasIndex(d => d.WrittenOn);
    }
}
