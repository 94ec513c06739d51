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
}
