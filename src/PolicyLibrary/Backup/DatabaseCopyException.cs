namespace PolicyLibrary.Backup;

/// <summary>A database copy that could not be made or put back, with the reason in Chinese for the operator.</summary>
public sealed class DatabaseCopyException(string message, Exception? inner = null) : Exception(message, inner);
