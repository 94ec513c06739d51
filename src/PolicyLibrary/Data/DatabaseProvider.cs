using PolicyLibrary.Search;

namespace PolicyLibrary.Data;

/// <summary>
/// What a database provider supplies beyond EF Core: the search index and the upkeep of the database. Each provider
/// project makes one and attaches it to the context's options (<see cref="DatabaseProviderOptionsExtensions.UseLibraryProvider"/>),
/// so the core asks the context and never names a provider.
/// </summary>
public sealed record DatabaseProvider(string Name, ISearchIndexStore Search, IDatabaseMaintenance Maintenance);
