namespace PolicyLibrary.Changes;

/// <summary>
/// A counter per cache tag, raised by every commit that changes what the tag's pages show, in the same transaction as
/// the change. Every process (each web node, the <c>import</c> command) raises it, and each node watches it to empty
/// its own output cache: the counter is the source of truth for "something changed since you last looked".
/// </summary>
/// <remarks>
/// A counter rather than a log of changes: an id handed out at insert time is not in commit order, so a watcher reading
/// "ids above the last one seen" can miss a slow transaction; an UPDATE of one row is serialised by the row's lock,
/// so every commit leaves a different value and none is missed.
/// </remarks>
public sealed class ChangeGeneration
{
    /// <summary>The public library: pages, lists, feeds, sitemap, API reads and search.</summary>
    public const string Library = "library";

    public string Tag { get; set; } = "";

    public long Generation { get; set; }
}
