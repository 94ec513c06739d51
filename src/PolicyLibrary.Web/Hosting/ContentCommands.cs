using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Backup;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// <c>import DIR</c>, <c>export DIR</c>, <c>import-users FILE.csv</c> and <c>rebuild-search</c>: the content folder and staff accounts
/// from the command line, against the configured database.
/// </summary>
public static class ContentCommands
{
    private static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "import" or "export" or "import-users" or "rebuild-search" || BackupCommands.Names(args[0]));

    /// <summary>The leading arguments that form the command (the rest is configuration), or none when it is not one.</summary>
    public static string[] CommandOf(string[] args) => !IsCommand(args) ? []
        : [.. args.Take(BackupCommands.Names(args[0]) ? BackupCommands.Length(args) : args[0] == "rebuild-search" ? 1 : 2)];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (BackupCommands.Names(args[0]))
        {
            await using var backup = app.Services.CreateAsyncScope();
            return await BackupCommands.RunAsync(backup.ServiceProvider, args, FromCallersDirectory);
        }

        if (args is ["rebuild-search", ..])
        {
            await using var rebuild = app.Services.CreateAsyncScope();
            var db = rebuild.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
            await using (await FirstRun.LockAsync(db))
            {
                await FirstRun.MigrateAsync(db);
            }

            Console.WriteLine($"全文检索索引已重建：{await PolicyLibrary.Search.SearchIndex.RebuildAsync(db)} 项。");
            return 0;
        }

        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("用法 usage: PolicyLibrary.Web import <content 目录> | export <目标目录> | import-users <用户.csv> | rebuild-search");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var context = services.GetRequiredService<PolicyLibraryDbContext>();
        await using (await FirstRun.LockAsync(context))
        {
            await FirstRun.MigrateAsync(context);
        }

        var progress = new SynchronousProgress(Console.WriteLine);
        var folder = FromCallersDirectory(args[1]);
        try
        {
            if (args[0] == "import-users")
            {
                return await ImportUsersAsync(services, folder);
            }

            if (args[0] == "import")
            {
                var report = await services.GetRequiredService<ContentImporter>().ImportAsync(folder, progress);
                Console.WriteLine(report.Changes == 0 ? "数据库已是最新，未作更改。" : $"导入完成，共 {report.Changes} 项更改。");
            }
            else
            {
                await services.GetRequiredService<ContentExporter>().ExportAsync(folder, progress);
            }

            return 0;
        }
        catch (ContentImportException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> ImportUsersAsync(IServiceProvider services, string file)
    {
        await services.GetRequiredService<IdentitySeeding>().EnsureRolesAsync();
        var commandLine = new Actor("", "命令行导入", 0, new HashSet<string> { Roles.Administrator });
        await using var csv = File.OpenRead(file);
        var rows = await services.GetRequiredService<StaffDirectory>().ImportCsvAsync(commandLine, csv, passwordChangeRequired: false);
        foreach (var row in rows)
        {
            Console.WriteLine($"第 {row.Line} 行 {row.UserName}：{row.Message}");
        }

        return rows.All(r => r.Created) ? 0 : 1;
    }

    /// <summary>
    /// A relative path is meant from where the command was typed. <c>dotnet run --project</c> starts the app in the
    /// project folder, so the shell's <c>PWD</c> is used when it names a folder.
    /// </summary>
    private static string FromCallersDirectory(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd)
            ? pwd : Environment.CurrentDirectory);

    /// <summary>Reports on the calling thread, so progress lines come out in order before the result.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
