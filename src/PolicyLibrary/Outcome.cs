namespace PolicyLibrary;

public enum OutcomeKind
{
    Done,
    Invalid,
    Refused,
    Conflict,
    NotFound,
}

/// <summary>
/// What a command of the core did. Refusals carry the rule that refused, in Chinese, so the manager UI and the API
/// can show it as it is; invalid input carries a message per field.
/// </summary>
public sealed record Outcome(OutcomeKind Kind, string Message, IReadOnlyDictionary<string, string> Errors, int Id = 0)
{
    private static readonly Dictionary<string, string> NoErrors = [];

    public bool Succeeded => Kind == OutcomeKind.Done;

    public static Outcome Done(int id, string message = "") => new(OutcomeKind.Done, message, NoErrors, id);

    public static Outcome Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(OutcomeKind.Invalid, "提交的内容有误，请按提示修改。", errors);

    public static Outcome Invalid(FieldErrors errors) => Invalid(errors.ByField);

    public static Outcome Refused(string reason) => new(OutcomeKind.Refused, reason, NoErrors);

    public static Outcome Conflict(string message) => new(OutcomeKind.Conflict, message, NoErrors);

    public static Outcome NotFound(string what = "文件") => new(OutcomeKind.NotFound, $"{what}不存在。", NoErrors);
}
