using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Manager;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
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

    /// <summary>
    /// The editor's picker uploads one image with its alt text and caption and gets the Markdown to write at the
    /// cursor; refusals are the same Chinese reasons as the library's, as problem+json.
    /// </summary>
    [HttpPost("insert")]
    [RequestSizeLimit(MaxRequest)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequest, ValueLengthLimit = 4096)]
    public async Task<IResult> Insert(Actor actor, IFormFile? file, string? altText, string? caption)
    {
        if (Permissions.ManageMedia(actor) is { } refusal)
        {
            return PickerProblem(refusal, statusCode: StatusCodes.Status403Forbidden);
        }

        if (string.IsNullOrWhiteSpace(altText))
        {
            return PickerProblem("请填写替代文本：用一句话说明图片的内容，供读屏软件朗读。", statusCode: StatusCodes.Status400BadRequest);
        }

        // Checked before storing, so a refused description leaves no undescribed image behind.
        if (altText.Trim().Length > MediaLibrary.MaxAltText || (caption ?? "").Trim().Length > MediaLibrary.MaxCaption)
        {
            return PickerProblem($"替代文本不能超过 {MediaLibrary.MaxAltText} 字，图片说明不能超过 {MediaLibrary.MaxCaption} 字。", statusCode: StatusCodes.Status400BadRequest);
        }

        if (file is null || !MediaTypes.IsImage(Path.GetExtension(file.FileName)))
        {
            return PickerProblem("请选择一张 PNG、JPEG、WebP 或 GIF 图片。", statusCode: StatusCodes.Status400BadRequest);
        }

        await using var stream = file.OpenReadStream();
        var upload = await library.UploadAsync(actor, file.FileName, stream, HttpContext.RequestAborted);
        if (upload.File is not { } stored)
        {
            return PickerProblem($"{upload.Name}：{upload.Problem}", statusCode: StatusCodes.Status400BadRequest);
        }

        var described = await library.DescribeAsync(actor, stored.Id, altText, caption, ct: HttpContext.RequestAborted);
        if (!described.Succeeded)
        {
            return PickerProblem(described.Errors.Values.FirstOrDefault() ?? described.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var row = (await media.FindAsync(stored.Id, HttpContext.RequestAborted))!;
        return Results.Ok(new { row.Id, Markdown = row.Snippet, upload.Name });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(Actor actor, int id) =>
        Permissions.ManageMedia(actor) is { } refusal ? Refused(refusal) : await DetailsAsync(id);

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Describe(Actor actor, int id, string? altText, string? caption, int? captionsId) =>
        await AnswerAsync(await library.DescribeAsync(actor, id, altText, caption, captionsId, HttpContext.RequestAborted), UrlOf(nameof(Show), new { id }),
            o => DetailsAsync(id, o.Errors.Values.FirstOrDefault() ?? o.Message, altText, caption));

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(Actor actor, int id) =>
        await AnswerAsync(await library.DeleteAsync(actor, id, HttpContext.RequestAborted), UrlOf(nameof(Index)),
            o => DetailsAsync(id, o.Message));

    private async Task<IActionResult> LibraryAsync(string? search, IReadOnlyList<UploadResult> results)
    {
        var files = await media.ListAsync(search, ct: HttpContext.RequestAborted);
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
        var captions = file.Kind is MediaKind.Audio or MediaKind.Video ? await media.ListAsync(null, MediaKind.Captions, HttpContext.RequestAborted) : [];
        return View(Here + "Details.cshtml", new MediaDetailsPage(file, uses, problem, altText, caption, captions));
    }

    // The picker's script reads problem+json whatever its Accept header says; Results.Problem would leave the body to
    // content negotiation, and an empty body would be replaced by the HTML error page.
    private static IResult PickerProblem(string detail, int statusCode) =>
        Results.Json(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = statusCode, Detail = detail }, contentType: "application/problem+json", statusCode: statusCode);
}
