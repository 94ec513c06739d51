using System.Diagnostics;

namespace PolicyLibrary.Bench;

/// <summary>The process's memory as the kernel sees it.</summary>
internal static class Memory
{
    /// <summary>Peak resident set (VmHWM) in MB, or the peak working set where /proc is not available.</summary>
    public static double PeakMb()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public static double CurrentMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    /// <summary>What the managed heap holds now, garbage included.</summary>
    public static double ManagedMb() => GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0;

    /// <summary>What the garbage collector has committed from the operating system.</summary>
    public static double CommittedMb() => GC.GetGCMemoryInfo().TotalCommittedBytes / 1024.0 / 1024.0;

    /// <summary>What SQLite has allocated now (page caches, full-text buffers); 0 on PostgreSQL, where SQLite is never loaded.</summary>
    public static double SqliteMb() => SqliteLoaded
        ? SQLitePCL.raw.sqlite3_memory_used() / 1024.0 / 1024.0 : 0;

    private static bool SqliteLoaded => AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "SQLitePCLRaw.provider.e_sqlite3");
}
