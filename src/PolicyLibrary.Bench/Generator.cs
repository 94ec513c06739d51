using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PolicyLibrary.Bench;

/// <summary>
/// Writes a content folder of N generated documents in the content/ format, about two thirds with an interpretation,
/// reusing the seed's categories, org units and calendars. Deterministic: the same N gives the same files.
/// </summary>
internal static class Generator
{
    private const string Numerals = "一二三四五六七八九十";

    public static int Run(int count, string target)
    {
        var watch = Stopwatch.StartNew();
        var seed = FindSeedContent();
        Directory.CreateDirectory(Path.Combine(target, "documents"));
        Directory.CreateDirectory(Path.Combine(target, "interpretations"));
        Directory.CreateDirectory(Path.Combine(target, "calendar"));
        File.Copy(Path.Combine(seed, "categories.yaml"), Path.Combine(target, "categories.yaml"), overwrite: true);
        File.Copy(Path.Combine(seed, "org-units.yaml"), Path.Combine(target, "org-units.yaml"), overwrite: true);
        foreach (var file in Directory.GetFiles(Path.Combine(seed, "calendar"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(target, "calendar", Path.GetFileName(file)), overwrite: true);
        }

        // Seeded, so every run writes the same library; not used for anything secret.
#pragma warning disable CA5394
        var random = new Random(20160313);
        var numbers = new Dictionary<string, int>();
        var interpretations = 0;
        var characters = 0L;
        for (var i = 1; i <= count; i++)
        {
            var doc = NewDocument(random, i, numbers);
            characters += doc.Body.Length;
            File.WriteAllText(Path.Combine(target, "documents", doc.Slug + ".md"), doc.Text);
            if (doc.Published && random.Next(3) < 2)
            {
                var (slug, text) = NewInterpretation(random, doc);
                File.WriteAllText(Path.Combine(target, "interpretations", slug + ".md"), text);
                interpretations++;
            }
        }
#pragma warning restore CA5394

        Console.WriteLine($"generated {count} documents ({characters / count} body characters on average) and {interpretations} interpretations in {target} — {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private sealed record GeneratedDocument(string Slug, string Title, string ShortTitle, string UnitCode, string Organ, string Topic,
        string Drafter, DateOnly PublishedOn, bool Published, string Body, string Text);

#pragma warning disable CA5394
    private static GeneratedDocument NewDocument(Random random, int i, Dictionary<string, int> numbers)
    {
        var unit = Pick(random, Phrases.Units);
        var (topic, category) = Pick(random, Phrases.Topics);
        var (type, kind) = Pick(random, Phrases.Types);
        var shortTitle = $"关于{Pick(random, Phrases.Verbs)}{topic}{Pick(random, Phrases.Works)}的{type}";
        var title = unit.Organ + shortTitle;
        var year = 2010 + random.Next(8);
        var written = new DateOnly(year, 1, 1).AddDays(random.Next(360));
        var published = written.AddDays(random.Next(6));
        var key = $"{unit.Prefix}{year}";
        var number = numbers[key] = numbers.GetValueOrDefault(key) + 1;
        var drafter = Pick(random, Phrases.Surnames) + Pick(random, Phrases.GivenNames);
        var body = Body(random, topic, unit.Organ[3..], year);
        var slug = $"bench-{year}-{i:D6}";
        var roll = random.Next(100);
        var status = roll < 3 ? "草稿" : roll < 5 ? "已撤回" : "已发布";
        var isPublished = status == "已发布";

        var text = new StringBuilder()
            .Append("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {title}\n")
            .Append(CultureInfo.InvariantCulture, $"indexNumber: 0110430{random.Next(10, 99)}/{year}-{i:D6}\n");
        if (kind != "其他文件" || random.Next(2) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"documentNumber: {unit.Prefix}〔{year}〕{number}号\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"issuingOrgan: {unit.Organ}\n")
            .Append(CultureInfo.InvariantCulture, $"draftingUnit: {unit.Code}\n")
            .Append(CultureInfo.InvariantCulture, $"drafter: {drafter}\n")
            .Append(CultureInfo.InvariantCulture, $"category: {category}\n")
            .Append(CultureInfo.InvariantCulture, $"kind: {kind}\n")
            .Append(CultureInfo.InvariantCulture, $"subjectWords: [{topic.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal).Replace("、", "", StringComparison.Ordinal)}, {type}]\n")
            .Append(CultureInfo.InvariantCulture, $"writtenOn: {written:yyyy-MM-dd}\n");
        if (status != "草稿")
        {
            text.Append(CultureInfo.InvariantCulture, $"publishedAt: {published:yyyy-MM-dd}T09:00:00+08:00\n")
                .Append(CultureInfo.InvariantCulture, $"effectiveOn: {published:yyyy-MM-dd}\n");
        }

        if (random.Next(10) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"validity: {(random.Next(2) == 0 ? "已废止" : "已失效")}\n")
                .Append(CultureInfo.InvariantCulture, $"validityChangedOn: {published.AddYears(2):yyyy-MM-dd}\n");
        }
        else
        {
            text.Append("validity: 有效\n");
        }

        if (random.Next(20) == 0)
        {
            text.Append("disclosure: 依申请公开\ndisclosureReason: 涉及内部管理事项，依申请公开。\n");
            isPublished = false;
        }
        else
        {
            text.Append("disclosure: 主动公开\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"status: {status}\n---\n").Append(body);
        return new GeneratedDocument(slug, title, shortTitle, unit.Code, unit.Organ, topic, drafter, published, isPublished, body, text.ToString());
    }

    /// <summary>A body of 300–900 characters: addressees, a preamble, numbered ## sections with paragraphs and lists, a closing line.</summary>
    private static string Body(Random random, string topic, string unitShort, int year)
    {
        var target = random.Next(300, 901);
        var closing = string.Format(CultureInfo.InvariantCulture, Pick(random, Phrases.Closings), topic, unitShort);
        var body = new StringBuilder()
            .Append(Pick(random, Phrases.Addressees)).Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"为深入贯彻落实{Pick(random, Phrases.Bases)}精神，{Pick(random, Phrases.Goals)}，经区人民政府同意，现就{topic}有关事项通知如下。\n\n");
        var headings = Phrases.Headings.OrderBy(_ => random.Next()).ToList();
        for (var s = 0; s < Numerals.Length && body.Length + closing.Length < target; s++)
        {
            var section = new StringBuilder().Append(CultureInfo.InvariantCulture, $"## {Numerals[s]}、{headings[s]}\n\n");
            for (var p = random.Next(1, 3); p > 0; p--)
            {
                section.Append(string.Format(CultureInfo.InvariantCulture, Pick(random, Phrases.Sentences), topic, unitShort, year + 2));
            }

            section.Append("\n\n");
            if (random.Next(2) == 0)
            {
                var items = Phrases.ListItems.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToList();
                var ordered = random.Next(2) == 0;
                for (var n = 0; n < items.Count; n++)
                {
                    section.Append(ordered ? $"{n + 1}. " : "- ").Append(string.Format(CultureInfo.InvariantCulture, items[n], topic)).Append('\n');
                }

                section.Append('\n');
            }

            if (body.Length + section.Length + closing.Length > 900)
            {
                break;
            }

            body.Append(section);
        }

        return body.Append(closing).Append('\n').ToString();
    }

    private static (string Slug, string Text) NewInterpretation(Random random, GeneratedDocument doc)
    {
        var qa = random.Next(3) == 0;
        var slug = doc.Slug + (qa ? "-wenda" : "-jiedu");
        var body = new StringBuilder();
        if (qa)
        {
            foreach (var question in Phrases.Questions.OrderBy(_ => random.Next()).Take(random.Next(3, 6)))
            {
                body.Append(CultureInfo.InvariantCulture, $"## {question}\n\n")
                    .Append(string.Format(CultureInfo.InvariantCulture, Pick(random, Phrases.Sentences), doc.Topic, doc.Organ[3..], doc.PublishedOn.Year + 2))
                    .Append("\n\n");
            }
        }
        else
        {
            var headings = Phrases.InterpretationHeadings.Take(random.Next(3, Phrases.InterpretationHeadings.Length + 1)).ToList();
            for (var s = 0; s < headings.Count; s++)
            {
                body.Append(CultureInfo.InvariantCulture, $"## {Numerals[s]}、{headings[s]}\n\n");
                for (var p = random.Next(1, 3); p > 0; p--)
                {
                    body.Append(string.Format(CultureInfo.InvariantCulture, Pick(random, Phrases.Sentences), doc.Topic, doc.Organ[3..], doc.PublishedOn.Year + 2));
                }

                body.Append("\n\n");
            }
        }

        var text = $"""
            ---
            title: 《{doc.ShortTitle}》解读
            document: {doc.Slug}
            form: {(qa ? "问答" : "文字")}
            interpretingUnit: {doc.UnitCode}
            author: {doc.Drafter}
            publishedAt: {doc.PublishedOn:yyyy-MM-dd}T10:00:00+08:00
            status: 已发布
            summary: 解读{doc.Topic}的出台背景、主要内容和办理要求。
            ---

            """ + body.ToString().TrimEnd() + "\n";
        return (slug, text);
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
#pragma warning restore CA5394

    /// <summary>The repository's content/ folder, found upwards from the working directory or the program.</summary>
    private static string FindSeedContent()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content", "categories.yaml");
                if (File.Exists(candidate))
                {
                    return Path.GetDirectoryName(candidate)!;
                }
            }
        }

        throw new DirectoryNotFoundException("content/categories.yaml not found above the working directory");
    }
}
