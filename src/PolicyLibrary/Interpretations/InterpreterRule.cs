using PolicyLibrary.Documents;

namespace PolicyLibrary.Interpretations;

/// <summary>谁起草，谁解读: the document's drafting unit — for a joint document its lead unit — interprets it.</summary>
public static class InterpreterRule
{
    public static bool MayInterpret(Document document, int orgUnitId) => MayInterpret(document.DraftingUnitId, orgUnitId);

    /// <summary>The same rule for a caller that holds only the document's drafting unit (the batched content import).</summary>
    public static bool MayInterpret(int draftingUnitId, int orgUnitId) => draftingUnitId == orgUnitId;

    public static string RefusalReason(Document document) =>
        $"按照“谁起草，谁解读”的原则，《{document.Title}》只能由其起草单位"
        + (document.CoIssuingUnits.Count > 0 ? "（联合发文的牵头单位）" : "")
        + $"{document.DraftingUnit?.Name}解读。";
}
