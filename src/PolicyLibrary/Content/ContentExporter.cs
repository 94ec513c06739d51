using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Calendar;
using PolicyLibrary.Data;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Content;

/// <summary>Writes the database out as a content folder in the format <see cref="ContentImporter"/> reads.</summary>
public sealed partial class ContentExporter(PolicyLibraryDbContext db, IMediaStore mediaStore)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task ExportAsync(string root, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        Directory.CreateDirectory(root);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CategoryFile { Code = c.Code, Name = c.Name, Description = NullIfEmpty(c.Description), Hidden = c.IsHidden ? true : null })
            .ToListAsync(ct);
        await WriteAsync(root, ContentReader.CategoriesFile, FrontMatter.WriteYaml(categories), ct);

        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ToListAsync(ct);
        await WriteAsync(root, ContentReader.OrgUnitsFile, FrontMatter.WriteYaml(units.Select(u => new OrgUnitFile
        {
            Code = u.Code,
            Name = u.Name,
            ShortName = u.ShortName,
            Kind = EnumLabels<OrgUnitKind>.Of(u.Kind),
            IndexCode = u.IndexCode,
        }).ToList()), ct);

        var days = await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(ct);
        foreach (var year in await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct))
        {
            await WriteAsync(root, $"{ContentReader.CalendarFolder}/{year.Year}.yaml",
                FrontMatter.WriteYaml(CalendarFileOf(year, days.Where(d => d.Date.Year == year.Year))), ct);
        }

        progress?.Report("导出媒体文件 …");
        foreach (var media in await db.MediaFiles.AsNoTracking().OrderBy(m => m.FileName).ToListAsync(ct))
        {
            await using var source = mediaStore.OpenRead(media.Sha256)
                ?? throw new InvalidOperationException($"媒体文件 {media.FileName} 的内容（{media.Sha256}）缺失。");
            var path = Path.Combine(root, ContentReader.MediaFolder, media.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var target = File.Create(path);
            await source.CopyToAsync(target, ct);
        }

        progress?.Report("导出政策文件 …");
        var documents = await db.Documents.AsNoTracking()
            .Include(d => d.DraftingUnit).Include(d => d.Category).Include(d => d.ReplacedBy).Include(d => d.CoIssuingUnits)
            .OrderBy(d => d.Slug).ToListAsync(ct);
        foreach (var d in documents)
        {
            await WriteAsync(root, $"{ContentReader.DocumentsFolder}/{d.Slug}.md", FrontMatter.WriteMarkdown(ContentFileMapping.ToFile(d), d.BodyMarkdown), ct);
        }

        progress?.Report("导出政策解读 …");
        var interpretations = await db.Interpretations.AsNoTracking()
            .Include(i => i.Document).Include(i => i.InterpretingUnit).OrderBy(i => i.Slug).ToListAsync(ct);
        foreach (var i in interpretations)
        {
            await WriteAsync(root, $"{ContentReader.InterpretationsFolder}/{i.Slug}.md", FrontMatter.WriteMarkdown(ContentFileMapping.ToFile(i), i.BodyMarkdown), ct);
        }

        progress?.Report("导出培训课程与培训规划 …");
        await ExportTrainingAsync(root, ct);
        await TrainingSessionContent.ExportAsync(db, root, (relative, text) => WriteAsync(root, relative, text, ct), ct);

        progress?.Report($"已导出 {documents.Count} 件文件、{interpretations.Count} 篇解读到 {Path.GetFullPath(root)}");
    }

    private static CalendarFile CalendarFileOf(CalendarYear year, IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        var holidays = new List<HolidayRangeFile>();
        foreach (var day in list.Where(d => d.Kind == CalendarDayKind.Holiday))
        {
            var last = holidays.LastOrDefault();
            if (last is not null && last.Name == day.Name && last.To == Format(day.Date.AddDays(-1)))
            {
                last.To = Format(day.Date);
            }
            else
            {
                holidays.Add(new HolidayRangeFile { Name = day.Name, From = Format(day.Date), To = Format(day.Date) });
            }
        }

        return new CalendarFile
        {
            Year = year.Year,
            Notice = NullIfEmpty(year.Notice),
            Holidays = holidays,
            Workdays = [.. list.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => new WorkdayFile { Name = d.Name, Date = Format(d.Date) })],
        };
    }

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static Task WriteAsync(string root, string relative, string text, CancellationToken ct)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return File.WriteAllTextAsync(path, text, Utf8, ct);
    }
}
