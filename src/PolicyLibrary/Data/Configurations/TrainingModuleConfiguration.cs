using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class TrainingModuleConfiguration : IEntityTypeConfiguration<TrainingModule>
{
    public void Configure(EntityTypeBuilder<TrainingModule> builder)
    {
        builder.Property(m => m.Slug).HasMaxLength(100);
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Summary).HasMaxLength(1000);
        builder.HasIndex(m => m.Year);
        builder.Ignore(m => m.CurrentQuestions);
        builder.Property(m => m.CreditHours).HasPrecision(5, 1);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.AudienceUnits).WithMany().UsingEntity(
            "TrainingModuleAudienceUnits",
            r => r.HasOne(typeof(OrgUnit)).WithMany().HasForeignKey("OrgUnitId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(TrainingModule)).WithMany().HasForeignKey("TrainingModuleId").OnDelete(DeleteBehavior.Cascade));
        builder.HasMany(m => m.Lessons).WithOne(l => l.Module).HasForeignKey(l => l.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Questions).WithOne(q => q.Module).HasForeignKey(q => q.ModuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
