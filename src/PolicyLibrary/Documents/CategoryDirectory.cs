using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Documents;

/// <summary>
/// Administrators keep the proactive-disclosure catalogue (主动公开目录). A category that documents are filed under is
/// never deleted — the database's foreign key refuses it even against a racing edit — it is merged into another or
/// hidden.
/// </summary>
public sealed partial class CategoryDirectory(PolicyLibraryDbContext db, AuditLog audit)
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 500;

    public async Task<Permitted<IReadOnlyList<CategoryRow>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (Permissions.EditCategories(actor) is { } refusal)
        {
            return Permitted<IReadOnlyList<CategoryRow>>.Refuse(refusal);
        }

        return Permitted<IReadOnlyList<CategoryRow>>.Allow(await Rows().ToListAsync(ct));
    }

    public async Task<Permitted<CategoryRow?>> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        if (Permissions.EditCategories(actor) is { } refusal)
        {
            return Permitted<CategoryRow?>.Refuse(refusal);
        }

        return Permitted<CategoryRow?>.Allow(await Rows().FirstOrDefaultAsync(c => c.Id == id, ct));
    }

    public async Task<Outcome> CreateAsync(Actor actor, CategoryInput input, CancellationToken ct = default)
    {
        if (Permissions.EditCategories(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var code = input.Code?.Trim() ?? "";
        var errors = Validate(input);
        if (!CodePattern().IsMatch(code))
        {
            errors.Add("Code", "分类代码只能由小写字母、数字和连字符（-）组成，以字母或数字开头，最长 64 个字符。");
        }
        else if (await db.Categories.AnyAsync(c => c.Code == code, ct))
        {
            errors.Add("Code", $"分类代码“{code}”已被使用。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var category = new Category
        {
            Code = code,
            Name = input.Name!.Trim(),
            Description = input.Description?.Trim() ?? "",
            SortOrder = input.SortOrder ?? (await db.Categories.MaxAsync(c => (int?)c.SortOrder, ct) ?? 0) + 1,
            IsHidden = input.IsHidden,
        };
        db.Categories.Add(category);
        audit.Record(actor, AuditAction.CategoryManaged, $"新建分类 {category.Name}（{category.Code}）{(category.IsHidden ? "，已停用" : "")}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Invalid(new Dictionary<string, string> { ["Code"] = $"分类代码“{code}”已被使用。" });
        }

        return Outcome.Done(category.Id, "分类已创建。");
    }

    public async Task<Outcome> UpdateAsync(Actor actor, int id, CategoryInput input, CancellationToken ct = default)
    {
        if (Permissions.EditCategories(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } category)
        {
            return Outcome.NotFound("分类");
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var changes = new List<string>();
        void Change<T>(string label, T before, T after, Action apply)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add($"{label}由“{before}”改为“{after}”");
                apply();
            }
        }

        Change("名称", category.Name, input.Name!.Trim(), () => category.Name = input.Name.Trim());
        Change("说明", category.Description, input.Description?.Trim() ?? "", () => category.Description = input.Description?.Trim() ?? "");
        Change("排序", category.SortOrder, input.SortOrder ?? category.SortOrder, () => category.SortOrder = input.SortOrder ?? category.SortOrder);
        Change("状态", category.IsHidden ? "停用" : "启用", input.IsHidden ? "停用" : "启用", () => category.IsHidden = input.IsHidden);
        if (changes.Count == 0)
        {
            return Outcome.Done(id, "没有变化。");
        }

        audit.Record(actor, AuditAction.CategoryManaged, $"修改分类 {category.Code}：{string.Join("；", changes)}");
        await db.SaveChangesAsync(ct);
        return Outcome.Done(id, "已保存。");
    }

    /// <summary>Deletes an unused category; one with documents is refused with the two ways that remain.</summary>
    public async Task<Outcome> DeleteAsync(Actor actor, int id, CancellationToken ct = default)
    {
        if (Permissions.EditCategories(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } category)
        {
            return Outcome.NotFound("分类");
        }

        var inUse = await db.Documents.CountAsync(d => d.CategoryId == id, ct);
        if (inUse > 0)
        {
            return InUse(category, inUse);
        }

        db.Categories.Remove(category);
        audit.Record(actor, AuditAction.CategoryManaged, $"删除分类 {category.Name}（{category.Code}）");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A document was filed under it between the count and the delete: the foreign key kept it.
            db.ChangeTracker.Clear();
            return InUse(category, await db.Documents.CountAsync(d => d.CategoryId == id, ct));
        }

        return Outcome.Done(id, $"已删除分类“{category.Name}”。");
    }

    /// <summary>Moves every document of one category into another and deletes the emptied one, in one transaction.</summary>
    public async Task<Outcome> MergeAsync(Actor actor, int id, int intoId, CancellationToken ct = default)
    {
        if (Permissions.EditCategories(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        var into = await db.Categories.FirstOrDefaultAsync(c => c.Id == intoId, ct);
        if (category is null)
        {
            return Outcome.NotFound("分类");
        }

        if (into is null || into.Id == id)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["IntoId"] = "请选择要并入的另一个分类。" });
        }

        if (into.IsHidden)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["IntoId"] = $"分类“{into.Name}”已停用，不能并入。" });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A new version for every moved document, so a form opened before the merge reports the change instead of
        // writing the old category back.
        var moved = await db.Documents.Where(d => d.CategoryId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.CategoryId, intoId).SetProperty(d => d.Version, Guid.NewGuid()), ct);
        db.Categories.Remove(category);
        audit.Record(actor, AuditAction.CategoryManaged, $"将分类 {category.Name}（{category.Code}）的 {moved} 件文件并入 {into.Name}（{into.Code}），并删除原分类");
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return Outcome.Conflict("合并期间又有文件归入了该分类，未做任何改动，请重试。");
        }

        return Outcome.Done(intoId, $"已将 {moved} 件文件并入“{into.Name}”，并删除分类“{category.Name}”。");
    }

    private static Outcome InUse(Category category, int count) => Outcome.Refused(
        $"分类“{category.Name}”下还有 {count} 件文件，不能删除：可以将它并入其他分类，或将它停用（不再在网站上显示、不再供新文件选择）。");

    private IQueryable<CategoryRow> Rows() => db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
        .Select(c => new CategoryRow(c.Id, c.Code, c.Name, c.Description, c.SortOrder, c.IsHidden, db.Documents.Count(d => d.CategoryId == c.Id)));

    private static FieldErrors Validate(CategoryInput input)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > NameMaxLength)
        {
            errors.Add("Name", $"请填写分类名称（{NameMaxLength} 字以内）。");
        }

        if (input.Description?.Trim().Length > DescriptionMaxLength)
        {
            errors.Add("Description", $"说明不能超过 {DescriptionMaxLength} 字。");
        }

        if (input.SortOrder is < 0 or > 10_000)
        {
            errors.Add("SortOrder", "排序请填写 0 至 10000 之间的整数。");
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex CodePattern();
}
