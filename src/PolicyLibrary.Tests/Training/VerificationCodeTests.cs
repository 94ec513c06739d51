using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

public class VerificationCodeTests
{
    [Fact]
    public void New_ShouldBeTwelveBase32CharactersAndNotRepeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("7k3m-9q2x-hp4a", "7K3M9Q2XHP4A")]
    [InlineData(" 7K3M 9Q2X HP4A ", "7K3M9Q2XHP4A")]
    [InlineData("O0IL-9Q2X-HP4A", "0011-9Q2X-HP4A")]
    public void Normalise_ShouldReadWhatPeopleType(string typed, string expected) =>
        Assert.Equal(expected.Replace("-", "", StringComparison.Ordinal), VerificationCode.Normalise(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7K3M9Q2XHP4")]
    [InlineData("7K3M9Q2XHP4AB")]
    [InlineData("7K3M9Q2XHP4U")]
    [InlineData("<script>alert</script>")]
    public void Normalise_ShouldRefuse_WhenTheTextCannotBeACode(string? typed) => Assert.Null(VerificationCode.Normalise(typed));

    [Fact]
    public void Display_ShouldGroupByFour() => Assert.Equal("7K3M-9Q2X-HP4A", VerificationCode.Display("7K3M9Q2XHP4A"));
}
