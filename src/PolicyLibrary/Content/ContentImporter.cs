using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Content;

/// <summary>
/// Imports a content folder in one transaction: every file is checked, and if any is wrong the database
/// is left exactly as it was. Entries are matched by code, slug or date, so a second import changes nothing.
/// Entries that exist only in the database are kept: import adds and updates, it never deletes.
/// </summary>
public sealed partial class ContentImporter(PolicyLibraryDbContext db, IMediaStore mediaStore, TimeProvider clock, MediaOptions? mediaOptions = null)
{
    /// <summary>The library's files by name, with their variants, so bodies render their images as the editors' saves do.</summary>
    private Dictionary<string, MediaFile> _media = [];

    public async Task<ImportReport> ImportAsync(string root, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report($"读取内容目录 {Path.GetFullPath(root)} …");
        var set = ContentReader.Read(root);
        if (set.Errors.Count > 0)
        {
            throw new ContentImportException(set.Errors);
        }

        var report = new ImportReport();
        var errors = new List<ContentError>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            progress?.Report($"分类 {set.Categories.Count} 个，单位 {set.OrgUnits.Count} 个 …");
            var categories = await ImportCategoriesAsync(set, report, errors, cancellationToken);
            var units = await ImportOrgUnitsAsync(set, report, errors, cancellationToken);
            progress?.Report($"工作日历 {set.Calendars.Count} 年 …");
            await ImportCalendarsAsync(set, report, errors, cancellationToken);
            progress?.Report($"媒体文件 {set.Media.Count} 个 …");
            await ImportMediaAsync(set, report, errors, cancellationToken);
            await SaveUnlessAsync(errors, cancellationToken);
            _media = await db.MediaFiles.Include(m => m.Variants).Include(m => m.Captions).ToDictionaryAsync(m => m.FileName, cancellationToken);
            var finishSearchIndex = await Search.SearchIndex.BeginBulkWriteAsync(db, cancellationToken);

            progress?.Report($"政策文件 {set.Documents.Count} 件 …");
            var documents = await ImportDocumentsAsync(set, categories, units, report, errors, cancellationToken);
            await SaveUnlessAsync(errors, cancellationToken);
            progress?.Report($"政策解读 {set.Interpretations.Count} 篇 …");
            await ImportInterpretationsAsync(set, documents, categories, units, report, errors, cancellationToken);
            await SaveUnlessAsync(errors, cancellationToken);
            await finishSearchIndex(cancellationToken);
            progress?.Report($"培训课程 {set.TrainingModules.Count} 门，培训规划 {set.TrainingPlans.Count} 份 …");
            var modules = await ImportTrainingModulesAsync(set, units, report, errors, cancellationToken);
            await SaveUnlessAsync(errors, cancellationToken);
            await ImportTrainingPlansAsync(set, modules, report, errors, cancellationToken);
            await SaveUnlessAsync(errors, cancellationToken);
            progress?.Report("培训场次与签到记录 …");
            await TrainingSessionContent.ImportAsync(db, root, errors, cancellationToken);
            await SaveUnlessAsync(errors, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }

        await QueryPlannerStatistics.RefreshAsync(db, cancellationToken);
        progress?.Report(report.ToString());
        return report;
    }

    private async Task<Dictionary<string, Category>> ImportCategoriesAsync(
        ContentSet set, ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var existing = await db.Categories.ToDictionaryAsync(c => c.Code, ct);
        var order = 0;
        foreach (var file in set.Categories)
        {
            var fields = new FieldParser(ContentReader.CategoriesFile, errors);
            var code = fields.Code(file.Code, "code");
            var name = fields.Required(file.Name, $"{code}.name", 100);
            var description = fields.Optional(file.Description, $"{code}.description", 500) ?? "";
            var hidden = file.Hidden ?? false;
            if (fields.HasErrors)
            {
                continue;
            }

            var added = !existing.TryGetValue(code, out var category);
            category ??= db.Categories.Add(new Category { Code = code, Name = name }).Entity;
            (category.Name, category.Description, category.SortOrder, category.IsHidden) = (name, description, ++order, hidden);
            existing[code] = category;
            report.Count("分类", added, IsModified(category));
        }

        return existing;
    }

    private async Task<Dictionary<string, OrgUnit>> ImportOrgUnitsAsync(
        ContentSet set, ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var existing = await db.OrgUnits.ToDictionaryAsync(u => u.Code, ct);
        var order = 0;
        foreach (var file in set.OrgUnits)
        {
            var fields = new FieldParser(ContentReader.OrgUnitsFile, errors);
            var code = fields.Code(file.Code, "code");
            var name = fields.Required(file.Name, $"{code}.name", 100);
            var shortName = fields.Optional(file.ShortName, $"{code}.shortName", 50) ?? name;
            var kind = fields.Enum<OrgUnitKind>(file.Kind, $"{code}.kind", OrgUnitKind.Department);
            var indexCode = fields.Optional(file.IndexCode, $"{code}.indexCode", 32);
            if (fields.HasErrors)
            {
                continue;
            }

            var added = !existing.TryGetValue(code, out var unit);
            unit ??= db.OrgUnits.Add(new OrgUnit { Code = code, Name = name, ShortName = shortName }).Entity;
            (unit.Name, unit.ShortName, unit.Kind, unit.IndexCode, unit.SortOrder) = (name, shortName, kind, indexCode, ++order);
            existing[code] = unit;
            report.Count("单位", added, IsModified(unit));
        }

        return existing;
    }

    /// <summary>Saves the stage so later stages see its ids, or stops the import if any file was wrong.</summary>
    private async Task SaveUnlessAsync(List<ContentError> errors, CancellationToken ct)
    {
        if (errors.Count > 0)
        {
            throw new ContentImportException(errors);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether assigning the file's values changed a tracked entity (EF compares with what was loaded).</summary>
    private bool IsModified(object entity)
    {
        var entry = db.Entry(entity);
        entry.DetectChanges();
        return entry.State == EntityState.Modified;
    }
}
