using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Hosting;

/// <summary><c>import DIR</c> and <c>export DIR</c>: the content folder from the command line, against the configured database.</summary>
public static class ContentCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "export";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync("用法 usage: PolicyLibrary.Web import <content 目录> | export <目标目录>");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<PolicyLibraryDbContext>().Database.MigrateAsync();
        var progress = new SynchronousProgress(Console.WriteLine);
        var folder = FromCallersDirectory(args[1]);
        try
        {
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
