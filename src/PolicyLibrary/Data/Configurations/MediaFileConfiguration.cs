using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Media;

namespace PolicyLibrary.Data.Configurations;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.HasIndex(m => m.FileName).IsUnique();
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.HasIndex(m => m.Sha256);
        builder.Property(m => m.ContentType).HasMaxLength(100);
    }
}
