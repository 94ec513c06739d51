using PolicyLibrary.Media;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Media;

public class ImageSizeTests
{
    [Fact]
    public void Read_ShouldGiveWidthAndHeight_WhenFileIsPng()
    {
        using var png = File.OpenRead(Path.Combine(RepositoryPaths.Content, "media", "disclosure-notice-2016-66-tujie-1.png"));

        Assert.Equal(new ImageSize(960, 1009), ImageSize.Read(png));
    }

    [Fact]
    public void Read_ShouldGiveWidthAndHeight_WhenFileIsJpeg()
    {
        // SOI, an APP0 segment of 16 bytes, then a baseline frame (SOF0) of 640 × 480.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, .. new byte[9]];

        Assert.Equal(new ImageSize(640, 480), ImageSize.Read(new MemoryStream(jpeg)));
    }

    [Fact]
    public void Read_ShouldGiveWidthAndHeight_WhenFileIsGif()
    {
        byte[] gif = [.. "GIF89a"u8, 0x2C, 0x01, 0xC8, 0x00, .. new byte[20]];

        Assert.Equal(new ImageSize(300, 200), ImageSize.Read(new MemoryStream(gif)));
    }

    [Theory]
    [InlineData("not an image at all, just text")]
    [InlineData("")]
    public void Read_ShouldGiveNull_WhenBytesAreNotAnImage(string text)
    {
        Assert.Null(ImageSize.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))));
    }
}
