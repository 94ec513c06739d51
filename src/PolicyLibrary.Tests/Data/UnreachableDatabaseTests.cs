using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Data.PostgreSql;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Tests.Data;

public class UnreachableDatabaseTests
{
    [Fact]
    public async Task StartupLock_ShouldNameTheSettings_WhenThePostgreSqlServerCannotBeReached()
    {
        // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
        await using var db = new PolicyLibraryDbContext(new DbContextOptionsBuilder<PolicyLibraryDbContext>()
            .UseLibraryPostgreSql("Host=127.0.0.1;Port=9;Database=policylibrary;Username=x;Timeout=3").Options);

        var e = await Assert.ThrowsAsync<DatabaseSettingException>(() => FirstRun.LockAsync(db));

        Assert.Contains("ConnectionStrings:PolicyLibrary", e.Message, StringComparison.Ordinal);
        Assert.Contains("PolicyLibrary:Database=PostgreSql", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Database_ShouldBeRefused_WhenTheSettingNamesNoProvider()
    {
        var e = Assert.Throws<DatabaseSettingException>(() => LibraryDatabases.Of("MySql"));

        Assert.Contains("PolicyLibrary:Database", e.Message, StringComparison.Ordinal);
    }
}
