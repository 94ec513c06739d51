using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;

namespace PolicyLibrary.Organisation;

/// <summary>Administrators list, create and edit org units. Every change is audited; a unit's code never changes once created.</summary>
public sealed partial class OrgUnitDirectory(PolicyLibraryDbContext db, AuditLog audit)
{
    public async Task<Permitted<IReadOnlyList<OrgUnitRow>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Permitted<IReadOnlyList<OrgUnitRow>>.Refuse(refusal);
        }

        var rows = await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new OrgUnitRow(u.Id, u.Code, u.Name, u.ShortName, u.Kind, db.Users.Count(s => s.OrgUnitId == u.Id)))
            .ToListAsync(ct);
        return Permitted<IReadOnlyList<OrgUnitRow>>.Allow(rows);
    }

    public async Task<Permitted<OrgUnitRow?>> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Permitted<OrgUnitRow?>.Refuse(refusal);
        }

        var row = await db.OrgUnits.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new OrgUnitRow(u.Id, u.Code, u.Name, u.ShortName, u.Kind, db.Users.Count(s => s.OrgUnitId == u.Id), u.IndexCode))
            .FirstOrDefaultAsync(ct);
        return Permitted<OrgUnitRow?>.Allow(row);
    }

    public async Task<Outcome> CreateAsync(Actor actor, OrgUnitInput input, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var code = input.Code?.Trim() ?? "";
        var errors = Validate(input);
        if (!CodePattern().IsMatch(code))
        {
            errors.Add("Code", "单位代码只能由小写字母、数字和连字符（-）组成，以字母或数字开头，最长 64 个字符。");
        }
        else if (await db.OrgUnits.AnyAsync(u => u.Code == code, ct))
        {
            errors.Add("Code", $"单位代码“{code}”已被使用。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var unit = new OrgUnit
        {
            Code = code,
            Name = input.Name.Trim(),
            ShortName = input.ShortName.Trim(),
            Kind = input.Kind,
            IndexCode = IndexCodeOf(input),
            SortOrder = (await db.OrgUnits.MaxAsync(u => (int?)u.SortOrder, ct) ?? 0) + 1,
        };
        db.OrgUnits.Add(unit);
        audit.Record(actor, AuditAction.OrgUnitManaged, $"创建单位 {unit.Name}（{unit.Code}，{EnumLabels<OrgUnitKind>.Of(unit.Kind)}）");
        await db.SaveChangesAsync(ct);
        return Outcome.Done(unit.Id, "单位已创建。");
    }

    public async Task<Outcome> UpdateAsync(Actor actor, int id, OrgUnitInput input, CancellationToken ct = default)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var unit = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return Outcome.NotFound("单位");
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var changes = new List<string>();
        void Change(string label, string before, string after, Action apply)
        {
            if (before != after)
            {
                changes.Add($"{label}由“{before}”改为“{after}”");
                apply();
            }
        }

        Change("名称", unit.Name, input.Name.Trim(), () => unit.Name = input.Name.Trim());
        Change("简称", unit.ShortName, input.ShortName.Trim(), () => unit.ShortName = input.ShortName.Trim());
        Change("信息公开机构代码", unit.IndexCode ?? "", IndexCodeOf(input) ?? "", () => unit.IndexCode = IndexCodeOf(input));
        Change("类型", EnumLabels<OrgUnitKind>.Of(unit.Kind), EnumLabels<OrgUnitKind>.Of(input.Kind), () => unit.Kind = input.Kind);
        if (changes.Count == 0)
        {
            return Outcome.Done(unit.Id, "没有变化。");
        }

        audit.Record(actor, AuditAction.OrgUnitManaged, $"修改单位 {unit.Code}：{string.Join("；", changes)}");
        await db.SaveChangesAsync(ct);
        return Outcome.Done(unit.Id, "已保存。");
    }

    private static string? IndexCodeOf(OrgUnitInput input) => string.IsNullOrWhiteSpace(input.IndexCode) ? null : input.IndexCode.Trim();

    private static FieldErrors Validate(OrgUnitInput input)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
        {
            errors.Add("Name", "请填写单位名称（100 字以内）。");
        }

        if (string.IsNullOrWhiteSpace(input.ShortName) || input.ShortName.Trim().Length > 50)
        {
            errors.Add("ShortName", "请填写单位简称（50 字以内）。");
        }

        if (IndexCodeOf(input) is { } indexCode && (indexCode.Length > 32 || !indexCode.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add("IndexCode", "信息公开机构代码只能使用字母和数字（32 个字符以内），如 011043070。");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add("Kind", $"请选择单位类型：{EnumLabels<OrgUnitKind>.AllLabels}。");
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();
}
