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
        builder.Property(m => m.OriginalName).HasMaxLength(UploadedName.MaxLength);
        builder.Property(m => m.AltText).HasMaxLength(MediaLibrary.MaxAltText);
        builder.Property(m => m.Caption).HasMaxLength(MediaLibrary.MaxCaption);
        builder.Property(m => m.UploadedById).HasMaxLength(450);
        builder.Property(m => m.UploadedByName).HasMaxLength(100);
        builder.HasOne(m => m.Captions).WithMany().HasForeignKey(m => m.CaptionsId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Variants).WithOne().HasForeignKey(v => v.MediaFileId).OnDelete(DeleteBehavior.Cascade);

        // A file still used by a body cannot be deleted, by the library's rule and by the database.
        builder.HasMany(m => m.Usages).WithOne(u => u.MediaFile).HasForeignKey(u => u.MediaFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
