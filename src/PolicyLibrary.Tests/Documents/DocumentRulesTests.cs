using PolicyLibrary.Documents;
using PolicyLibrary.Review;

namespace PolicyLibrary.Tests.Documents;

public class DocumentRulesTests
{
    private static Document ValidDocument() => new()
    {
        Slug = "notice",
        IndexNumber = "011043070/2016-00066",
        Title = "关于进一步加强政府信息公开工作的通知",
        DocumentNumber = "黄下政办〔2016〕66号",
        IssuingOrgan = "下陆区人民政府办公室",
        DrafterName = "王立新",
        BodyMarkdown = "正文",
        BodyHtml = "<p>正文</p>",
        WrittenOn = new DateOnly(2016, 3, 10),
        PublishedAtUtc = new DateTime(2016, 3, 13, 1, 0, 0, DateTimeKind.Utc),
        Status = WorkflowStatus.Published,
    };

    [Theory]
    [InlineData("黄下政办〔2016〕66号", true)]
    [InlineData("下陆食药监〔2016〕3号", true)]
    [InlineData("黄下政办[2016]66号", false)]
    [InlineData("黄下政办〔16〕66号", false)]
    [InlineData("〔2016〕66号", false)]
    [InlineData("黄下政办〔2016〕号", false)]
    public void IsValidDocumentNumber_ShouldAcceptOnlyTheOfficialForm(string number, bool valid) =>
        Assert.Equal(valid, DocumentRules.IsValidDocumentNumber(number));

    [Fact]
    public void Problems_ShouldBeEmpty_WhenDocumentIsConsistent() => Assert.Empty(DocumentRules.Problems(ValidDocument()));

    [Fact]
    public void Problems_ShouldNamePublishDate_WhenPublishedBeforeWritten()
    {
        var document = ValidDocument();
        document.PublishedAtUtc = new DateTime(2016, 3, 1, 1, 0, 0, DateTimeKind.Utc);
        Assert.Contains(DocumentRules.Problems(document), p => p.Contains("发布日期不能早于成文日期", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ShouldAskForReason_WhenNotProactivelyDisclosed()
    {
        var document = ValidDocument();
        document.Disclosure = DisclosureAttribute.NotDisclosed;
        Assert.Contains(DocumentRules.Problems(document), p => p.Contains("必须说明理由", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ShouldAskForDate_WhenRepealedWithoutOne()
    {
        var document = ValidDocument();
        document.Validity = Validity.Repealed;
        Assert.Contains(DocumentRules.Problems(document), p => p.Contains("变更日期", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicVisibility_ShouldHideDraftsFutureAndNonPublicDocuments()
    {
        var now = new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.True(PublicVisibility.IsPublic(ValidDocument(), now));
        var draft = ValidDocument();
        draft.Status = WorkflowStatus.Approved;
        var future = ValidDocument();
        future.PublishedAtUtc = now.AddDays(1);
        var onRequest = ValidDocument();
        onRequest.Disclosure = DisclosureAttribute.OnRequest;
        Assert.All(new[] { draft, future, onRequest }, d => Assert.False(PublicVisibility.IsPublic(d, now)));
    }
}
