using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Hosting;

public static class TrainingSetup
{
    /// <summary>Staff study: modules, lessons, quizzes, progress and certificates; the public certificate check.</summary>
    public static WebApplicationBuilder AddPolicyLibraryTraining(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TrainingQueries>();
        builder.Services.AddScoped<TrainingProgress>();
        builder.Services.AddScoped<ModuleEditor>();
        builder.Services.AddScoped<PlanEditor>();
        builder.Services.AddScoped<PlanProgress>();
        builder.Services.AddScoped<ModuleAuthoringQueries>();
        return builder;
    }
}
