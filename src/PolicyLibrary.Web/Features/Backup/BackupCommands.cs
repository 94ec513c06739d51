using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Backup;
using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Features.Backup;

/// <summary><c>backup FILE</c>, <c>restore FILE [--force]</c> and <c>check</c>, against the configured database and data folder.</summary>
public static class BackupCommands
{
    public static bool Names(string command) => command is "backup" or "restore" or "check";

    /// <summary>How many leading arguments the command takes (the rest is configuration).</summary>
    public static int Length(string[] args) => args[0] switch
    {
        "check" => 1,
        "restore" when args.Length > 2 && args[2] == "--force" => 3,
        _ => Math.Min(args.Length, 2),
    };

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, Func<string, string> fromCallersDirectory)
    {
        var db = services.GetRequiredService<PolicyLibraryDbContext>();
        var copy = services.GetRequiredService<IDatabaseCopy>();
        try
        {
            return await RunAsync(services, db, copy, args, fromCallersDirectory);
        }
        catch (DatabaseCopyException e)
        {
            await Console.Error.WriteLineAsync($"未完成：{e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunAsync(IServiceProvider services, PolicyLibraryDbContext db, IDatabaseCopy copy, string[] args, Func<string, string> fromCallersDirectory)
    {
        switch (args)
        {
            case ["backup", var file]:
                var manifest = await services.GetRequiredService<SiteBackup>().WriteAsync(fromCallersDirectory(file));
                Console.WriteLine($"备份完成：{fromCallersDirectory(file)}（数据库及 {manifest.Entries.Count - 1} 个文件，{manifest.Entries.Sum(e => e.Size) / 1024} KB）。");
                return 0;
            case ["restore", var file, ..]:
                if (await services.GetRequiredService<SiteBackup>().RestoreAsync(fromCallersDirectory(file), overwrite: args is [_, _, "--force"]) is { } refusal)
                {
                    await Console.Error.WriteLineAsync($"未恢复：{refusal}");
                    return 1;
                }

                // A backup from an older version is brought up to this one now, not at the next start.
                await db.Database.MigrateAsync();
                Console.WriteLine("恢复完成。");
                return 0;
            case ["check"]:
                await db.Database.MigrateAsync();
                var problems = (await copy.CheckAsync())
                    .Concat(await services.GetRequiredService<LibraryCheck>().ProblemsAsync()).ToList();
                problems.ForEach(p => Console.WriteLine($"问题：{p}"));
                Console.WriteLine(problems.Count == 0 ? "检查通过：数据库完整，检索索引、媒体文件与内容一致。" : $"发现 {problems.Count} 个问题。");
                return problems.Count == 0 ? 0 : 1;
            default:
                await Console.Error.WriteLineAsync("用法 usage: PolicyLibrary.Web backup <备份文件> | restore <备份文件> [--force] | check");
                return 2;
        }
    }
}
