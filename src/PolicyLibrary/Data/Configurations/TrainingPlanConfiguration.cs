using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class TrainingPlanConfiguration : IEntityTypeConfiguration<TrainingPlan>
{
    public void Configure(EntityTypeBuilder<TrainingPlan> builder)
    {
        builder.HasIndex(p => p.Year).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Modules).WithMany().UsingEntity(
            "TrainingPlanModules",
            r => r.HasOne(typeof(TrainingModule)).WithMany().HasForeignKey("TrainingModuleId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(TrainingPlan)).WithMany().HasForeignKey("TrainingPlanId").OnDelete(DeleteBehavior.Cascade));
        builder.HasMany(p => p.PlannedSessions).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
