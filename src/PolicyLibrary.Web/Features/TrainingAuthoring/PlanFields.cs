using System.ComponentModel.DataAnnotations;
using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingAuthoring;

/// <summary>The annual plan's form: goals, the modules ticked, and the planned sessions as rows (blank rows add, a ticked box removes).</summary>
public sealed class PlanFields
{
    [Display(Name = "年度")]
    public int? Year { get; set; }

    [Display(Name = "规划名称")]
    public string? Title { get; set; }

    [Display(Name = "培训目标")]
    public string? GoalsMarkdown { get; set; }

    public List<string> ModuleSlugs { get; set; } = [];
    public List<PlannedSessionFields> Sessions { get; set; } = [];
    public Guid? Version { get; set; }

    public static PlanFields From(ManagerPlan plan) => new()
    {
        Year = plan.Year,
        Title = plan.Title,
        GoalsMarkdown = plan.GoalsMarkdown,
        ModuleSlugs = [.. plan.Modules.Select(m => m.Slug)],
        Sessions = [.. plan.Entries.Select(e => new PlannedSessionFields
        {
            Id = e.Id, Title = e.Title, Format = e.Format, Month = e.Month, ModuleSlug = e.ModuleSlug, Audience = e.Audience, Note = e.Note,
        })],
        Version = plan.Version,
    };

    public PlanInput ToInput() => new()
    {
        Year = Year,
        Title = Title ?? "",
        GoalsMarkdown = GoalsMarkdown ?? "",
        ModuleSlugs = [.. ModuleSlugs.Distinct()],
        Sessions = [.. Sessions.Where(s => !s.Remove && !s.IsBlank).Select(s => new PlannedSessionInput(
            s.Id, s.Title ?? "", s.Format, s.Month, string.IsNullOrWhiteSpace(s.ModuleSlug) ? null : s.ModuleSlug, s.Audience ?? "", s.Note))],
    };

    /// <summary>The form shown: the rows as typed and two blank rows to add.</summary>
    public PlanFields WithSpares()
    {
        while (Sessions.Count(s => s.IsBlank) < 2)
        {
            Sessions.Add(new PlannedSessionFields());
        }

        return this;
    }
}

public sealed class PlannedSessionFields
{
    public int? Id { get; set; }
    public string? Title { get; set; }
    public TrainingFormat Format { get; set; }
    public int? Month { get; set; }
    public string? ModuleSlug { get; set; }
    public string? Audience { get; set; }
    public string? Note { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Title) && Month is null && string.IsNullOrWhiteSpace(Note) && string.IsNullOrWhiteSpace(Audience);
}
