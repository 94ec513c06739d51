namespace PolicyLibrary.Web.Hosting;

/// <summary>The database settings are wrong or the database cannot be reached: one line for the operator, no stack trace.</summary>
public sealed class DatabaseSettingException(string message, Exception? inner = null) : Exception(message, inner);
