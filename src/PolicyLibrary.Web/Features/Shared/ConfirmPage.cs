namespace PolicyLibrary.Web.Features.Shared;

/// <summary>
/// The step between pressing a button that cannot be undone and its taking effect: a page that says what will happen
/// and posts the same fields again with <see cref="ConfirmField"/>, so it asks without JavaScript too.
/// </summary>
public sealed record ConfirmPage(
    string Heading, string Question, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, string ConfirmLabel, string CancelUrl)
{
    public const string ConfirmField = "confirmed";
    public const string ConfirmValue = "yes";

    /// <summary>What the page shows of the request besides the question, e.g. the reason given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Details { get; init; } = [];

    public static bool IsConfirmed(string? value) => value == ConfirmValue;
}
