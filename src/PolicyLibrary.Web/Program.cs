using PolicyLibrary.Web.Features.Backup;
using PolicyLibrary.Web.Features.Feeds;
using PolicyLibrary.Web.Features.Media;
using PolicyLibrary.Web.Features.Preferences;
using PolicyLibrary.Web.Features.Sitemap;
using PolicyLibrary.Web.Hosting;

// `import DIR` / `export DIR` run against the configured database and exit; anything after them is configuration.
var command = ContentCommands.CommandOf(args);
var builder = WebApplication.CreateBuilder(args[command.Length..]);

// The theme's CSS and script come from its Razor Class Library. Run from the build output (not only in Development),
// the static-web-assets manifest maps them; in a published app there is no manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();

// A database that is misconfigured or cannot be reached is one line and exit code 1, not a stack trace.
try
{
    builder.AddPolicyLibraryOffice();
    builder.AddPolicyLibraryProxies();
    builder.AddPolicyLibraryData();
    builder.AddPolicyLibraryIdentity();
    builder.AddPolicyLibraryEditing();
    builder.AddPolicyLibraryTraining();
    builder.AddPolicyLibraryTrainingSessions();
    builder.AddPolicyLibraryTheme();
    builder.AddPolicyLibraryApi();
    builder.AddPolicyLibraryCaching();
    builder.AddPolicyLibraryBackup();
    builder.Services.AddHttpContextAccessor();
    builder.WithoutKeyRingReadAtStart();

    var app = builder.Build();

    if (command.Length > 0)
    {
        return await ContentCommands.RunAsync(app, command);
    }

    app.UseForwardedHeaders();
    app.UseHeadWithoutBody();
    app.UseDatabaseReadiness();
    if (!app.Environment.IsDevelopment())
    {
        app.UseHsts();
    }

    app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", StatusCodeSelector = DatabaseUnavailable.StatusOf(app.Services) });
    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseSecurityHeaders();
    app.UseEntityTags();
    // A cached public page is answered here, before authentication: a request carrying a sign-in cookie or a token is
    // never answered from the cache nor stored (LibraryCachePolicy). Compression comes after, so the cache keeps the
    // compressed bytes for each Accept-Encoding and a hit compresses nothing.
    app.UseOutputCache();
    app.UseResponseCompression();
    app.UseSignedInPagesUncached();
    app.UseAuthentication();
    app.UsePasswordChangeGate();
    app.UseAuthorization();

    app.MapStaticAssets();
    app.MapHealthChecks("/health");
    app.MapMedia();
    app.MapPreferences();
    app.MapFeeds();
    app.MapSitemap();
    app.MapPolicyLibraryApi();
    app.MapControllers().WithStaticAssets();
    app.MapHeadAsGet();

    await app.StartWithDatabaseAsync();
    await app.WaitForShutdownAsync();
    return 0;
}
catch (DatabaseSettingException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
