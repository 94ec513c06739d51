using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;

namespace PolicyLibrary.Organisation;

/// <summary>Administrators manage staff accounts: create, change unit and roles, import from CSV. Every change is audited.</summary>
public sealed class StaffDirectory(PolicyLibraryDbContext db, UserManager<StaffMember> users, AuditLog audit)
{
    /// <summary>The CSV header, in the order the import expects.</summary>
    public const int MaxRows = 5000;

    public static readonly string[] CsvHeader = ["用户名", "姓名", "邮箱", "单位代码", "角色", "初始密码"];

    public async Task<Outcome> CreateAsync(Actor actor, StaffInput input, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var (outcome, _) = await CreateUserAsync(actor, input, passwordChangeRequired: true, ct);
        return outcome;
    }

    public async Task<Outcome> ChangeAsync(Actor actor, string userId, string orgUnitCode, IReadOnlyList<string> roles, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var user = await users.FindByIdAsync(userId);
        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Code == orgUnitCode, ct);
        var parsed = roles.Select(RoleNames.Parse).ToList();
        if (user is null)
        {
            return Outcome.NotFound("用户");
        }

        if (unit is null || parsed.Count == 0 || parsed.Any(r => r is null))
        {
            return Outcome.Invalid(new Dictionary<string, string> { [unit is null ? "OrgUnitCode" : "Roles"] = unit is null ? "单位不存在。" : "角色无效：请至少选择一个有效的角色。" });
        }

        if (user.Id == actor.UserId && !parsed.Contains(Roles.Administrator))
        {
            return Outcome.Refused("不能取消自己的系统管理员角色，以免无人能管理系统。");
        }

        var current = await users.GetRolesAsync(user);
        var wanted = parsed.OfType<string>().ToHashSet();
        var changes = new List<string>();

        // Identity saves each step by itself; one transaction keeps the unit, the roles and the audit event together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (user.OrgUnitId != unit.Id)
        {
            changes.Add($"单位变更为{unit.Name}");
            user.OrgUnitId = unit.Id;
            Check(await users.UpdateAsync(user));
        }

        if (!wanted.SetEquals(current))
        {
            Check(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
            Check(await users.AddToRolesAsync(user, wanted.Except(current)));
            changes.Add($"角色变更为{string.Join("、", wanted.Select(RoleNames.Of))}");
        }

        if (changes.Count > 0)
        {
            audit.Record(actor, AuditAction.PermissionsChanged, $"{user.DisplayName}（{user.UserName}）：{string.Join("；", changes)}");
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return Outcome.Done(0, changes.Count > 0 ? "已保存。" : "没有变化。");
    }

    /// <summary>Imports staff from CSV (header <see cref="CsvHeader"/>): each valid row is created, each other one reported.</summary>
    // passwordChangeRequired: each account changes its initial password at first sign-in (an administrator's import);
    // the command-line import is the operator's own set-up, as the first administrator is.
    public async Task<IReadOnlyList<StaffImportRow>> ImportCsvAsync(Actor actor, Stream csv, bool passwordChangeRequired = true, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return [new StaffImportRow(0, "", false, refusal)];
        }

        var report = new List<StaffImportRow>();
        using var reader = new StreamReader(csv, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.Trim });
        try
        {
            if (!await parser.ReadAsync().WaitAsync(ct) || !parser.ReadHeader() || !CsvHeader.SequenceEqual(parser.HeaderRecord ?? []))
            {
                return [new StaffImportRow(1, "", false, $"第一行必须是表头：{string.Join(",", CsvHeader)}")];
            }

            while (await parser.ReadAsync().WaitAsync(ct))
            {
                if (report.Count == MaxRows)
                {
                    report.Add(new StaffImportRow(parser.Parser.Row, "", false, $"一次最多导入 {MaxRows} 行，其余行未导入。"));
                    break;
                }

                var line = parser.Parser.Row;
                string Field(int i) => parser.GetField(i) ?? "";
                var input = new StaffInput(Field(0), Field(1), Field(2), Field(3),
                    Field(4).Split([';', '；', '、', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Field(5));
                var (outcome, _) = await CreateUserAsync(actor, input, passwordChangeRequired, ct);
                report.Add(new StaffImportRow(line, input.UserName, outcome.Succeeded,
                    outcome.Succeeded ? "已创建" : outcome.Errors.Count > 0 ? string.Join("；", outcome.Errors.Values) : outcome.Message));
            }
        }
        catch (CsvHelperException e)
        {
            report.Add(new StaffImportRow(e.Context?.Parser?.Row ?? 0, "", false, "CSV 格式错误，已停止读取后续行。"));
        }

        return report;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("保存用户失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }

    private async Task<(Outcome, StaffMember?)> CreateUserAsync(Actor actor, StaffInput input, bool passwordChangeRequired, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.UserName) || input.UserName.Length > 64)
        {
            errors.Add("UserName", "请填写用户名（64 个字符以内）。");
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 50)
        {
            errors.Add("DisplayName", "请填写姓名（50 字以内）。");
        }

        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Code == input.OrgUnitCode.Trim(), ct);
        if (unit is null)
        {
            errors.Add("OrgUnitCode", $"单位“{input.OrgUnitCode}”不存在。");
        }

        var roles = input.Roles.Select(RoleNames.Parse).ToList();
        if (roles.Count == 0 || roles.Any(r => r is null))
        {
            errors.Add("Roles", $"角色无效，可用：{string.Join("、", Roles.All.Select(RoleNames.Of))}。");
        }

        if (errors.Count > 0)
        {
            return (Outcome.Invalid(errors), null);
        }

        var user = new StaffMember
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            OrgUnitId = unit!.Id,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            // Each of Identity's refusals goes with the field it is about (user name, email or password).
            var byField = created.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
                    : e.Code.Contains("Email", StringComparison.Ordinal) ? "Email"
                    : e.Code.Contains("UserName", StringComparison.Ordinal) ? "UserName" : "Password")
                .ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => e.Description)));
            return (Outcome.Invalid(byField), null);
        }

        await users.AddToRolesAsync(user, roles.OfType<string>().Distinct());
        if (passwordChangeRequired)
        {
            // The administrator chose this password: the person chooses their own at first sign-in.
            await new PasswordChanges(users, audit, db).RequireAsync(user);
        }

        audit.Record(actor, AuditAction.UserManaged, $"创建用户 {user.DisplayName}（{user.UserName}），单位 {unit.Name}，角色 {string.Join("、", roles.OfType<string>().Select(RoleNames.Of))}");
        await db.SaveChangesAsync(ct);
        return (Outcome.Done(0, "用户已创建。"), user);
    }
}
