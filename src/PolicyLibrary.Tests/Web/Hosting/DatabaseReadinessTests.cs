using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Tests.Web.Hosting;

/// <summary>The site listens before its database is ready; a request in that moment must wait, not see a half-migrated database.</summary>
public class DatabaseReadinessTests
{
    [Fact]
    public async Task Request_ShouldWaitForTheDatabase_ThenBeAnswered()
    {
        await using var app = await StartAsync();
        using var client = app.GetTestClient();

        var pending = client.GetStringAsync(new Uri("/", UriKind.Relative));
        await Task.Delay(200);
        Assert.False(pending.IsCompleted);

        app.Services.GetRequiredService<DatabaseReadiness>().SetReady();

        Assert.Equal("ok", await pending.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Request_ShouldFail_WhenPreparingTheDatabaseFailed()
    {
        await using var app = await StartAsync();
        using var client = app.GetTestClient();

        var pending = client.GetStringAsync(new Uri("/", UriKind.Relative));
        app.Services.GetRequiredService<DatabaseReadiness>().SetFailed(new InvalidOperationException("迁移失败"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => pending.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<DatabaseReadiness>();
        var app = builder.Build();
        app.UseDatabaseReadiness();
        app.MapGet("/", () => "ok");
        await app.StartAsync();
        return app;
    }
}
