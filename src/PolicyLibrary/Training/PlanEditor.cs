using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>Writing the annual training plan: one per year, goals in Markdown, its modules and planned sessions.</summary>
public sealed class PlanEditor(PolicyLibraryDbContext db, AuditLog audit)
{
    /// <summary>Creates the plan of <c>input.Year</c> (<paramref name="year"/> null) or saves the plan of <paramref name="year"/>.</summary>
    public async Task<Outcome> SaveAsync(Actor actor, int? year, PlanInput input, Guid? expectedVersion, CancellationToken ct = default)
    {
        if (Permissions.AuthorTraining(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var plan = year is null ? null : await db.TrainingPlans.Include(p => p.Modules).Include(p => p.PlannedSessions)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (year is not null && plan is null)
        {
            return Outcome.NotFound("培训规划");
        }

        if (plan is not null && plan.Version != expectedVersion)
        {
            return Outcome.Conflict($"操作未执行：在此期间，{plan.Year} 年培训规划已被他人修改。请重新打开后再修改。");
        }

        var slugs = input.ModuleSlugs.Concat(input.Sessions.Select(s => s.ModuleSlug).OfType<string>()).Distinct().ToList();
        var modules = await db.TrainingModules.Where(m => slugs.Contains(m.Slug)).ToDictionaryAsync(m => m.Slug, ct);
        var errors = Check(input, modules);
        if (plan is null && input.Year is { } newYear && await db.TrainingPlans.AnyAsync(p => p.Year == newYear, ct))
        {
            errors.Add("Year", $"{newYear} 年的培训规划已存在，请修改它。");
        }

        if (plan is not null && input.Sessions.Any(s => s.Id is { } id && plan.PlannedSessions.All(p => p.Id != id)))
        {
            errors.Add("Sessions", "计划场次不属于该规划。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var added = plan is null;
        plan ??= new TrainingPlan { Year = input.Year!.Value, Title = "", GoalsMarkdown = "", GoalsHtml = "" };
        plan.Title = input.Title.Trim();
        (plan.GoalsMarkdown, plan.GoalsHtml) = (input.GoalsMarkdown, MarkdownRenderer.ToHtml(input.GoalsMarkdown));
        plan.Modules = [.. input.ModuleSlugs.Distinct().Select(s => modules[s])];
        SyncSessions(plan, input.Sessions, modules);
        plan.Version = Guid.NewGuid();
        if (added)
        {
            db.TrainingPlans.Add(plan);
        }

        audit.Record(actor, AuditAction.PlanEdited, $"{(added ? "编写" : "修改")}{plan.Year} 年培训规划《{plan.Title}》");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict($"操作未执行：在此期间，{plan.Year} 年培训规划已被他人修改。请重新打开后再修改。");
        }

        return Outcome.Done(plan.Year, "培训规划已保存。");
    }

    private static FieldErrors Check(PlanInput input, Dictionary<string, TrainingModule> modules)
    {
        var errors = new FieldErrors();
        if (input.Year is not (>= 2000 and <= 2100))
        {
            errors.Add("Year", "请填写年度（2000—2100）。");
        }

        if (input.Title.Trim().Length is 0 or > 200)
        {
            errors.Add("Title", "请填写规划名称（200 字以内）。");
        }

        if (input.GoalsMarkdown.Trim().Length == 0 || input.GoalsMarkdown.Length > 100_000)
        {
            errors.Add("GoalsMarkdown", "请填写培训目标。");
        }

        if (input.ModuleSlugs.FirstOrDefault(s => !modules.ContainsKey(s)) is { } missing)
        {
            errors.Add("ModuleSlugs", $"培训课程“{missing}”不存在。");
        }

        foreach (var (s, number) in input.Sessions.Select((s, i) => (s, i + 1)))
        {
            var name = $"第 {number} 项计划场次";
            if (s.Title.Trim().Length is 0 or > 200)
            {
                errors.Add("Sessions", $"{name}：请填写名称（200 字以内）。");
            }
            else if (!Enum.IsDefined(s.Format))
            {
                errors.Add("Sessions", $"{name}：请选择培训形式。");
            }
            else if (s.Month is not (>= 1 and <= 12))
            {
                errors.Add("Sessions", $"{name}：月份应为 1—12。");
            }
            else if (s.ModuleSlug is { } slug && !modules.ContainsKey(slug))
            {
                errors.Add("Sessions", $"{name}：培训课程“{slug}”不存在。");
            }
            else if (s.Audience.Length > 200 || (s.Note?.Length ?? 0) > 500)
            {
                errors.Add("Sessions", $"{name}：参训对象 200 字、备注 500 字以内。");
            }
        }

        return errors;
    }

    private void SyncSessions(TrainingPlan plan, IReadOnlyList<PlannedSessionInput> sessions, Dictionary<string, TrainingModule> modules)
    {
        var kept = sessions.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        foreach (var removed in plan.PlannedSessions.Where(p => !kept.Contains(p.Id)).ToList())
        {
            plan.PlannedSessions.Remove(removed);
            db.PlannedSessions.Remove(removed);
        }

        foreach (var (source, number) in sessions.Select((s, i) => (s, i + 1)))
        {
            var entry = plan.PlannedSessions.FirstOrDefault(p => source.Id is { } id && p.Id == id);
            if (entry is null)
            {
                entry = new PlannedSession { Title = "" };
                plan.PlannedSessions.Add(entry);
            }

            entry.Number = number;
            entry.Title = source.Title.Trim();
            entry.Format = source.Format;
            entry.Month = source.Month!.Value;
            entry.Module = source.ModuleSlug is { } slug ? modules[slug] : null;
            entry.ModuleId = entry.Module?.Id;
            entry.Audience = source.Audience.Trim();
            entry.Note = string.IsNullOrWhiteSpace(source.Note) ? null : source.Note.Trim();
        }
    }
}
