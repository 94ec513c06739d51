using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyLibrary.Data;

/// <summary>Carries the <see cref="DatabaseProvider"/> in the context's options, where every context finds it.</summary>
public sealed class DatabaseProviderOptions(DatabaseProvider provider) : IDbContextOptionsExtension
{
    public DatabaseProvider Provider { get; } = provider;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public static DatabaseProvider? Of(IDbContextOptions options) => options.FindExtension<DatabaseProviderOptions>()?.Provider;

    public void ApplyServices(IServiceCollection services)
    {
        // Nothing for EF Core's own services: the provider is read by the context.
    }

    public void Validate(IDbContextOptions options)
    {
        // Any provider object is valid.
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"LibraryProvider={((DatabaseProviderOptions)Extension).Provider.Name} ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["PolicyLibrary:Database"] = ((DatabaseProviderOptions)Extension).Provider.Name;
    }
}
