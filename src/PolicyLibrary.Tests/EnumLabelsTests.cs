using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Tests;

public class EnumLabelsTests
{
    [Fact]
    public void Of_ShouldGiveTheChineseLabel()
    {
        Assert.Equal("行政规范性文件", EnumLabels<DocumentKind>.Of(DocumentKind.NormativeDocument));
        Assert.Equal("依申请公开", EnumLabels<DisclosureAttribute>.Of(DisclosureAttribute.OnRequest));
        Assert.Equal("图解", EnumLabels<InterpretationForm>.Of(InterpretationForm.Graphic));
    }

    [Fact]
    public void TryParse_ShouldRoundTripEveryLabel()
    {
        foreach (var validity in EnumLabels<Validity>.Values)
        {
            Assert.True(EnumLabels<Validity>.TryParse(EnumLabels<Validity>.Of(validity), out var parsed));
            Assert.Equal(validity, parsed);
        }

        Assert.False(EnumLabels<Validity>.TryParse("作废", out _));
    }
}
