using System.Net;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp.PixelFormats;

namespace PolicyLibrary.Tests.Media;

/// <summary>A module's lesson images and attachments reach the staff who may study it, privately, and nobody else.</summary>
public sealed class TrainingMediaTests(MediaSite media) : IClassFixture<MediaSite>
{
    [Fact]
    public async Task LessonImageAndAttachment_ShouldBeServedPrivately_ToStaffWhoMayStudyTheModule()
    {
        var (imageId, image) = await media.UploadAcceptedAsync("课件配图.png", TestFiles.Png(800, 400, new Rgba32(10, 120, 200)));
        var (_, attachment) = await media.UploadAcceptedAsync("培训讲义.docx", TestFiles.Docx());
        var sha = await media.Site.WithDbAsync(db => db.MediaFiles.Where(m => m.Id == imageId).Select(m => m.Sha256).SingleAsync());
        await media.Site.WithDbAsync(async db =>
        {
            var module = await db.TrainingModules.Include(m => m.Lessons).Include(m => m.AudienceUnits).OrderBy(m => m.Id).FirstAsync();
            (module.IsPublished, module.AudienceRoles, module.AudienceUnits) = (true, [], []);
            module.Lessons.OrderBy(l => l.Number).First().BodyMarkdown += $"\n\n![课件示意图](media/{image})\n";
            module.Attachments = [.. module.Attachments, attachment];
            return await db.SaveChangesAsync();
        });
        using var anonymous = media.Site.NewClient();

        foreach (var url in new[] { $"/media/{image}", $"/media/{sha}/320.jpg", $"/media/{attachment}" })
        {
            using var staff = await media.Staff.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(staff.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)staff.StatusCode} to a staff member of the module's audience");
            Assert.True(staff.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, $"{url}: Cache-Control {staff.Headers.CacheControl}");

            using var outside = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }
    }

    [Fact]
    public async Task ModuleFiles_ShouldBe404_ForStaffOutsideTheAudience_OrWhileTheModuleIsUnpublished()
    {
        var (_, attachment) = await media.UploadAcceptedAsync("审核人讲义.pdf", TestFiles.Pdf());
        var slug = await media.Site.WithDbAsync(async db =>
        {
            var module = await db.TrainingModules.Include(m => m.AudienceUnits).OrderByDescending(m => m.Id).FirstAsync();
            (module.IsPublished, module.AudienceRoles) = (true, []);
            module.AudienceUnits = [await db.OrgUnits.SingleAsync(u => u.Code == "legal-affairs")];
            module.Attachments = [.. module.Attachments, attachment];
            await db.SaveChangesAsync();
            return module.Slug;
        });
        var url = new Uri($"/media/{attachment}", UriKind.Relative);

        using (var outside = await media.Staff.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }

        await media.Site.WithDbAsync(async db =>
        {
            var module = await db.TrainingModules.Include(m => m.AudienceUnits).FirstAsync(m => m.Slug == slug);
            module.AudienceUnits = [await db.OrgUnits.SingleAsync(u => u.Code == "gov-office")];
            return await db.SaveChangesAsync();
        });
        using (var audience = await media.Staff.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, audience.StatusCode);
        }

        await media.Site.WithDbAsync(async db =>
        {
            (await db.TrainingModules.FirstAsync(m => m.Slug == slug)).IsPublished = false;
            return await db.SaveChangesAsync();
        });
        using var unpublished = await media.Staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }
}
