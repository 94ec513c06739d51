using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.Property(a => a.StaffMemberId).HasMaxLength(450);
        builder.Property(a => a.RecordedById).HasMaxLength(450);
        builder.Property(a => a.RecordedByName).HasMaxLength(50);
        builder.Property(a => a.Remark).HasMaxLength(500);

        // One record per person per session, whatever races the check-in burst produces.
        builder.HasIndex(a => new { a.SessionId, a.StaffMemberId }).IsUnique();
        builder.HasIndex(a => a.StaffMemberId);
        builder.HasOne(a => a.StaffMember).WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
