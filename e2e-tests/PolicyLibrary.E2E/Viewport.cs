namespace PolicyLibrary.E2E;

/// <summary>The two screen sizes every page is looked at in.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    public static Viewport Desktop { get; } = new("desktop", 1280, 900);

    public static Viewport Phone { get; } = new("phone", 360, 740);

    public static Viewport Named(string name) => name switch
    {
        "desktop" => Desktop,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "desktop or phone"),
    };
}
