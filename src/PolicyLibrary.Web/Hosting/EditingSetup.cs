using PolicyLibrary.Audit;
using PolicyLibrary.Calendar;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Manager;
using PolicyLibrary.Review;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Web.Hosting;

public static class EditingSetup
{
    /// <summary>The editors' side: drafting, 谁起草谁解读, review and publishing, revisions, audit and deadlines.</summary>
    public static WebApplicationBuilder AddPolicyLibraryEditing(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ReviewOptions>(builder.Configuration.GetSection($"{PolicyLibraryOptions.Section}:Review"));
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditQueries>();
        builder.Services.AddScoped<RevisionLog>();
        builder.Services.AddScoped<RevisionComparison>();
        builder.Services.AddScoped<DocumentEditor>();
        builder.Services.AddScoped<InterpretationEditor>();
        builder.Services.AddScoped<ReviewWorkflow>();
        builder.Services.AddScoped<InterpretationDeadlines>();
        builder.Services.AddScoped<ManagerQueries>();
        builder.Services.AddScoped<ManagerLists>();
        builder.Services.AddScoped<CalendarEditor>();
        builder.Services.AddScoped<CategoryDirectory>();
        builder.Services.AddScoped<CurrentActor>();
        if (builder.Configuration.GetValue($"{PolicyLibraryOptions.Section}:{nameof(PolicyLibraryOptions.BackgroundWork)}", true))
        {
            builder.Services.AddHostedService<ScheduledPublisher>();
        }
        return builder;
    }
}
