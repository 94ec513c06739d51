namespace PolicyLibrary.Web.Features.Backup;

/// <summary>The <c>PolicyLibrary:Backup</c> settings of the daily backup.</summary>
public sealed class BackupOptions
{
    public const string Section = "PolicyLibrary:Backup";

    /// <summary>Whether this node takes the daily backup (on several nodes, one).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where daily backups go; relative to the data folder. Better on another disk.</summary>
    public string Folder { get; set; } = "backups";

    /// <summary>How many daily backups are kept; older ones are deleted after a new one is complete.</summary>
    public int KeepLast { get; set; } = 7;

    /// <summary>The time of day, Beijing time (HH:mm).</summary>
    public string DailyAt { get; set; } = "02:30";
}
