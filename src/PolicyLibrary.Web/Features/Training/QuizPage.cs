using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>The quiz form: its questions, what was chosen when it comes back with a message, and that message.</summary>
public sealed record QuizPage(QuizForm Quiz, IReadOnlySet<int> Chosen, string? Problem);
