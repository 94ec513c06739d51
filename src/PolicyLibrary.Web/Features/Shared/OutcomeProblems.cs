namespace PolicyLibrary.Web.Features.Shared;

/// <summary>The API's side of the one mapping (<see cref="StaffController"/> is the pages'): an <see cref="Outcome"/> that did not succeed as problem+json.</summary>
public static class OutcomeProblems
{
    public static IResult For(Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), outcome.Message, title: "提交的内容有误"),
        OutcomeKind.Refused => Problem(StatusCodes.Status403Forbidden, outcome.Message),
        OutcomeKind.Conflict => Problem(StatusCodes.Status409Conflict, outcome.Message),
        _ => Problem(StatusCodes.Status404NotFound, outcome.Message),
    };

    public static IResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);
}
