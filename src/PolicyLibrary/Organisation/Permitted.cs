namespace PolicyLibrary.Organisation;

/// <summary>The answer of a read that needs a permission: the value, or the reason (in Chinese) it is refused.</summary>
public sealed record Permitted<T>(T? Value, string? Refusal)
{
    public bool Allowed => Refusal is null;

    public static Permitted<T> Allow(T value) => new(value, null);

    public static Permitted<T> Refuse(string reason) => new(default, reason);
}
