namespace PolicyLibrary.Tests;

public class BookTitleTests
{
    [Theory]
    [InlineData("保密审查：上网信息不涉密", "《保密审查：上网信息不涉密》")]
    [InlineData("《政府信息公开条例》解读与主动公开实务", "《〈政府信息公开条例〉解读与主动公开实务》")]
    public void Quote_ShouldUseSingleMarksInside_WhenTheTitleQuotesAnother(string title, string quoted) =>
        Assert.Equal(quoted, BookTitle.Quote(title));
}
