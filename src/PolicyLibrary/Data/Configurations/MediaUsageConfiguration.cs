using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Media;

namespace PolicyLibrary.Data.Configurations;

internal sealed class MediaUsageConfiguration : IEntityTypeConfiguration<MediaUsage>
{
    public void Configure(EntityTypeBuilder<MediaUsage> builder)
    {
        builder.HasOne(u => u.Document).WithMany().HasForeignKey(u => u.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.Interpretation).WithMany().HasForeignKey(u => u.InterpretationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.MediaFileId, u.DocumentId, u.InterpretationId });
        builder.HasIndex(u => u.DocumentId);
        builder.HasIndex(u => u.InterpretationId);
    }
}
