namespace PolicyLibrary.Library;

/// <summary>
/// The reader's font size (大 中 小) and eye-care colours (视力保护色), kept in two cookies. The host sets them and
/// varies its cache by them; every theme renders them: so the contract lives here, where both see it.
/// </summary>
public sealed record ReaderPreferences(string FontSize, bool EyeCare)
{
    public const string FontSizeCookie = "pl-font";
    public const string EyeCareCookie = "pl-eyecare";

    public static IReadOnlyList<(string Value, string Label, string Name)> FontSizes { get; } =
        [("large", "大", "大号字"), ("medium", "中", "中号字"), ("small", "小", "小号字")];

    public static bool IsFontSize([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) => value is "small" or "medium" or "large";

    /// <summary>From the request's cookies, looked up by name.</summary>
    public static ReaderPreferences From(Func<string, string?> cookie) => new(
        cookie(FontSizeCookie) is var size && IsFontSize(size) ? size : "medium",
        cookie(EyeCareCookie) == "on");

    public string HtmlClass => $"fs-{FontSize}" + (EyeCare ? " eye-care" : "");
}
