namespace PolicyLibrary.Content;

/// <summary>What an import did, per kind of content.</summary>
public sealed class ImportReport
{
    private readonly Dictionary<string, (int Added, int Updated, int Unchanged)> _counts = [];

    public IReadOnlyDictionary<string, (int Added, int Updated, int Unchanged)> Counts => _counts;

    public int Changes => _counts.Values.Sum(c => c.Added + c.Updated);

    internal void Count(string kind, bool added, bool updated)
    {
        var (a, u, n) = _counts.GetValueOrDefault(kind);
        _counts[kind] = added ? (a + 1, u, n) : updated ? (a, u + 1, n) : (a, u, n + 1);
    }

    public override string ToString() => string.Join(Environment.NewLine,
        _counts.Select(c => $"{c.Key}：新增 {c.Value.Added}，更新 {c.Value.Updated}，未变 {c.Value.Unchanged}"));
}
