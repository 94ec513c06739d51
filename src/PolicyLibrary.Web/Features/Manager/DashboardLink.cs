namespace PolicyLibrary.Web.Features.Manager;

/// <summary>A link of the dashboard: its text and the action it leads to, for the anchor tag helper to route.</summary>
public sealed record DashboardLink(string Text, string Controller, string Action);
