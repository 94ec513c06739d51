using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PolicyLibrary.Data;
using PolicyLibrary.Data.PostgreSql;
using PolicyLibrary.Data.Sqlite;

namespace PolicyLibrary.Tests.Data;

/// <summary>
/// The site runs on the compiled model of its provider (PolicyLibrary.Data.*/CompiledModel); the tests' databases are
/// built from the configurations. The two must describe the same model, or the site would read and write a schema the
/// migrations never made. On failure, generate the compiled model again (the command is on SqliteData.UseLibrarySqlite
/// and PostgreSqlData.UseLibraryPostgreSql).
/// </summary>
public class CompiledModelTests
{
    private const string PostgreSqlConnection = "Host=127.0.0.1;Database=unused";

    [Fact]
    public void CompiledModel_ShouldDescribeTheConfiguredModel()
    {
        using var configured = new PolicyLibraryDbContext(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseLibrarySqliteModelFromConfigurations("Data Source=:memory:").Options);
        using var compiled = new PolicyLibraryDbContext(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseLibrarySqlite("Data Source=:memory:").Options);

        Assert.Equal(Describe(configured.Model), Describe(compiled.Model));
    }

    [Fact]
    public void PostgreSqlCompiledModel_ShouldDescribeTheConfiguredModel()
    {
        // No server is needed to build a model.
        using var configured = new PolicyLibraryDbContext(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseLibraryPostgreSqlModelFromConfigurations(PostgreSqlConnection).Options);
        using var compiled = new PolicyLibraryDbContext(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseLibraryPostgreSql(PostgreSqlConnection).Options);

        Assert.IsType<PolicyLibrary.Data.PostgreSql.CompiledModel.PolicyLibraryDbContextModel>(compiled.Model);
        Assert.Equal(Describe(configured.Model), Describe(compiled.Model));
    }

    [Fact]
    public void Site_ShouldUseTheCompiledModel()
    {
        using var compiled = new PolicyLibraryDbContext(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseLibrarySqlite("Data Source=:memory:").Options);

        Assert.IsType<PolicyLibrary.Data.Sqlite.CompiledModel.PolicyLibraryDbContextModel>(compiled.Model);
    }

    /// <summary>What a query or a save depends on: tables, columns, types, conversions, keys, relationships and indexes.</summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"{entity.Name} table={entity.GetTableName()} base={entity.BaseType?.Name}");
            foreach (var p in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  property {p.Name} {p.ClrType.Name} column={p.GetColumnName()} null={p.IsNullable} " +
                    $"generated={p.ValueGenerated} concurrency={p.IsConcurrencyToken} converter={p.GetValueConverter()?.GetType().Name}");
            }

            foreach (var key in entity.GetKeys().OrderBy(k => Names(k.Properties), StringComparer.Ordinal))
            {
                text.AppendLine($"  key {Names(key.Properties)} primary={key.IsPrimaryKey()}");
            }

            foreach (var fk in entity.GetForeignKeys().OrderBy(f => Names(f.Properties), StringComparer.Ordinal))
            {
                text.AppendLine($"  foreign key {Names(fk.Properties)} -> {fk.PrincipalEntityType.Name} " +
                    $"required={fk.IsRequired} unique={fk.IsUnique} delete={fk.DeleteBehavior}");
            }

            foreach (var navigation in entity.GetNavigations().Cast<INavigationBase>().Concat(entity.GetSkipNavigations())
                .OrderBy(n => n.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  navigation {navigation.Name} -> {navigation.TargetEntityType.Name} collection={navigation.IsCollection}");
            }

            foreach (var index in entity.GetIndexes().OrderBy(i => Names(i.Properties), StringComparer.Ordinal))
            {
                text.AppendLine($"  index {Names(index.Properties)} unique={index.IsUnique}");
            }
        }

        return text.ToString();
    }

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
