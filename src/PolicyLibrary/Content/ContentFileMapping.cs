using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;

namespace PolicyLibrary.Content;

/// <summary>Entity → file header, the inverse of what the importer reads.</summary>
internal static class ContentFileMapping
{
    public static DocumentFile ToFile(Document d) => new()
    {
        Title = d.Title,
        IndexNumber = d.IndexNumber,
        DocumentNumber = d.DocumentNumber,
        IssuingOrgan = d.IssuingOrgan,
        DraftingUnit = d.DraftingUnit!.Code,
        CoIssuingUnits = [.. d.CoIssuingUnits.Select(u => u.Code).Order(StringComparer.Ordinal)],
        Drafter = d.DrafterName,
        Category = d.Category!.Code,
        Kind = EnumLabels<DocumentKind>.Of(d.Kind),
        SubjectWords = d.SubjectWords,
        WrittenOn = ContentExporter.Format(d.WrittenOn),
        PublishedAt = Time(d.PublishedAtUtc),
        EffectiveOn = d.EffectiveOn is { } e ? ContentExporter.Format(e) : null,
        Validity = EnumLabels<Validity>.Of(d.Validity),
        ValidityChangedOn = d.ValidityChangedOn is { } v ? ContentExporter.Format(v) : null,
        ReplacedBy = d.ReplacedBy?.Slug,
        Disclosure = EnumLabels<DisclosureAttribute>.Of(d.Disclosure),
        DisclosureReason = d.DisclosureReason,
        Status = EnumLabels<WorkflowStatus>.Of(d.Status),
    };

    public static InterpretationFile ToFile(Interpretation i) => new()
    {
        Title = i.Title,
        Document = i.Document!.Slug,
        Form = EnumLabels<InterpretationForm>.Of(i.Form),
        InterpretingUnit = i.InterpretingUnit!.Code,
        Author = i.AuthorName,
        PublishedAt = Time(i.PublishedAtUtc),
        Status = EnumLabels<WorkflowStatus>.Of(i.Status),
        Summary = i.Summary.Length == 0 ? null : i.Summary,
    };

    private static string? Time(DateTime? utc) =>
        utc is { } t ? ChinaTime.Iso(t) : null;
}
