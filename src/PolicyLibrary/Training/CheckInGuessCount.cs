namespace PolicyLibrary.Training;

/// <summary>
/// Wrong check-in codes counted in the database, so every node counts against one allowance: one row per (session,
/// person), and one per session with an empty <see cref="Person"/> for everyone's guesses together.
/// </summary>
public sealed class CheckInGuessCount
{
    public int SessionId { get; set; }

    /// <summary>The staff member's id, or empty for the session's count across everyone.</summary>
    public string Person { get; set; } = "";

    /// <summary>When the current window began; a guess after the window starts a new one.</summary>
    public DateTime WindowStartUtc { get; set; }

    public int Count { get; set; }
}
