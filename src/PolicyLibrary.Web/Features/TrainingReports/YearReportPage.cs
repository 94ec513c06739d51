using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingReports;

/// <summary>A year's report and the years there is something to report on.</summary>
public sealed record YearReportPage(YearReport Report, IReadOnlyList<int> Years);
