using System.Diagnostics;

namespace PolicyLibrary.Tests.Support;

/// <summary>
/// A small tmpfs mounted on a temporary folder (Linux, as root), to make a data folder run out of space or turn
/// read-only under a running site; unmounted and removed on dispose.
/// </summary>
public sealed class SmallMount : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _filler;

    public SmallMount(int megabytes)
    {
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0755", "tmpfs", _folder.Path);
        _filler = System.IO.Path.Combine(_folder.Path, ".filler");
    }

    public string Path => _folder.Path;

    public TempFolder Folder => _folder;

    /// <summary>Whether this machine lets the tests mount one (root on Linux with mount(8)).</summary>
    public static string? Unavailable =>
        !OperatingSystem.IsLinux() ? "needs Linux"
        : Environment.UserName != "root" ? "needs root to mount a tmpfs"
        : !File.Exists("/bin/mount") && !File.Exists("/usr/bin/mount") ? "needs mount(8)"
        : null;

    /// <summary>Writes a file until the disk is full.</summary>
    public void Fill()
    {
        using var file = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
            }
        }
        catch (IOException)
        {
            // Full. Single bytes next: the last partial block.
        }

        try
        {
            while (true)
            {
                file.Write(block, 0, 1);
            }
        }
        catch (IOException)
        {
        }
    }

    public void Free() => File.Delete(_filler);

    /// <summary>
    /// Makes a folder inside the mount read-only (a read-only bind mount over it) until disposed. A whole file system
    /// with the database open for writing cannot be remounted read-only from outside; its media folder can.
    /// </summary>
    public IDisposable ReadOnly(string folder)
    {
        var path = System.IO.Path.Combine(_folder.Path, folder);
        Directory.CreateDirectory(path);
        Run("mount", "--bind", path, path);
        Run("mount", "-o", "remount,bind,ro", path);
        return new Unmount(path);
    }

    private sealed class Unmount(string path) : IDisposable
    {
        public void Dispose() => Run("umount", path);
    }

    public void Dispose()
    {
        try
        {
            Run("umount", "-l", _folder.Path);
        }
        finally
        {
            _folder.Dispose();
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)}: {error}");
        }
    }
}

/// <summary>A test that mounts a <see cref="SmallMount"/>: skipped where that is not possible.</summary>
public sealed class SmallMountFactAttribute : FactAttribute
{
    public SmallMountFactAttribute()
    {
        if (SmallMount.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
