using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// A write refused because the disk is full or the data folder (or the database) is read-only: answered 507 with a
/// Chinese page or problem+json instead of a bare 500, so the person knows their input was not saved and why. Nothing
/// is half-written: the database rolls the change back, and media are stored under a temporary name until complete.
/// </summary>
public static class StorageFailure
{
    public const int Status = StatusCodes.Status507InsufficientStorage;

    public const string Message = "服务器存储空间已满或数据目录只读，本次提交未保存，已有内容不受影响。请返回上一页保留您的输入，并联系系统管理员。";

    // errno on Linux and macOS: ENOSPC, EROFS, EDQUOT (Linux 122, macOS 69); Windows: ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL.
    private static readonly HashSet<int> Codes = [28, 30, 122, 69, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    public static bool Is(Exception exception, IDatabaseMaintenance database) => exception switch
    {
        IOException io when Codes.Contains(io.HResult) => true,
        _ when database.IsOutOfStorage(exception) => true,
        _ => exception.InnerException is { } inner && Is(inner, database),
    };
}
