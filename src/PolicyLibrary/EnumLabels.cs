using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace PolicyLibrary;

/// <summary>
/// The Chinese label of each value of a domain enum, taken from its <see cref="DisplayAttribute"/>.
/// Content files and the public site speak in these labels; code speaks in the enum.
/// </summary>
public static class EnumLabels<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ByValue =
        typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static).ToFrozenDictionary(
            f => (TEnum)f.GetValue(null)!,
            f => f.GetCustomAttribute<DisplayAttribute>()?.Name ?? f.Name);

    private static readonly FrozenDictionary<string, TEnum> ByLabel =
        ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<TEnum> Values { get; } = [.. ByValue.Keys.Order()];

    public static string AllLabels { get; } = string.Join(" / ", Values.Select(Of));

    public static string Of(TEnum value) => ByValue.TryGetValue(value, out var label) ? label : value.ToString();

    public static bool TryParse(string? label, out TEnum value) =>
        ByLabel.TryGetValue(label?.Trim() ?? "", out value);

    /// <summary>Parses an enum name as used in URLs (case-insensitive, never a number).</summary>
    public static bool TryParseName(string? name, out TEnum value)
    {
        value = default;
        return !string.IsNullOrWhiteSpace(name)
            && !char.IsAsciiDigit(name[0]) && name[0] != '-'
            && Enum.TryParse(name, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
