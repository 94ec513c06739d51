using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Training;

namespace PolicyLibrary.Content;

public sealed partial class ContentImporter
{
    private async Task ImportTrainingPlansAsync(ContentSet set, Dictionary<string, TrainingModule> modules,
        ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var existing = await db.TrainingPlans.Include(p => p.Modules).Include(p => p.PlannedSessions)
            .AsSplitQuery().ToDictionaryAsync(p => p.Year, ct);
        foreach (var (file, name, header, body) in set.TrainingPlans)
        {
            var fields = new FieldParser(file, errors);
            var year = TrainingYear(header.Year, fields);
            if (year != 0 && name != year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                fields.Problem($"文件名应为 {year}.md，与 year 字段一致。");
            }

            var added = !existing.TryGetValue(year, out var plan);
            plan ??= new TrainingPlan { Year = year, Title = "", GoalsMarkdown = "", GoalsHtml = "" };
            plan.Title = fields.Required(header.Title, "title", 200);
            if (body.Trim().Length == 0)
            {
                fields.Problem("正文（培训目标）不能为空。");
            }

            (plan.GoalsMarkdown, plan.GoalsHtml) = (body, RenderBody(body, fields, figureList: false));
            var planModules = (header.Modules ?? []).Select(m => Lookup(modules, m.Trim(), "modules", "培训课程", fields)).OfType<TrainingModule>().ToList();
            var sessions = (header.Sessions ?? []).Select((s, i) => PlannedSessionOf(s, i + 1, modules, fields)).ToList();
            if (fields.HasErrors)
            {
                continue;
            }

            var modulesChanged = !planModules.Select(m => m.Slug).Order().SequenceEqual(plan.Modules.Select(m => m.Slug).Order());
            if (modulesChanged)
            {
                plan.Modules = planModules;
            }

            var sessionsChanged = SyncPlannedSessions(plan, sessions);
            if (added)
            {
                db.TrainingPlans.Add(plan);
                existing[year] = plan;
            }

            report.Count("培训规划", added, !added && (IsModified(plan) || modulesChanged || sessionsChanged));
        }
    }

    private static PlannedSession PlannedSessionOf(PlannedSessionFile file, int number, Dictionary<string, TrainingModule> modules, FieldParser fields)
    {
        var name = $"sessions 第 {number} 项";
        var module = string.IsNullOrWhiteSpace(file.Module) ? null : Lookup(modules, file.Module.Trim(), $"{name}.module", "培训课程", fields);
        if (file.Month is not (>= 1 and <= 12))
        {
            fields.Problem($"{name}的 month 应为 1—12。");
        }

        return new PlannedSession
        {
            Number = number,
            Title = fields.Required(file.Title, $"{name}.title", 200),
            Format = fields.Enum<TrainingFormat>(file.Format, $"{name}.format"),
            Month = file.Month ?? 0,
            Module = module,
            Audience = fields.Optional(file.Audience, $"{name}.audience", 200) ?? "",
            Note = fields.Optional(file.Note, $"{name}.note", 500),
        };
    }

    private bool SyncPlannedSessions(TrainingPlan plan, List<PlannedSession> sessions)
    {
        var changed = false;
        foreach (var source in sessions)
        {
            var session = plan.PlannedSessions.FirstOrDefault(s => s.Number == source.Number);
            if (session is null)
            {
                plan.PlannedSessions.Add(source);
                changed = true;
                continue;
            }

            (session.Title, session.Format, session.Month, session.Audience, session.Note) =
                (source.Title, source.Format, source.Month, source.Audience, source.Note);
            (session.Module, session.ModuleId) = (source.Module, source.Module?.Id);

            changed |= IsModified(session);
        }

        foreach (var extra in plan.PlannedSessions.Where(s => s.Number > sessions.Count).ToList())
        {
            plan.PlannedSessions.Remove(extra);
            db.PlannedSessions.Remove(extra);
            changed = true;
        }

        return changed;
    }
}
