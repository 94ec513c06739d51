using PolicyLibrary.Documents;
using PolicyLibrary.Library;

namespace PolicyLibrary.Tests.Library;

public class DocumentFilterTests
{
    [Fact]
    public void FromQuery_ShouldParseEveryFilter_WhenValuesAreValid()
    {
        var filter = DocumentFilter.FromQuery("policy", "下陆区人民政府办公室", "2016", "NormativeDocument", "repealed", "2");
        Assert.Equal(("policy", "下陆区人民政府办公室", 2016, DocumentKind.NormativeDocument, Validity.Repealed, 2),
            (filter.Category, filter.Organ, filter.Year, filter.Kind, filter.Validity, filter.Page));
        Assert.Empty(filter.Ignored);
    }

    [Theory]
    [InlineData(null, null, "abc", null, null, null)]
    [InlineData(null, null, "99999", null, null, null)]
    [InlineData(null, null, null, "1", null, null)]
    [InlineData(null, null, null, "Nonsense", null, null)]
    [InlineData(null, null, null, null, "-1", null)]
    [InlineData(null, null, null, null, null, "0")]
    [InlineData(null, null, null, null, null, "1000000000000")]
    [InlineData(null, null, null, null, null, "-3")]
    [InlineData("\u0001bad", null, null, null, null, null)]
    public void FromQuery_ShouldIgnoreWithMessage_WhenValueIsMalformed(string? category, string? organ, string? year, string? kind, string? validity, string? page)
    {
        var filter = DocumentFilter.FromQuery(category, organ, year, kind, validity, page);
        Assert.Single(filter.Ignored);
        Assert.True(filter.IsEmpty);
        Assert.Equal(1, filter.Page);
    }
}
