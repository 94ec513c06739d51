namespace PolicyLibrary.E2E;

/// <summary>What the tests rely on in the repository's content/ folder.</summary>
internal static class Seed
{
    public const string DocumentSlug = "disclosure-notice-2016-66";
    public const string DocumentTitle = "下陆区人民政府办公室关于进一步加强政府信息公开工作的通知";
    public const string DocumentNumber = "黄下政办〔2016〕66号";
    public const string InterpretationSlug = "disclosure-notice-2016-66-tujie";
    /// <summary>A public document marked 已废止, replaced by another.</summary>
    public const string RepealedDocumentSlug = "low-rent-housing-subsidy-measures-2015";
    public const string InterpretationTitle = "一图读懂《关于进一步加强政府信息公开工作的通知》";

    /// <summary>A category with some, but not all, public documents.</summary>
    public const string CategoryCode = "housing";
    public const string CategoryName = "保障性住房及征地拆迁";

    /// <summary>Titles (or distinctive parts) of documents that are not public: 不予公开, 依申请公开 and a 草稿.</summary>
    public static readonly IReadOnlyList<string> NonPublicTitles = ["低保对象家庭经济状况核查", "内部公文流转", "加装电梯"];

    public static readonly IReadOnlyList<string> NonPublicSlugs =
        ["subsistence-allowance-verification-details-2016", "internal-document-seal-rules-2016", "old-residential-elevator-pilot-draft-2017"];
}
