using System.Globalization;
using System.Net;
using System.Text.Json;

namespace PolicyLibrary.Tests.Support;

/// <summary>A lecture starting in five minutes, scheduled and opened for check-in through the coordinator's pages of a running site.</summary>
public static class OpenedSessions
{
    /// <summary>Returns the session's id and its current check-in code (rotating every 10 minutes, so it holds for a test).</summary>
    public static async Task<(int Id, string Code)> OpenAsync(HttpClient coordinator, string title, int? capacity = null)
    {
        var starts = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(5);
        string Local(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Format"] = "Lecture",
            ["StartsAt"] = Local(starts),
            ["EndsAt"] = Local(starts.AddHours(2)),
            ["Place"] = "会议室",
            ["Trainer"] = "演练",
            ["LateAfterMinutes"] = "60",
            ["CodeRotationSeconds"] = "600",
        };
        if (capacity is { } limit)
        {
            form["Capacity"] = limit.ToString(CultureInfo.InvariantCulture);
        }

        using var scheduled = await coordinator.PostFormAsync("/manager/training/sessions/new", "/manager/training/sessions", form);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var page = scheduled.Headers.Location!.OriginalString;
        var id = int.Parse(page.Split('/')[^1], CultureInfo.InvariantCulture);
        using var opened = await coordinator.PostFormAsync(page, $"{page}/open", []);
        using var state = JsonDocument.Parse(await coordinator.GetStringAsync(new Uri($"{page}/check-in/state", UriKind.Relative)));
        return (id, state.RootElement.GetProperty("code").GetString()!);
    }
}
