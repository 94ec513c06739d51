using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.ShortName).HasMaxLength(50);
        builder.Property(u => u.IndexCode).HasMaxLength(32);
        builder.HasIndex(u => u.Code).IsUnique();
    }
}
