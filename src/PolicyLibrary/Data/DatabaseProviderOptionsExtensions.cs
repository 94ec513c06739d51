using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PolicyLibrary.Data;

public static class DatabaseProviderOptionsExtensions
{
    /// <summary>Attaches a provider's search index and maintenance to the options (called by each provider's Use… method).</summary>
    public static TBuilder UseLibraryProvider<TBuilder>(this TBuilder options, DatabaseProvider provider)
        where TBuilder : DbContextOptionsBuilder
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new DatabaseProviderOptions(provider));
        return options;
    }
}
