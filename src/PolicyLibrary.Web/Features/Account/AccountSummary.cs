namespace PolicyLibrary.Web.Features.Account;

public sealed record AccountSummary(string UserName, string DisplayName, string OrgUnitName, IReadOnlyList<string> Roles);
