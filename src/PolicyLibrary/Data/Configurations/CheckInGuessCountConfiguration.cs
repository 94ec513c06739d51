using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class CheckInGuessCountConfiguration : IEntityTypeConfiguration<CheckInGuessCount>
{
    public void Configure(EntityTypeBuilder<CheckInGuessCount> builder)
    {
        // The key is what the conditional UPDATE and the INSERT … ON CONFLICT DO NOTHING of CheckInGuessLimits meet on.
        builder.HasKey(c => new { c.SessionId, c.Person });
        builder.Property(c => c.Person).HasMaxLength(450);
        builder.HasOne<TrainingSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
