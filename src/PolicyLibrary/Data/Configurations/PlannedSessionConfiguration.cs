using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class PlannedSessionConfiguration : IEntityTypeConfiguration<PlannedSession>
{
    public void Configure(EntityTypeBuilder<PlannedSession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Audience).HasMaxLength(200);
        builder.Property(s => s.Note).HasMaxLength(500);
        builder.HasIndex(s => new { s.PlanId, s.Number }).IsUnique();
        builder.HasOne(s => s.Module).WithMany().HasForeignKey(s => s.ModuleId).OnDelete(DeleteBehavior.SetNull);
    }
}
