namespace PolicyLibrary.Training;

/// <summary>One lesson of a module, read in order.</summary>
public class Lesson
{
    public int Id { get; set; }
    public int ModuleId { get; set; }
    public TrainingModule? Module { get; set; }

    /// <summary>1-based position in the module.</summary>
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string BodyMarkdown { get; set; }

    /// <summary>Rendered and sanitised on save, like document bodies.</summary>
    public required string BodyHtml { get; set; }
}
