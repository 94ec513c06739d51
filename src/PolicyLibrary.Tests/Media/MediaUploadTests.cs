using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Media;
using PolicyLibrary.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace PolicyLibrary.Tests.Media;

/// <summary>Accepted uploads: what is stored is clean, upright, re-encoded pixels with variants, kept once.</summary>
public sealed class MediaUploadTests(MediaSite media) : IClassFixture<MediaSite>
{
    [Fact]
    public async Task Upload_ShouldStripExifAndTurnUpright_WhenPhotoHasGpsAndOrientation()
    {
        var photo = PhotoWithGpsLyingOnItsSide();
        Assert.NotNull(Image.Identify(photo).Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));

        var (id, _) = await media.UploadAcceptedAsync("现场照片.jpg", photo);

        var file = await media.Site.WithDbAsync(db => db.MediaFiles.Include(m => m.Variants).SingleAsync(m => m.Id == id));
        Assert.Equal((800, 1200), (file.Width!.Value, file.Height!.Value));
        foreach (var sha in file.Variants.Select(v => v.Sha256).Append(file.Sha256))
        {
            var bytes = Stored(sha);
            Assert.True(bytes.AsSpan().IndexOf("Exif"u8) < 0, "EXIF segment left in a stored file");
            using var image = Image.Load<Rgba32>(bytes);
            Assert.Null(image.Metadata.ExifProfile);
            Assert.Null(image.Metadata.IccProfile);
            Assert.Null(image.Metadata.XmpProfile);
            Assert.True(image.Height > image.Width, "the photo was not turned upright");

            // Orientation 6 means "turn 90° clockwise": the red left half of the sensor image is now on top.
            Assert.True(image[image.Width / 2, image.Height / 8].R > 180 && image[image.Width / 2, image.Height / 8].B < 80);
            Assert.True(image[image.Width / 2, image.Height * 7 / 8].B > 180 && image[image.Width / 2, image.Height * 7 / 8].R < 80);
        }
    }

    [Fact]
    public async Task Upload_ShouldMakeWebpAndJpegVariants_AtEachWidthBelowTheImage()
    {
        var (id, fileName) = await media.UploadAcceptedAsync("规划总图.png", TestFiles.Png(2400, 1200));

        var file = await media.Site.WithDbAsync(db => db.MediaFiles.Include(m => m.Variants).SingleAsync(m => m.Id == id));
        Assert.Equal(".png", Path.GetExtension(fileName));
        Assert.Equal(2400, Image.Load(Stored(file.Sha256)).Width);
        Assert.Equal(["jpg-320", "jpg-960", "jpg-1920", "webp-320", "webp-960", "webp-1920"],
            file.Variants.OrderBy(v => v.Format, StringComparer.Ordinal).ThenBy(v => v.Width).Select(v => $"{v.Format}-{v.Width}"));
        foreach (var variant in file.Variants)
        {
            var bytes = Stored(variant.Sha256);
            using var image = Image.Load(bytes, out var format);
            Assert.Equal(variant.Width, image.Width);
            Assert.Equal(variant.Width / 2, image.Height);
            Assert.Equal(variant.Format == "webp" ? WebpFormat.Instance.Name : JpegFormat.Instance.Name, format.Name);
        }
    }

    [Fact]
    public async Task Upload_ShouldNeverUpscale_WhenImageIsSmall()
    {
        var (id, _) = await media.UploadAcceptedAsync("小图标.png", TestFiles.Png(200, 100, new Rgba32(1, 2, 3)));

        var widths = await media.Site.WithDbAsync(db => db.MediaVariants.Where(v => v.MediaFileId == id).Select(v => v.Width).Distinct().ToListAsync());
        Assert.Equal([200], widths);
    }

    [Fact]
    public async Task Upload_ShouldKeepTheSameFileOnce()
    {
        var png = TestFiles.Png(300, 200, new Rgba32(9, 9, 9));
        await media.UploadAcceptedAsync("第一次.png", png);
        var files = media.StoredFileCount();
        var rows = await media.MediaRowCountAsync();

        using var again = await MediaSite.UploadAsync(media.Drafter, ("第二次.png", png));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("已有相同文件", (await again.HtmlAsync()).QuerySelector(".upload-results")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(files, media.StoredFileCount());
        Assert.Equal(rows, await media.MediaRowCountAsync());
    }

    [Fact]
    public async Task Upload_ShouldAcceptSeveralFilesAtOnce_AndReportEach()
    {
        using var response = await MediaSite.UploadAsync(media.Drafter,
            ("甲.png", TestFiles.Png(120, 80, new Rgba32(10, 200, 10))), ("说明.pdf", TestFiles.Pdf(7)), ("坏的.pdf", TestFiles.Docx()));

        var page = await response.HtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll(".upload-results li.accepted").Length);
        Assert.Contains("不是 PDF", page.QuerySelector(".upload-results li.refused")!.TextContent, StringComparison.Ordinal);
    }

    private byte[] Stored(string sha256)
    {
        using var stream = new FileSystemMediaStore(media.StoreFolder).OpenRead(sha256) ?? throw new Xunit.Sdk.XunitException($"{sha256} not stored");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>1200×800 as the sensor saw it (left half red, right half blue), EXIF saying "turn 90° clockwise", with GPS.</summary>
    private static byte[] PhotoWithGpsLyingOnItsSide()
    {
        using var image = new Image<Rgba32>(1200, 800);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = x < 600 ? new Rgba32(230, 20, 20) : new Rgba32(20, 20, 230);
                }
            }
        });
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(30, 1), new Rational(12, 1), new Rational(36, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(114, 1), new Rational(58, 1), new Rational(12, 1)]);
        exif.SetValue(ExifTag.Model, "测试相机");
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 95 });
        return output.ToArray();
    }
}
