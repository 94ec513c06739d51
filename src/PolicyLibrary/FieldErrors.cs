namespace PolicyLibrary;

/// <summary>
/// The problems of one form, a Chinese message per field, keyed as the form's inputs are named; what every validator
/// of the core fills and what <see cref="Outcome.Invalid(FieldErrors)"/> carries. A field shows the first problem found
/// for it: the checks run from the most basic (missing) to the most particular, and the basic one is what to fix first.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> byField = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> ByField => byField;

    public int Count => byField.Count;

    public bool Has(string field) => byField.ContainsKey(field);

    /// <summary>Records the problem of <paramref name="field"/> unless it already has one; false when it had.</summary>
    public bool Add(string field, string message) => byField.TryAdd(field, message);

    /// <summary>A text that must be given: "请填写标题。", or "标题不能超过 300 个字。" once trimmed.</summary>
    public void Require(string field, string? value, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"请填写{label}。");
        }
        else if (value.Trim().Length > max)
        {
            Add(field, $"{label}不能超过 {max} 个字。");
        }
    }
}
