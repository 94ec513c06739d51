namespace PolicyLibrary.Web.Features.Manager;

/// <summary>Labels as the manager pages write them (times and dates: <see cref="ChinaTime"/>).</summary>
public static class ManagerDisplay
{
    public static string Label<T>(T value) where T : struct, Enum => EnumLabels<T>.Of(value);
}
