using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Changes;

namespace PolicyLibrary.Data.Configurations;

internal sealed class ChangeGenerationConfiguration : IEntityTypeConfiguration<ChangeGeneration>
{
    public void Configure(EntityTypeBuilder<ChangeGeneration> builder)
    {
        builder.HasKey(g => g.Tag);
        builder.Property(g => g.Tag).HasMaxLength(64);
        // The row exists from the migration on, so the UPDATE that raises it always finds it.
        builder.HasData(new ChangeGeneration { Tag = ChangeGeneration.Library, Generation = 0 });
    }
}

internal sealed class BackgroundLeaseConfiguration : IEntityTypeConfiguration<BackgroundLease>
{
    public void Configure(EntityTypeBuilder<BackgroundLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Period).HasMaxLength(32);
        builder.Property(l => l.TakenBy).HasMaxLength(200);
        builder.HasData(new BackgroundLease { Name = BackgroundLease.DailyBackup, Period = "", TakenBy = "" });
    }
}
