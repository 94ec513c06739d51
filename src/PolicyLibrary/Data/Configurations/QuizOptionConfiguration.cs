using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Training;

namespace PolicyLibrary.Data.Configurations;

internal sealed class QuizOptionConfiguration : IEntityTypeConfiguration<QuizOption>
{
    public void Configure(EntityTypeBuilder<QuizOption> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(300);
        builder.HasIndex(o => new { o.QuestionId, o.Number }).IsUnique();
    }
}
