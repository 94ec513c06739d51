using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Search;

namespace PolicyLibrary.Web.Hosting;

/// <summary>Brings the database up to date, seeds a fresh one from content/ and makes sure there is an administrator.</summary>
public static partial class FirstRun
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PolicyLibraryDbContext>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstRun));
        var options = services.GetRequiredService<IOptions<PolicyLibraryOptions>>().Value;
        var paths = services.GetRequiredService<SitePaths>();

        // Of several nodes starting together, one migrates and seeds; the others wait, then find it done.
        await using var startup = await LockAsync(db);
        await MigrateAsync(db);
        await Maintenance(db).PrepareAsync(db);

        if (options.ImportContentOnFirstRun && !await db.Categories.AnyAsync() && !await db.Documents.AnyAsync())
        {
            if (paths.ContentPath is null)
            {
                LogNoContent(logger);
            }
            else
            {
                var progress = new Progress<string>(message => LogImport(logger, message));
                await services.GetRequiredService<ContentImporter>().ImportAsync(paths.ContentPath, progress);
            }
        }

        // Planner statistics: the import above refreshed them; otherwise PlannerStatisticsRefresh does, after the start.
        await MediaUsageBackfill.RunAsync(db);

        if (await SearchIndex.NeedsRebuildAsync(db))
        {
            var indexed = await SearchIndex.RebuildAsync(db);
            LogIndexed(logger, indexed);
        }

        await EnsureRolesAndAdministratorAsync(services, db, options.Admin, logger);

        // The key ring made here, inside the lock: nodes starting together would otherwise each make a key of their
        // own and, until their rings refresh, refuse each other's cookies.
        if (await FolderKeys.MoveIntoDatabaseAsync(db, paths.DataPath) is > 0 and var moved)
        {
            LogKeysMoved(logger, moved);
        }

        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("PolicyLibrary.FirstRun").Protect([1]);
    }

    /// <summary>
    /// Takes the provider's start-up lock; a database that cannot be reached is one line naming the settings
    /// (<see cref="DatabaseSettingException"/>), not a stack trace.
    /// </summary>
    public static async Task<IAsyncDisposable> LockAsync(PolicyLibraryDbContext db)
    {
        try
        {
            return await Maintenance(db).LockForStartupAsync(db);
        }
        catch (Exception e) when (Maintenance(db).IsUnreachable(e))
        {
            throw Unreachable(db, e);
        }
    }

    /// <summary>Applies the pending migrations, if any.</summary>
    public static async Task MigrateAsync(PolicyLibraryDbContext db)
    {
        try
        {
            // Migrate() also takes the migrations lock and compares the model with the last snapshot, about 100 ms of
            // every start; asking the history table first keeps that for the starts that do migrate.
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await db.Database.MigrateAsync();
            }
        }
        catch (Exception e) when (Maintenance(db).IsUnreachable(e))
        {
            throw Unreachable(db, e);
        }
    }

    private static IDatabaseMaintenance Maintenance(PolicyLibraryDbContext db) =>
        db.Provider?.Maintenance ?? throw new InvalidOperationException("The context has no PolicyLibrary database provider.");

    private static DatabaseSettingException Unreachable(PolicyLibraryDbContext db, Exception e) =>
        new($"无法连接数据库（PolicyLibrary:Database={db.Provider?.Name}，ConnectionStrings:PolicyLibrary）：{e.GetBaseException().Message}", e);

    private static async Task EnsureRolesAndAdministratorAsync(
        IServiceProvider services, PolicyLibraryDbContext db, PolicyLibraryOptions.AdminOptions admin, ILogger logger)
    {
        await services.GetRequiredService<IdentitySeeding>().EnsureRolesAsync();
        var users = services.GetRequiredService<UserManager<StaffMember>>();
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var unit = await db.OrgUnits.OrderBy(u => u.SortOrder).FirstOrDefaultAsync()
            ?? db.OrgUnits.Add(new OrgUnit { Code = "system", Name = "系统管理", ShortName = "系统管理", Kind = OrgUnitKind.Other }).Entity;
        await db.SaveChangesAsync();

        var generated = string.IsNullOrEmpty(admin.Password);
        var password = generated ? GeneratePassword() : admin.Password;
        var user = new StaffMember
        {
            UserName = admin.UserName,
            Email = admin.Email,
            EmailConfirmed = true,
            DisplayName = "系统管理员",
            OrgUnitId = unit.Id,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, Roles.Administrator));

        if (generated)
        {
            // Printed once, on the run that creates the account; it is never stored in clear or shown again.
            Console.WriteLine($"""

                ================================================================
                 PolicyLibrary 管理员账号已创建 / administrator account created
                   用户名 user name: {admin.UserName}
                   密码   password:  {password}
                 请登录后立即修改密码。This password is shown only once.
                ================================================================

                """);
        }

        LogAdministratorCreated(logger, admin.UserName, generated ? "自动生成，已在控制台显示一次" : "来自配置");
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var body = RandomNumberGenerator.GetString(alphabet, 16);
        return $"{body[..8]}-{body[8..]}!7a";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("无法创建管理员或角色：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "内容导入：{Message}")]
    private static partial void LogImport(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "已建立全文检索索引：{Count} 项。")]
    private static partial void LogIndexed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "已将数据目录 keys/ 中的 {Count} 个数据保护密钥移入数据库。")]
    private static partial void LogKeysMoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "数据库为空，但找不到 content/ 目录（PolicyLibrary:ContentPath）；未导入任何内容。")]
    private static partial void LogNoContent(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "已创建管理员 {UserName}（密码{PasswordSource}）。")]
    private static partial void LogAdministratorCreated(ILogger logger, string userName, string passwordSource);
}
