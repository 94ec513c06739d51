using PolicyLibrary.Tests.Support;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

public class CheckInCodeTests
{
    private static readonly byte[] Secret = Convert.FromHexString("00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 13, 9, 0, 5, TimeSpan.FromHours(8)));

    /// <summary>
    /// RFC 6238, Appendix B, the HMAC-SHA256 column: its 32-byte ASCII seed, 30-second steps from the Unix epoch. The RFC
    /// prints eight digits; six-digit codes are the same truncated value modulo 10^6, i.e. its last six digits.
    /// </summary>
    [Theory]
    [InlineData(59L, "46119246")]
    [InlineData(1111111109L, "68084774")]
    [InlineData(1111111111L, "67062674")]
    [InlineData(1234567890L, "91819424")]
    [InlineData(2000000000L, "90698825")]
    [InlineData(20000000000L, "77737706")]
    public void Code_ShouldMatchTheRfc6238Sha256TestVectors(long unixSeconds, string rfcEightDigits)
    {
        var seed = System.Text.Encoding.ASCII.GetBytes("12345678901234567890123456789012");
        Assert.Equal(rfcEightDigits[2..], CheckInCode.At(seed, DateTimeOffset.FromUnixTimeSeconds(unixSeconds), 30));
    }

    [Fact]
    public void Code_ShouldBeSixDigits_AndStableWithinOneStep()
    {
        var first = CheckInCode.At(Secret, _clock.Now, 30);
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Matches("^[0-9]{6}$", first);
        Assert.Equal(first, CheckInCode.At(Secret, _clock.Now, 30));
    }

    [Fact]
    public void Code_ShouldRotate_WhenTheStepChanges()
    {
        var codes = Enumerable.Range(0, 10).Select(i => CheckInCode.At(Secret, _clock.Now.AddSeconds(30 * i), 30)).ToList();
        Assert.Equal(10, codes.Distinct().Count());
    }

    [Fact]
    public void Code_ShouldDifferBetweenSessions_WithTheSameStep()
    {
        Assert.NotEqual(CheckInCode.At(Secret, _clock.Now, 30), CheckInCode.At(CheckInCode.NewSecret(), _clock.Now, 30));
    }

    [Fact]
    public void Check_ShouldAcceptCurrentAndPreviousStep_AndCallOlderExpired()
    {
        var shown = CheckInCode.At(Secret, _clock.Now, 30);
        Assert.Equal(CodeCheck.Valid, CheckInCode.Check(Secret, shown, _clock.Now, 30));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(CodeCheck.Valid, CheckInCode.Check(Secret, shown, _clock.Now, 30));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(CodeCheck.Expired, CheckInCode.Check(Secret, shown, _clock.Now, 30));
    }

    [Fact]
    public void Check_ShouldNotAcceptNextStepsCode()
    {
        var future = CheckInCode.At(Secret, _clock.Now.AddSeconds(60), 30);
        Assert.NotEqual(CodeCheck.Valid, CheckInCode.Check(Secret, future, _clock.Now, 30));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("１２３４５６")]
    public void Check_ShouldCallMalformedCodesForged(string? code)
    {
        Assert.Equal(CodeCheck.Forged, CheckInCode.Check(Secret, code, _clock.Now, 30));
    }

    [Fact]
    public void Check_ShouldRefuseAnotherSessionsCode()
    {
        var other = CheckInCode.At(CheckInCode.NewSecret(), _clock.Now, 30);
        var own = CheckInCode.At(Secret, _clock.Now, 30);
        Assert.Equal(own == other ? CodeCheck.Valid : CodeCheck.Forged, CheckInCode.Check(Secret, other, _clock.Now, 30));
    }

    [Fact]
    public void Check_ShouldAcceptTypedSpacesAndDashes()
    {
        var shown = CheckInCode.At(Secret, _clock.Now, 30);
        Assert.Equal(CodeCheck.Valid, CheckInCode.Check(Secret, $" {shown[..3]}-{shown[3..]} ", _clock.Now, 30));
    }

    [Fact]
    public void StepLength_ShouldBeConfigurablePerSession()
    {
        var shown = CheckInCode.At(Secret, _clock.Now, 120);
        _clock.Advance(TimeSpan.FromSeconds(200));
        Assert.Equal(CodeCheck.Valid, CheckInCode.Check(Secret, shown, _clock.Now, 120));
        Assert.True(CheckInCode.NextChangeAt(_clock.Now, 120) > _clock.Now);
        Assert.True(CheckInCode.NextChangeAt(_clock.Now, 120) <= _clock.Now.AddSeconds(120));
    }

    [Fact]
    public void Code_ShouldMatchRfc6238StyleTruncation_ForAKnownVector()
    {
        // RFC 6238 SHA-256 test vector (secret "12345678901234567890123456789012", T = 59 s, 30 s step): 46119246 → last six digits.
        var rfcSecret = System.Text.Encoding.ASCII.GetBytes("12345678901234567890123456789012");
        Assert.Equal("119246", CheckInCode.ForStep(rfcSecret, 1));
    }
}
