using Microsoft.AspNetCore.Http;

namespace PolicyLibrary.Themes.Default;

/// <summary>The reader's font size (大 中 小) and eye-care colours (视力保护色), read from cookies on every page.</summary>
public sealed record ReaderPreferences(string FontSize, bool EyeCare)
{
    public const string FontSizeCookie = "pl-font";
    public const string EyeCareCookie = "pl-eyecare";

    public static IReadOnlyList<(string Value, string Label, string Name)> FontSizes { get; } =
        [("large", "大", "大号字"), ("medium", "中", "中号字"), ("small", "小", "小号字")];

    public static bool IsFontSize([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) => value is "small" or "medium" or "large";

    public static ReaderPreferences From(HttpRequest request) => new(
        IsFontSize(request.Cookies[FontSizeCookie]) ? request.Cookies[FontSizeCookie]! : "medium",
        request.Cookies[EyeCareCookie] == "on");

    public string HtmlClass => $"fs-{FontSize}" + (EyeCare ? " eye-care" : "");
}
