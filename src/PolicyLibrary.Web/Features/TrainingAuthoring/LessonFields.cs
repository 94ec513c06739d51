using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Web.Features.TrainingAuthoring;

public sealed class LessonFields
{
    [Display(Name = "课时标题")]
    public string? Title { get; set; }

    [Display(Name = "正文")]
    public string? BodyMarkdown { get; set; }

    public Guid? Version { get; set; }
}
