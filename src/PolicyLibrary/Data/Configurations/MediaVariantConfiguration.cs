using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Media;

namespace PolicyLibrary.Data.Configurations;

internal sealed class MediaVariantConfiguration : IEntityTypeConfiguration<MediaVariant>
{
    public void Configure(EntityTypeBuilder<MediaVariant> builder)
    {
        builder.Property(v => v.Format).HasMaxLength(10);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.HasIndex(v => new { v.MediaFileId, v.Width, v.Format }).IsUnique();
        builder.HasIndex(v => v.Sha256);
    }
}
