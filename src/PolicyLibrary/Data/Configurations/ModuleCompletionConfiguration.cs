using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class ModuleCompletionConfiguration : IEntityTypeConfiguration<ModuleCompletion>
{
    public void Configure(EntityTypeBuilder<ModuleCompletion> builder)
    {
        builder.Property(c => c.StaffMemberId).HasMaxLength(450);
        builder.Property(c => c.VerificationCode).HasMaxLength(16);
        builder.HasIndex(c => c.VerificationCode).IsUnique();
        builder.HasIndex(c => new { c.StaffMemberId, c.ModuleId }).IsUnique();
        builder.HasOne(c => c.StaffMember).WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Module).WithMany().HasForeignKey(c => c.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.QuizAttempt).WithMany().HasForeignKey(c => c.QuizAttemptId).OnDelete(DeleteBehavior.SetNull);
    }
}
