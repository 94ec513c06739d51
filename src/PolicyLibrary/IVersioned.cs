namespace PolicyLibrary;

/// <summary>Content that carries an optimistic-concurrency version and the time of its last change.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
    DateTime UpdatedAtUtc { get; set; }
}
