using System.Globalization;
using PolicyLibrary.Documents;

namespace PolicyLibrary.Library;

/// <summary>
/// The filters of the public document list. Built from raw query values: a value that is not understood
/// is dropped and named in <see cref="Ignored"/> (the site says it ignored it, the API answers 400).
/// </summary>
public sealed record DocumentFilter
{
    public const int MaxPage = 100_000;

    public string? Category { get; init; }
    public string? Organ { get; init; }
    public int? Year { get; init; }
    public DocumentKind? Kind { get; init; }
    public Validity? Validity { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Items per page: 20 on the site; the API lets a client choose 1 to 100.</summary>
    public int PageSize { get; init; } = 20;

    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>Narrows documents to this filter: the one translation used by the document list and by search.</summary>
    public IQueryable<Document> ApplyTo(IQueryable<Document> documents)
    {
        if (Category is { } category)
        {
            documents = documents.Where(d => d.Category!.Code == category);
        }

        if (Organ is { } organ)
        {
            documents = documents.Where(d => d.IssuingOrgan == organ);
        }

        if (Year is { } year)
        {
            var (from, to) = (ChinaTime.StartOfDayUtc(new DateOnly(year, 1, 1)), ChinaTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1)));
            documents = documents.Where(d => d.PublishedAtUtc >= from && d.PublishedAtUtc < to);
        }

        if (Kind is { } kind)
        {
            documents = documents.Where(d => d.Kind == kind);
        }

        if (Validity is { } validity)
        {
            documents = documents.Where(d => d.Validity == validity);
        }

        return documents;
    }

    public bool IsEmpty => Category is null && Organ is null && Year is null && Kind is null && Validity is null;

    public static DocumentFilter FromQuery(string? category, string? organ, string? year, string? kind, string? validity, string? page)
    {
        var ignored = new List<string>();
        T? Drop<T>(string what, string value) where T : struct
        {
            ignored.Add($"{what}“{Shorten(value)}”无效");
            return null;
        }

        string? Text(string? value, string what, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var trimmed = value.Trim();
            if (trimmed.Length <= max && !trimmed.Any(char.IsControl))
            {
                return trimmed;
            }

            ignored.Add($"{what}“{Shorten(trimmed)}”无效");
            return null;
        }

        return new DocumentFilter
        {
            Category = Text(category, "分类", 64),
            Organ = Text(organ, "发文机关", 100),
            Year = string.IsNullOrWhiteSpace(year) ? null
                : int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1949 and <= 2100 ? y
                : Drop<int>("年份", year),
            Kind = string.IsNullOrWhiteSpace(kind) ? null
                : EnumLabels<DocumentKind>.TryParseName(kind, out var k) ? k : Drop<DocumentKind>("文件类型", kind),
            Validity = string.IsNullOrWhiteSpace(validity) ? null
                : EnumLabels<Validity>.TryParseName(validity, out var v) ? v : Drop<Validity>("有效性", validity),
            Page = ParsePage(page, ignored),
            Ignored = ignored,
        };
    }

    public static int ParsePage(string? page, List<string> ignored)
    {
        if (string.IsNullOrWhiteSpace(page))
        {
            return 1;
        }

        if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= MaxPage)
        {
            return p;
        }

        ignored.Add($"页码“{Shorten(page)}”无效");
        return 1;
    }

    private static string Shorten(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
