using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(100);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Place).HasMaxLength(200);
        builder.Property(s => s.Trainer).HasMaxLength(100);
        builder.Property(s => s.CodeSecret).HasMaxLength(64);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.StartsAtUtc);
        builder.HasOne(s => s.Module).WithMany().HasForeignKey(s => s.ModuleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.PlannedSession).WithMany(p => p.Sessions).HasForeignKey(s => s.PlannedSessionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.AudienceUnits).WithMany().UsingEntity(
            "TrainingSessionAudienceUnits",
            r => r.HasOne(typeof(OrgUnit)).WithMany().HasForeignKey("OrgUnitId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(TrainingSession)).WithMany().HasForeignKey("TrainingSessionId").OnDelete(DeleteBehavior.Cascade));
        builder.HasMany(s => s.Attendances).WithOne(a => a.Session).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
