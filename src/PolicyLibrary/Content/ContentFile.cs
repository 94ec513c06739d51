namespace PolicyLibrary.Content;

/// <summary>One parsed Markdown file of a content folder: its name, slug, front matter and body.</summary>
internal sealed record ContentFile<T>(string File, string Slug, T Header, string Body);
