using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Web.Features.Manager;

namespace PolicyLibrary.Web.Features.Media;

/// <summary>
/// /manager/media: the media library for drafters, reviewers and administrators. Uploading is a plain multipart
/// form (several files at once); with JavaScript the same form shows a progress bar.
/// </summary>
[Route("manager/media")]
public sealed class ManagerMediaController(ManagerQueries queries, MediaLibrary library, MediaQueries media, MediaOptions options)
    : ManagerControllerBase(queries)
{
    private const string Here = "~/Features/Media/";

    // Room for a full batch of the largest attachments; each file is still checked against its own limit.
    private const long MaxRequest = 512L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(Actor actor, string? q) =>
        Permissions.ManageMedia(actor) is { } refusal ? Refused(refusal) : await LibraryAsync(q, []);

    [HttpPost("")]
    [RequestSizeLimit(MaxRequest)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequest, ValueLengthLimit = 4096)]
    public async Task<IActionResult> Upload(Actor actor, List<IFormFile> files)
    {
        // Each upload is refused by the core too; this answers the whole batch once rather than per file.
        if (Permissions.ManageMedia(actor) is { } refusal)
        {
            return Refused(refusal);
        }

        var results = new List<UploadResult>();
        if (files.Count == 0)
        {
            results.Add(UploadResult.Refused("", "请选择要上传的文件。"));
        }
        else if (files.Count > options.MaxFilesPerUpload)
        {
            results.Add(UploadResult.Refused("", $"一次最多上传 {options.MaxFilesPerUpload} 个文件，本次选择了 {files.Count} 个。"));
        }
        else
        {
            foreach (var file in files)
            {
                await using var stream = file.OpenReadStream();
                results.Add(await library.UploadAsync(actor, file.FileName, stream, HttpContext.RequestAborted));
            }
        }

        Response.StatusCode = results.Any(r => r.Accepted) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return await LibraryAsync(null, results);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(Actor actor, int id) =>
        Permissions.ManageMedia(actor) is { } refusal ? Refused(refusal) : await DetailsAsync(id);

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Describe(Actor actor, int id, string? altText, string? caption) =>
        await AnswerAsync(await library.DescribeAsync(actor, id, altText, caption, HttpContext.RequestAborted), UrlOf(nameof(Show), new { id }),
            o => DetailsAsync(id, o.Errors.Values.FirstOrDefault() ?? o.Message, altText, caption));

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(Actor actor, int id) =>
        await AnswerAsync(await library.DeleteAsync(actor, id, HttpContext.RequestAborted), UrlOf(nameof(Index)),
            o => DetailsAsync(id, o.Message));

    private async Task<IActionResult> LibraryAsync(string? search, IReadOnlyList<UploadResult> results)
    {
        var files = await media.ListAsync(search, HttpContext.RequestAborted);
        return View(Here + "Library.cshtml", new MediaLibraryPage(search, files, results, options));
    }

    private async Task<IActionResult> DetailsAsync(int id, string? problem = null, string? altText = null, string? caption = null)
    {
        if (await media.FindAsync(id, HttpContext.RequestAborted) is not { } file)
        {
            return NotFound();
        }

        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var uses = await media.WhereUsedAsync(id, HttpContext.RequestAborted);
        return View(Here + "Details.cshtml", new MediaDetailsPage(file, uses, problem, altText, caption));
    }
}
