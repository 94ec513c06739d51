using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Documents;

/// <summary>A regulatory document (政策文件) as published by the district government.</summary>
public class Document : IVersioned
{
    public int Id { get; set; }

    /// <summary>The stable public id, also the file name in content/documents/.</summary>
    public required string Slug { get; set; }

    /// <summary>索引号.</summary>
    public required string IndexNumber { get; set; }
    public required string Title { get; set; }

    /// <summary>发文字号, e.g. 黄下政办〔2016〕66号; not every 其他文件 has one.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>发文机关.</summary>
    public required string IssuingOrgan { get; set; }

    /// <summary>起草单位; for a jointly issued document, the lead unit.</summary>
    public int DraftingUnitId { get; set; }
    public OrgUnit? DraftingUnit { get; set; }
    public List<OrgUnit> CoIssuingUnits { get; set; } = [];

    /// <summary>起草人.</summary>
    public required string DrafterName { get; set; }

    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public DocumentKind Kind { get; set; }

    /// <summary>主题词.</summary>
    public List<string> SubjectWords { get; set; } = [];

    /// <summary>成文日期.</summary>
    public DateOnly WrittenOn { get; set; }

    /// <summary>发布日期, in UTC.</summary>
    public DateTime? PublishedAtUtc { get; set; }
    public DateOnly? EffectiveOn { get; set; }

    public Validity Validity { get; set; }
    public DateOnly? ValidityChangedOn { get; set; }
    public int? ReplacedById { get; set; }
    public Document? ReplacedBy { get; set; }

    public DisclosureAttribute Disclosure { get; set; }
    public string? DisclosureReason { get; set; }

    public required string BodyMarkdown { get; set; }

    /// <summary>Rendered and sanitised once on save, so pages never render Markdown per request.</summary>
    public required string BodyHtml { get; set; }

    public WorkflowStatus Status { get; set; }

    /// <summary>When an approved document goes public; the publishing service acts on it, so a restart loses nothing.</summary>
    public DateTime? ScheduledPublishAtUtc { get; set; }

    /// <summary>解读方案: when a document goes to review without its interpretation, the form and date promised.</summary>
    public InterpretationForm? PlannedInterpretationForm { get; set; }
    public DateOnly? PlannedInterpretationDueOn { get; set; }

    /// <summary>The staff member who created the draft (null for imported content); they may not approve it.</summary>
    public string? CreatedById { get; set; }

    public List<Interpretation> Interpretations { get; set; } = [];

    /// <summary>Optimistic concurrency: replaced on every save.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>An empty draft with its id, for the importer and the editor to fill in field by field.</summary>
    public static Document Blank(string slug) => new()
    {
        Slug = slug,
        IndexNumber = "",
        Title = "",
        IssuingOrgan = "",
        DrafterName = "",
        BodyMarkdown = "",
        BodyHtml = "",
    };
}
