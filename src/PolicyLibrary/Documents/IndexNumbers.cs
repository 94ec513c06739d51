using System.Globalization;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Documents;

/// <summary>
/// 索引号 as the office assigns it: the unit's 信息公开机构代码, the year written and a five-digit serial of that
/// code and year (011043070/2016-00066). The database's unique index holds it unique; this only says which is next.
/// </summary>
public static class IndexNumbers
{
    public const int MaxLength = 64;

    /// <summary>A unit without an 机构代码 numbers under its own code, so a number is still assigned and still unique.</summary>
    public static string Prefix(OrgUnit unit, int year) =>
        $"{(string.IsNullOrWhiteSpace(unit.IndexCode) ? unit.Code : unit.IndexCode.Trim())}/{year.ToString("D4", CultureInfo.InvariantCulture)}-";

    /// <summary>The serial of a number under that prefix, or null when it is not one.</summary>
    public static int? Serial(string indexNumber, string prefix) =>
        indexNumber.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(indexNumber.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var serial) ? serial : null;

    /// <summary>One more than the highest serial taken under the prefix (numbers typed by hand in another form do not count).</summary>
    public static string Next(string prefix, IEnumerable<string> taken) =>
        prefix + ((taken.Select(t => Serial(t, prefix) ?? 0).DefaultIfEmpty(0).Max() + 1).ToString("D5", CultureInfo.InvariantCulture));
}
