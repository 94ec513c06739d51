using System.Text.RegularExpressions;
using PolicyLibrary.Review;

namespace PolicyLibrary.Documents;

/// <summary>What makes a document's metadata consistent, whoever writes it: the content import, the editor, the API.</summary>
public static partial class DocumentRules
{
    /// <summary>发文字号: an organ's abbreviation, the year in 〔〕 and a number, e.g. 黄下政办〔2016〕66号.</summary>
    public static bool IsValidDocumentNumber(string number) => DocumentNumberPattern().IsMatch(number);

    /// <summary>A public address the drafter chose: readable in a URL and safe as the file name in content/documents/.</summary>
    public static bool IsValidSlug(string slug) => slug.Length is >= 3 and <= 100 && Content.FieldParser.IsCode(slug);

    public static IEnumerable<string> Problems(Document d)
    {
        if (d.DocumentNumber is { } number && !IsValidDocumentNumber(number))
        {
            yield return $"发文字号“{number}”格式不正确，应形如 黄下政办〔2016〕66号。";
        }

        if (d.PublishedAtUtc is { } published && ChinaTime.DateOf(published) < d.WrittenOn)
        {
            yield return "发布日期不能早于成文日期。";
        }

        if (d.EffectiveOn is { } effective && effective < d.WrittenOn)
        {
            yield return "施行日期不能早于成文日期。";
        }

        if (d.Status is WorkflowStatus.Published or WorkflowStatus.Withdrawn && d.PublishedAtUtc is null)
        {
            yield return "已发布的文件必须有发布日期。";
        }

        if (d.Validity != Validity.InForce && d.ValidityChangedOn is null)
        {
            yield return $"有效性为“{EnumLabels<Validity>.Of(d.Validity)}”时必须注明变更日期。";
        }

        if (d.Validity == Validity.InForce && (d.ValidityChangedOn is not null || d.ReplacedById is not null || d.ReplacedBy is not null))
        {
            yield return "有效的文件不能有变更日期或替代文件。";
        }

        if (d.Disclosure != DisclosureAttribute.Proactive && string.IsNullOrWhiteSpace(d.DisclosureReason))
        {
            yield return $"公开属性为“{EnumLabels<DisclosureAttribute>.Of(d.Disclosure)}”时必须说明理由。";
        }
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}A-Za-z]*〔(19|20)\d{2}〕\d{1,4}号$")]
    private static partial Regex DocumentNumberPattern();
}
