using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Media;

namespace PolicyLibrary.Web.Features.Media;

/// <summary>
/// The image picker under a body's textarea: the library's latest images with the Markdown to copy (all that is
/// needed without JavaScript); with <c>media-picker.js</c> pick or upload one, give its alt text, and it is written at
/// the cursor.
/// </summary>
public sealed class MediaPickerViewComponent(MediaQueries media) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string target = "BodyMarkdown") =>
        View("~/Features/Media/_MediaPicker.cshtml",
            new MediaPickerModel(target, await media.ListAsync(null, MediaKind.Image, HttpContext.RequestAborted)));
}
