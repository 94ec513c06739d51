namespace PolicyLibrary.Content;

/// <summary>Reads a content folder from disk. Syntax problems become <see cref="ContentError"/>s naming the file.</summary>
internal static class ContentReader
{
    public const string CategoriesFile = "categories.yaml";
    public const string OrgUnitsFile = "org-units.yaml";
    public const string CalendarFolder = "calendar";
    public const string DocumentsFolder = "documents";
    public const string InterpretationsFolder = "interpretations";
    public const string MediaFolder = "media";
    public const string TrainingFolder = "training";
    public const string TrainingPlansFolder = "training/plans";

    public static ContentSet Read(string root)
    {
        var set = new ContentSet { Root = root };
        if (!Directory.Exists(root))
        {
            set.Errors.Add(new ContentError(root, "内容目录不存在。"));
            return set;
        }

        ReadList(root, CategoriesFile, set.Categories, set.Errors);
        ReadList(root, OrgUnitsFile, set.OrgUnits, set.Errors);

        foreach (var (file, path) in FilesIn(root, CalendarFolder, "*.yaml"))
        {
            Parse(file, set.Errors, () => set.Calendars.Add((file, FrontMatter.ReadYaml<CalendarFile>(File.ReadAllText(path)))));
        }

        // Documents and interpretations are only listed here; the importer parses them a batch at a time, so a
        // library of 100,000 files is never held in memory at once.
        set.Documents.AddRange(FilesIn(root, DocumentsFolder, "*.md").Select(f => f.File));
        set.Interpretations.AddRange(FilesIn(root, InterpretationsFolder, "*.md").Select(f => f.File));

        set.TrainingModules.AddRange(ReadAll<TrainingModuleFile>(root, TrainingFolder, set.Errors));
        set.TrainingPlans.AddRange(ReadAll<TrainingPlanFile>(root, TrainingPlansFolder, set.Errors));
        set.Media.AddRange(FilesIn(root, MediaFolder, "*"));
        return set;
    }

    /// <summary>Parses one Markdown file with front matter, or records why it cannot be parsed and returns null.</summary>
    public static ContentFile<T>? ReadMarkdown<T>(string root, string file, List<ContentError> errors) where T : class, new()
    {
        ContentFile<T>? read = null;
        Parse(file, errors, () =>
        {
            var (header, body) = FrontMatter.ReadMarkdown<T>(File.ReadAllText(Path.Combine(root, file)));
            read = new ContentFile<T>(file, SlugOf(file), header, body);
        });
        return read;
    }

    private static IEnumerable<(string File, string Slug, T Header, string Body)> ReadAll<T>(string root, string folder, List<ContentError> errors)
        where T : class, new() => FilesIn(root, folder, "*.md")
            .Select(f => ReadMarkdown<T>(root, f.File, errors))
            .OfType<ContentFile<T>>()
            .Select(m => (m.File, m.Slug, m.Header, m.Body));

    private static void ReadList<T>(string root, string name, List<T> into, List<ContentError> errors) where T : class
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(name, "文件不存在。"));
            return;
        }

        Parse(name, errors, () => into.AddRange(FrontMatter.ReadYaml<List<T>>(FrontMatter.Normalise(File.ReadAllText(path)))));
    }

    private static void Parse(string file, List<ContentError> errors, Action parse)
    {
        try
        {
            parse();
        }
        catch (FormatException e)
        {
            errors.Add(new ContentError(file, e.Message));
        }
    }

    private static IEnumerable<(string File, string FullPath)> FilesIn(string root, string folder, string pattern)
    {
        var directory = Path.Combine(root, folder);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern)
                .Where(p => !Path.GetFileName(p).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .Select(p => ($"{folder}/{Path.GetFileName(p)}", p))
            : [];
    }

    private static string SlugOf(string path) => Path.GetFileNameWithoutExtension(path);
}
