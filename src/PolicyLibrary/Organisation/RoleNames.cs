namespace PolicyLibrary.Organisation;

/// <summary>The Chinese names of the roles, as the UI and CSV files write them.</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        [Roles.Administrator] = "系统管理员",
        [Roles.Drafter] = "起草人",
        [Roles.Reviewer] = "审核人",
        [Roles.TrainingCoordinator] = "培训管理员",
        [Roles.Staff] = "工作人员",
    };

    public static string Of(string role) => Names.GetValueOrDefault(role, role);

    /// <summary>A role from its name in English or Chinese, or null.</summary>
    public static string? Parse(string text)
    {
        var value = text.Trim();
        return Roles.All.FirstOrDefault(r => string.Equals(r, value, StringComparison.OrdinalIgnoreCase) || Names[r] == value);
    }
}
